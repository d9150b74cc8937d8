/**
 * Is the code unit at `i` a letter or digit (`[\p{L}\p{N}]`, as the term matcher reads units) /
 * whitespace? Asked for window edges on every candidate term: a table, learnt on first sight,
 * instead of a Unicode-aware regex per character.
 */
export function isWordAt(text: string, i: number): boolean {
  return kindAt(text, i) === WORD;
}

export function isSpaceAt(text: string, i: number): boolean {
  return kindAt(text, i) === SPACE;
}

const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const kinds = new Uint8Array(65536);

function kindAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return OTHER;
  const c = text.charCodeAt(i);
  return kinds[c] || learn(c);
}

function learn(c: number): number {
  const ch = String.fromCharCode(c);
  const k = /[\p{L}\p{N}]/u.test(ch) ? WORD : /\s/.test(ch) ? SPACE : OTHER;
  kinds[c] = k;
  return k;
}
