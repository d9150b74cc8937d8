import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTerms } from '../../../lib/claims/mechanisms/terms';
import { windowHits, windowMayMatch, windowMayStartWith } from '../../../lib/claims/mechanisms/window-terms';

// Words and separators that put cuts inside words, after hyphens and apostrophes, before stems.
const WORDS = ['not', 'nothing', 'n', 'ikke', 'kein', 'keine', 'över', 'föring', 'EU', 'USA', 'a', 'ß', 'İ', 'data'];
const SEPARATORS = [' ', '  ', '\n', '-', "'", '’', '.', '(', ')', ',', ':', '1', ''];
const TERM_WORDS = ['not', 'n', "n'", 'ikke', 'kein', 'över', 'föring', 'EU', 'a', '(x', 'x)', '-'];
const term = fc
  .tuple(fc.boolean(), fc.constantFrom(...TERM_WORDS), fc.boolean(), fc.array(fc.tuple(fc.constantFrom(...TERM_WORDS), fc.boolean()), { maxLength: 2 }))
  .map(([compound, a, stem, next]) => `${compound ? '*' : ''}${a}${stem ? '*' : ''}${next.map(([w, s]) => ` ${w}${s ? '*' : ''}`).join('')}`);
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS, "n'", '(x', 'x)'), fc.constantFrom(...SEPARATORS)), { maxLength: 8 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

describe('windowMayMatch / windowMayStartWith / windowHits', () => {
  it('is false only when the window has no match (at its start)', () => {
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 5 }), text, fc.nat(), fc.nat(), (ts, s, a, b) => {
        const from = a % (s.length + 1);
        const to = from + (b % (s.length - from + 1));
        const hits = findTerms(s.slice(from, to), ts);
        if (!windowMayMatch(s, from, to, ts)) expect(hits).toEqual([]);
        if (!windowMayStartWith(s, from, to, ts)) expect(hits[0]?.start).not.toBe(0);
        const derived = windowHits(s, from, to, ts);
        if (derived) expect(derived).toEqual(hits);
      }),
      { numRuns: 5000 },
    );
  }, 60_000);

  it('answers from the text when the cuts change no word boundary', () => {
    const ts = ['not', 'nor'];
    expect(windowMayMatch('We store data in AWS.', 3, 17, ts)).toBe(false);
    expect(windowMayMatch('We do not use AWS.', 3, 14, ts)).toBe(true);
    // "not|hing": the cut ends a word the text does not end there.
    expect(windowMayMatch('We store nothing.', 0, 12, ts)).toBe(true);
    // A term that ends in an apostrophe is followed by no letter in the window, by one in the text.
    expect(windowMayMatch("Il n'est pas", 0, 5, ["n'"])).toBe(true);
    // A term that starts with a bracket starts a word in the window, not in the text.
    expect(windowMayMatch('Acme(x) AB', 4, 10, ['(x'])).toBe(true);
    // A compound tail matches at the window's start; in the text a longer plain term wins before it.
    expect(findTerms('abcd-x', ['abcd', '*-x'])).toEqual([{ start: 0, end: 4, matched: 'abcd' }]);
    expect(windowMayMatch('abcd-x', 4, 6, ['abcd', '*-x'])).toBe(true);
    expect(windowHits('abcd-x', 4, 6, ['abcd', '*-x']) ?? findTerms('-x', ['abcd', '*-x'])).toEqual([{ start: 0, end: 2, matched: '-x' }]);
    // Matches elsewhere in the text say nothing about a window they do not reach.
    expect(windowMayMatch('We do not use AWS, but Azure.', 18, 29, ts)).toBe(false);
  });
});
