import { hasTerm } from './terms';

/**
 * Claims cut many windows out of one sentence ("the 60 characters before AWS") and ask whether a
 * term list matches there. When the sentence has no match at all, most windows provably have none
 * either, and the answer costs no fresh string.
 *
 * A match of a window `text.slice(from, to)` is a match of `text` unless a cut changes what the
 * matcher sees at the window's edges (see ./term-scan: a match needs no letter or digit right
 * before or after it):
 * - at `from`: if `text[from - 1]` is a letter or digit, the window's first character is a word
 *   start it is not in `text`. Harmless when that character is no letter or digit either, unless
 *   a term begins with such a character (a compound that matches there also matches from the start
 *   of the cut word in `text`);
 * - at `to`: the window's end passes the "no letter or digit after" test. Harmless when `text[to]`
 *   is no letter or digit (a stem only runs on in `text`), or when `text[to - 1]` is whitespace (no
 *   match ends in whitespace) or another character no term ends in ("(" before "AWS"): then every
 *   match of the window ends before it, as in `text`.
 */
export function windowMayMatch(text: string, from: number, to: number, terms: readonly string[]): boolean {
  if (from >= to) return false;
  if (!safeStart(text, from, terms) || !safeEnd(text, to, terms)) return true;
  return textHas(text, terms);
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function safeStart(text: string, from: number, terms: readonly string[]): boolean {
  if (from === 0 || !WORD.test(text.charAt(from - 1))) return true;
  return !WORD.test(text.charAt(from)) && !startsWithNonWord(terms);
}

function safeEnd(text: string, to: number, terms: readonly string[]): boolean {
  if (to >= text.length || !WORD.test(text.charAt(to))) return true;
  const last = text.charAt(to - 1);
  return !WORD.test(last) && (SPACE.test(last) || !endsWithNonWord(terms));
}

interface Edges {
  /** Some plain (non-compound) term begins with a character that is no letter or digit. */
  nonWordStart: boolean;
  /** Some term ends in such a character (not a stem: its match runs on over the letters after). */
  nonWordEnd: boolean;
}

const edges = new WeakMap<readonly string[], Edges>();

function edgesOf(terms: readonly string[]): Edges {
  let out = edges.get(terms);
  if (!out) {
    // Read as ./term-scan parses a term: "*" before a compound tail, "*" after a stem word.
    const plainStarts = terms.filter((t) => !(t.startsWith('*') && t.length > 1)).map((t) => t.trim());
    const lastWords = terms.map((t) => t.trim().split(/\s+/).pop() ?? '').filter((w) => !(w.endsWith('*') && w.length > 1));
    out = {
      nonWordStart: plainStarts.some((t) => !WORD.test(t.charAt(0))),
      nonWordEnd: lastWords.some((w) => !WORD.test(w.charAt(w.length - 1))),
    };
    edges.set(terms, out);
  }
  return out;
}

const startsWithNonWord = (terms: readonly string[]) => edgesOf(terms).nonWordStart;
const endsWithNonWord = (terms: readonly string[]) => edgesOf(terms).nonWordEnd;

/** Whole texts (sentences) asked about, per list; bounded, and only content is remembered. */
const has = new WeakMap<readonly string[], Map<string, boolean>>();
const MAX_TEXTS = 5_000;

function textHas(text: string, terms: readonly string[]): boolean {
  let byText = has.get(terms);
  if (!byText) has.set(terms, (byText = new Map()));
  let out = byText.get(text);
  if (out === undefined) {
    out = hasTerm(text, terms);
    if (byText.size >= MAX_TEXTS) byText.clear();
    byText.set(text, out);
  }
  return out;
}
