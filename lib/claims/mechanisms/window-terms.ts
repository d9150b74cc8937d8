import { findTerms, type TermHit } from './terms';
import { TextMemo } from './text-memo';
import { isSpaceAt, isWordAt } from './word-chars';

/**
 * Claims cut many windows out of one sentence ("the 60 characters before AWS") and ask whether a
 * term list matches there. Most windows can be answered from the sentence's own matches, found
 * once per sentence, without a fresh window string.
 *
 * Where a term matches in a window `text.slice(from, to)`, some term matches at the same place in
 * `text` (so a match of `text` starts there or runs over it), unless a cut changes what the matcher
 * sees at the window's edges (see ./term-scan: a match needs no letter or digit right before or
 * after it):
 * - at `from`: if `text[from - 1]` is a letter or digit, the window's first character starts a
 *   word it does not start in `text`. Harmless when that character is no letter or digit either
 *   and no term begins with such a character; a compound may then still match from the window's
 *   start, but it matches from the start of the cut word in `text` too (so `text` has some match);
 * - at `to`: the window's end passes the "no letter or digit after" test. Harmless when `text[to]`
 *   is no letter or digit (a stem only runs on in `text`), or when `text[to - 1]` is whitespace (no
 *   match ends in whitespace) or another character no term ends in ("(" before "AWS"): then every
 *   match of the window ends before it, as in `text`.
 */
export function windowMayMatch(text: string, from: number, to: number, terms: readonly string[]): boolean {
  return mayMatchFrom(text, from, to, terms, to);
}

/** Like `windowMayMatch`, for a match at the window's first character only (a match there runs over `from` in `text`). */
export function windowMayStartWith(text: string, from: number, to: number, terms: readonly string[]): boolean {
  return mayMatchFrom(text, from, to, terms, from + 1);
}

/** May the window have a match starting before `reach`? */
function mayMatchFrom(text: string, from: number, to: number, terms: readonly string[], reach: number): boolean {
  if (from >= to) return false;
  if (!safeEnd(text, to, terms)) return true;
  const start = startCut(text, from, terms);
  if (start === UNSAFE) return true;
  const hits = textHits(text, terms);
  if (!hits.length) return false;
  if (start === CUT_WORD && edgesOf(terms).compounds) return true;
  for (const h of hits) if (h.start < reach && h.end > from) return true;
  return false;
}


/**
 * `findTerms(text.slice(from, to), terms)` read off the matches of `text`, when they are provably
 * the same: the window starts where `text` has a word start, its end changes no match (see
 * above), and no match of `text` runs over either cut. Then every start in the window sees the
 * same alternatives match as in `text`, so the scan finds the same matches. Undefined otherwise.
 */
export function windowHits(text: string, from: number, to: number, terms: readonly string[]): TermHit[] | undefined {
  if (from >= to) return [];
  if (startCut(text, from, terms) !== SAME || !safeEnd(text, to, terms)) return undefined;
  const out: TermHit[] = [];
  for (const h of textHits(text, terms)) {
    if (h.end <= from) continue;
    if (h.start >= to) break;
    if (h.start < from || h.end > to) return undefined;
    out.push({ start: h.start - from, end: h.end - from, matched: h.matched });
  }
  return out;
}

/** The window starts where `text` has a word start too. */
const SAME = 0;
/** The window starts after a cut word, on a character no term begins with. */
const CUT_WORD = 1;
const UNSAFE = 2;

function startCut(text: string, from: number, terms: readonly string[]): number {
  if (from === 0 || !isWordAt(text, from - 1)) return SAME;
  return !isWordAt(text, from) && !edgesOf(terms).nonWordStart ? CUT_WORD : UNSAFE;
}

function safeEnd(text: string, to: number, terms: readonly string[]): boolean {
  if (to >= text.length || !isWordAt(text, to)) return true;
  return !isWordAt(text, to - 1) && (isSpaceAt(text, to - 1) || !edgesOf(terms).nonWordEnd);
}

interface Edges {
  /** Some plain (non-compound) term begins with a character that is no letter or digit. */
  nonWordStart: boolean;
  /** Some term ends in such a character (not a stem: its match runs on over the letters after). */
  nonWordEnd: boolean;
  compounds: boolean;
}

const edges = new WeakMap<readonly string[], Edges>();

function edgesOf(terms: readonly string[]): Edges {
  let out = edges.get(terms);
  if (!out) {
    // Read as ./term-scan parses a term: "*" before a compound tail, "*" after a stem word.
    const isCompound = (t: string) => t.startsWith('*') && t.length > 1;
    const plainStarts = terms.filter((t) => !isCompound(t)).map((t) => t.trim());
    const lastWords = terms.map((t) => t.trim().split(/\s+/).pop() ?? '').filter((w) => !(w.endsWith('*') && w.length > 1));
    out = {
      nonWordStart: plainStarts.some((t) => !isWordAt(t, 0)),
      nonWordEnd: lastWords.some((w) => !isWordAt(w, w.length - 1)),
      compounds: terms.some(isCompound),
    };
    edges.set(terms, out);
  }
  return out;
}

const sentenceHits = new TextMemo<readonly string[], TermHit[]>();

/** The matches of a whole text (a sentence), found once per list. */
function textHits(text: string, terms: readonly string[]): TermHit[] {
  return sentenceHits.get(terms, text) ?? sentenceHits.set(terms, text, findTerms(text, terms));
}
