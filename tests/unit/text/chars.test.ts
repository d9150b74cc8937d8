import { describe, expect, it } from 'vitest';
import { isAlnumAt, isDigitAt, isLowerAt, isSpaceAt, isUpperAt } from '../../../lib/text/chars';
import { dotKind, abbreviationTable } from '../../../lib/text/abbreviations';

/** Each test against the regex it stands for, on every UTF-16 code unit and out of range. */
const CASES: Array<[string, (t: string, i: number) => boolean, RegExp]> = [
  ['space', isSpaceAt, /\s/],
  ['lower', isLowerAt, /\p{Ll}/u],
  ['upper', isUpperAt, /\p{Lu}/u],
  ['digit', isDigitAt, /\d/],
  ['alnum', isAlnumAt, /[\p{L}\p{N}]/u],
];

describe('code unit tests', () => {
  for (const [name, test, re] of CASES) {
    it(`${name} answers as ${re} on every code unit`, () => {
      const wrong: number[] = [];
      for (let c = 0; c < 65536; c++) {
        const s = `a${String.fromCharCode(c)}`;
        if (test(s, 1) !== re.test(s.charAt(1))) wrong.push(c);
      }
      expect(wrong).toEqual([]);
      expect(test('a', 1)).toBe(false);
      expect(test('a', -1)).toBe(false);
    });
  }
});

describe('dotKind', () => {
  const t = abbreviationTable('und');
  it.each([
    ['1.', 'number'],
    ['123.', 'number'],
    ['1234.', 'word'],
    ['J.', 'abbr'],
    ['𝐀.', 'abbr'],
    ['U.S.', 'abbr'],
    ['EU-U.S.', 'abbr'],
    ['-U.S.', 'word'],
    ['EU-US.', 'word'],
    ['U.S.-based.', 'word'],
    ['etc.', 'final-abbr'],
    ['z.B.', 'abbr'],
    ['området.', 'word'],
    ['tredjelandsöverföringar.', 'word'],
  ])('%s is %s', (word, kind) => expect(dotKind(word, t)).toBe(kind));
});

describe('abbreviation table', () => {
  it('no code point gets shorter when lower-cased (a word longer than every abbreviation is none)', () => {
    const shorter: number[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const s = String.fromCodePoint(c);
      if (s.toLowerCase().length < s.length) shorter.push(c);
    }
    expect(shorter).toEqual([]);
  });
});
