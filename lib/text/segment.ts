import type { PageLang, Sentence } from '../types';
import { abbreviationTable, dotKind, type AbbreviationTable } from './abbreviations';
import { units, wordBefore } from './lines';
import { isAlnumAt, isDigitAt, isLowerAt, isSpaceAt, isUpperAt } from './chars';

/**
 * Sentence segmentation for every page language.
 *
 * A hand-written linear scanner with per-language data (abbreviations, month names in ./lang)
 * rather than compromise: compromise is English-only, splits after "t.ex."/"z.B." and before
 * "1. januar", and knows nothing of PDF line wrapping; this scanner is one pass, ~0.3 s per 5 MB.
 *
 * Guarantees: `text.slice(s.start, s.end) === s.text`; a sentence never crosses a blank line,
 * heading, list item or table row (see ./lines); no sentence is longer than MAX_SENTENCE.
 */
export function splitSentences(text: string, lang: PageLang): Sentence[] {
  const abbr = abbreviationTable(lang);
  const out: Sentence[] = [];
  const terminators = new Terminators(text);
  for (const [us, ue] of units(text, abbr)) splitUnit(text, us, ue, abbr, terminators, out);
  return out;
}

/** Longer sentences (tables flattened into one line, lists without punctuation) are cut at ; , or a space. */
export const MAX_SENTENCE = 1000;

const TERMINATORS = '.!?…';
const CLOSERS = ')]"”’\'»';
const OPENERS = '(["“‘\'«„';
const ALNUM = /[\p{L}\p{N}]/u;

const codesOf = (chars: string) => new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
const AFTER_TERMINATOR_CODES = codesOf(TERMINATORS + CLOSERS);
const OPENER_CODES = codesOf(OPENERS);

const TERMINATOR_CHARS = Array.from(TERMINATORS);

/**
 * The next terminator at or after an offset: each terminator's next position is found by a native
 * `indexOf` and kept until the scan passes it, so the text is searched once per terminator.
 */
class Terminators {
  /** Per terminator: its next position, -1 when there is none left, -2 before the first search. */
  private readonly next: number[] = new Array<number>(TERMINATOR_CHARS.length).fill(-2);
  constructor(private readonly text: string) {}

  /** The first terminator in [from, end), or `end`. */
  find(from: number, end: number): number {
    let best = end;
    for (let t = 0; t < TERMINATOR_CHARS.length; t++) {
      let p = this.next[t]!;
      if (p !== -1 && p < from) this.next[t] = p = this.text.indexOf(TERMINATOR_CHARS[t]!, from);
      if (p >= 0 && p < best) best = p;
    }
    return best;
  }
}

function splitUnit(text: string, us: number, ue: number, abbr: AbbreviationTable, terminators: Terminators, out: Sentence[]): void {
  let start = us;
  let i = us;
  while (i < ue) {
    i = terminators.find(i, ue);
    if (i >= ue) break;
    const c = text.charAt(i);
    let j = i + 1;
    while (j < ue && AFTER_TERMINATOR_CODES.has(text.charCodeAt(j))) j++;
    if (j >= ue) break;
    if (!isSpaceAt(text, j)) {
      // "security?Governance": a question glued to the next heading-like text.
      if ((c === '?' || c === '!') && isUpperAt(text, j)) {
        emit(text, start, j, out);
        start = j;
      }
      i = j;
      continue;
    }
    let k = j;
    while (k < ue && isSpaceAt(text, k)) k++;
    if (k >= ue) break;
    if (breaksBefore(text, i, c, k, ue, start, abbr)) {
      emit(text, start, j, out);
      start = k;
    }
    i = k;
  }
  emit(text, start, ue, out);
}

/** Does the terminator `c` at `i` end a sentence, given the next text starts at `k`? */
function breaksBefore(text: string, i: number, c: string, k: number, ue: number, floor: number, abbr: AbbreviationTable): boolean {
  let next = k;
  const opener = OPENER_CODES.has(text.charCodeAt(k));
  if (opener && k + 1 < ue) next = k + 1;
  if (isLowerAt(text, next)) return false;
  if (c !== '.') return true;
  const word = wordBefore(text, i + 1, floor);
  const kind = dotKind(word, abbr);
  const upper = isUpperAt(text, next);
  switch (kind) {
    case 'abbr':
      return false;
    case 'final-abbr':
      // "Eduix Ltd. Its…" ends; "Akamai Technologies, Inc. (Akamai…" does not.
      return upper && !opener;
    case 'number':
      // "1. Zutrittskontrolle": a list number opening the sentence; "25. Mai 2018": an ordinal date.
      if (i + 1 - word.length <= floor) return false;
      return upper && !abbr.months.has(nextWord(text, k, ue).toLowerCase());
    default:
      return upper || isDigitAt(text, next) || opener;
  }
}

function nextWord(text: string, k: number, ue: number): string {
  let e = k;
  while (e < ue && e - k < 20 && isAlnumAt(text, e)) e++;
  return text.slice(k, e);
}

function emit(text: string, s: number, e: number, out: Sentence[]): void {
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = cutPoint(text, s, s + MAX_SENTENCE);
    push(text, s, cut, out);
    s = cut;
    while (s < e && isSpaceAt(text, s)) s++;
  }
  push(text, s, e, out);
}

function push(text: string, s: number, e: number, out: Sentence[]): void {
  let end = e;
  while (end > s && isSpaceAt(text, end - 1)) end--;
  if (end <= s) return;
  const t = text.slice(s, end);
  // The first character decides almost always; the regex reads the rest (and astral letters).
  if (isAlnumAt(text, s) || ALNUM.test(t)) out.push({ text: t, start: s, end });
}

/** Where to cut an over-long sentence: after the last ';', else ',', else whitespace in its second half. */
function cutPoint(text: string, s: number, limit: number): number {
  const floor = s + Math.floor(MAX_SENTENCE / 2);
  for (const chars of [';', ',', ' \t\n\r\u00a0']) {
    for (let i = limit; i > floor; i--) if (chars.includes(text.charAt(i - 1))) return i;
  }
  return limit;
}
