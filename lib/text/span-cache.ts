/**
 * A memo keyed by the characters of a span of some text, looked up without copying the span out:
 * the caller hashes the span's code units as it reads them (`hashUnit`), and only a miss slices.
 * Open addressing, linear probing; cleared when it holds `maxEntries`.
 */
export class SpanCache<V> {
  private words: (string | undefined)[];
  private values: (V | undefined)[];
  private hashes: Int32Array;
  private size = 0;

  constructor(private readonly maxEntries: number, initialSlots = 1024) {
    this.words = new Array<string | undefined>(initialSlots).fill(undefined);
    this.values = new Array<V | undefined>(initialSlots).fill(undefined);
    this.hashes = new Int32Array(initialSlots);
  }

  /** The value remembered for text[start, end) (whose units hash to `hash`), or undefined. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.hashes.length - 1;
    const len = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const w = this.words[slot];
      if (w === undefined) return undefined;
      if (this.hashes[slot] === hash && w.length === len && sameUnits(text, start, w)) return this.values[slot];
    }
  }

  /** Remember `value` for `word` (a span not yet in the cache, with the same `hash`). */
  set(word: string, hash: number, value: V): void {
    if (this.size >= this.maxEntries) this.clear(this.hashes.length);
    else if (2 * (this.size + 1) > this.hashes.length) this.grow();
    this.insert(word, hash, value);
  }

  private insert(word: string, hash: number, value: V): void {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.words[slot] = word;
    this.values[slot] = value;
    this.hashes[slot] = hash;
    this.size++;
  }

  private grow(): void {
    const { words, values, hashes } = this;
    this.clear(hashes.length * 2);
    for (let s = 0; s < words.length; s++) {
      const w = words[s];
      if (w !== undefined) this.insert(w, hashes[s]!, values[s]!);
    }
  }

  private clear(slots: number): void {
    this.words = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.size = 0;
  }
}

/** `text.startsWith(word, start)` for a short word: a loop beats the builtin call. */
function sameUnits(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** FNV-1a step over one UTF-16 code unit, kept to 30 bits so the hash stays a small integer (no heap number per word). */
export function hashUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193) & 0x3fffffff;
}

export const HASH_SEED = 0x811c9dc5 & 0x3fffffff;
