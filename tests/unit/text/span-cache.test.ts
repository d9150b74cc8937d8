import { describe, expect, it } from 'vitest';
import { HASH_SEED, SpanCache, hashUnit } from '../../../lib/text/span-cache';

const hashOf = (text: string, start: number, end: number) => {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashUnit(h, text.charCodeAt(i));
  return h;
};

describe('SpanCache', () => {
  it('finds a span of another text by its characters', () => {
    const cache = new SpanCache(100);
    cache.set('xx och yy', 3, 6, hashOf('xx och yy', 3, 6), 7);
    expect(cache.get('och', 0, 3, hashOf('och', 0, 3))).toBe(7);
    expect(cache.get('och!', 0, 3, hashOf('och!', 0, 3))).toBe(7);
    expect(cache.get('ochx', 0, 4, hashOf('ochx', 0, 4))).toBe(-1);
  });

  it('tells spans with the same hash apart', () => {
    const cache = new SpanCache(100);
    cache.set('abc', 0, 3, 42, 1);
    cache.set('abd', 0, 3, 42, 2);
    cache.set('ab', 0, 2, 42, 3);
    expect([cache.get('abc', 0, 3, 42), cache.get('abd', 0, 3, 42), cache.get('ab', 0, 2, 42), cache.get('abe', 0, 3, 42)]).toEqual([1, 2, 3, -1]);
  });

  it('keeps every entry when it grows past its first slots and its first units', () => {
    const cache = new SpanCache(10_000, 4);
    const words = Array.from({ length: 500 }, (_, k) => `word${k}${'x'.repeat(k % 40)}`);
    words.forEach((w, k) => cache.set(w, 0, w.length, hashOf(w, 0, w.length), k));
    expect(words.map((w) => cache.get(w, 0, w.length, hashOf(w, 0, w.length)))).toEqual(words.map((_, k) => k));
  });

  it('is full at its limit and empty after clear', () => {
    const cache = new SpanCache(2);
    cache.set('a', 0, 1, hashOf('a', 0, 1), 0);
    expect(cache.full).toBe(false);
    cache.set('b', 0, 1, hashOf('b', 0, 1), 1);
    expect(cache.full).toBe(true);
    cache.clear();
    expect(cache.full).toBe(false);
    expect(cache.get('a', 0, 1, hashOf('a', 0, 1))).toBe(-1);
  });
});
