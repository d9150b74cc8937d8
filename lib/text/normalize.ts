/**
 * Text for matching claim vocabulary (never for quoting: quotes come from the raw sentence).
 * Undoes line-end hyphenation ("kryp-\nteret" → "krypteret", but not "sikkerhets-\nog"),
 * maps typographic quotes, dashes and odd spaces to ASCII, drops invisible characters and
 * collapses whitespace. A handful of linear regex passes.
 */
export function normalizeForMatch(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .replace(LINE_END_HYPHEN, joinHyphen)
    .replace(SPACES, ' ')
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** A hyphen at a line end between two words. */
const LINE_END_HYPHEN = /(\S)-[ \t]*\r?\n[ \t]*(?=([\p{L}\p{N}]+))/gu;
const LOWER = /^\p{Ll}/u;

/** "kryp-\nteret" → "krypteret"; "IT-\nsystemer" → "IT-systemer"; "sikkerhets-\nog" stays apart. */
function joinHyphen(m: string, before: string, after: string): string {
  if (SUSPENDED_NEXT.has(after.toLowerCase())) return m;
  return LOWER.test(before) && LOWER.test(after) ? before : `${before}-`;
}
/**
 * "sikkerhets-\nog kryptering…": a suspended compound before a conjunction keeps its hyphen.
 * Conjunctions of every page language.
 */
const SUSPENDED_NEXT = new Set(['og', 'och', 'and', 'or', 'und', 'oder', 'ja', 'tai', 'eller', 'sekä', 'en', 'of', 'et', 'ou']);
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035]/g;
const DOUBLE_QUOTES = /[\u201c-\u201f\u2033\u2036\u00ab\u00bb]/g;
