/**
 * What kind of character a UTF-16 code unit is, as the term matcher reads text: a letter or digit
 * (`[\p{L}\p{N}]`), whitespace (`\s`), or other. A table learnt on first sight, shared by the term
 * scanner and the window edges, instead of a Unicode-aware regex per character.
 */
export const WORD = 1;
export const SPACE = 2;
export const OTHER = 3;
const kinds = new Uint8Array(65536);

export function unitKind(c: number): number {
  return kinds[c] || learn(c);
}

/** Is the code unit at `i` a letter or digit? */
export function isWordAt(text: string, i: number): boolean {
  return kindAt(text, i) === WORD;
}

/** Is the code unit at `i` whitespace? */
export function isSpaceAt(text: string, i: number): boolean {
  return kindAt(text, i) === SPACE;
}

function kindAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return OTHER;
  return unitKind(text.charCodeAt(i));
}

function learn(c: number): number {
  const ch = String.fromCharCode(c);
  const k = /[\p{L}\p{N}]/u.test(ch) ? WORD : /\s/.test(ch) ? SPACE : OTHER;
  kinds[c] = k;
  return k;
}
