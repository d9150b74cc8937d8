/**
 * Single-code-unit tests for the sentence splitter and the page-structure helpers, answering what `/\s/`, `/\p{Ll}/u`,
 * `/\p{Lu}/u` and `/[\p{L}\p{N}]/u` answer for `text.charAt(i)`, without a regex call for ASCII
 * (almost every character the splitter looks at). Out-of-range offsets (NaN) answer false.
 */

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** `/\s/`: ECMAScript WhiteSpace and LineTerminator. */
export function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isSpaceAt(text: string, i: number): boolean {
  return isSpaceUnit(text.charCodeAt(i));
}

export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return c === c && LOWER.test(text.charAt(i));
}

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return c === c && UPPER.test(text.charAt(i));
}

/** `/\d/`: ASCII digits only. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

export function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c === c && ALNUM.test(text.charAt(i));
}
