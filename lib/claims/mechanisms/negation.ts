import type { PageLang } from '../../types';
import { mechanismsFor } from '../lang';
import { findTerms, hasTerm, type TermHit } from './terms';
import { windowHits, windowMayMatch, windowMayStartWith } from './window-terms';
import { isWordAt } from './word-chars';

/** Clause punctuation that ends a negation's scope (a comma does not: "no AWS, no Azure"). */
const CLAUSE_PUNCT = /[;:.!?|•·]|\s[–—]\s/;

/** Start of the `window` characters before `at`, at a word boundary (a cut "Yhdysvaltojen" must not leave "en"). */
function windowStart(sentence: string, at: number, window: number): number {
  let from = Math.max(0, at - window);
  if (from > 0 && isWordAt(sentence, from - 1)) {
    while (from < at && isWordAt(sentence, from)) from++;
  }
  return from;
}

/** `findTerms(text.slice(from, to), terms)`, read off the text's own matches when they are provably the same. */
function findInWindow(text: string, from: number, to: number, terms: readonly string[]): TermHit[] {
  return windowHits(text, from, to, terms) ?? findTerms(text.slice(from, to), terms);
}

/**
 * Negation words in `text.slice(from, to)` (offsets in that window), without those inside
 * non-negating phrases ("not only", "inte bara", "nicht nur").
 */
export function negationHits(text: string, lang: PageLang, from = 0, to = text.length): TermHit[] {
  const m = mechanismsFor(lang);
  const negs = findInWindow(text, from, to, m.negation);
  if (!negs.length) return negs;
  const skip = findInWindow(text, from, to, m.notNegating);
  return negs.filter((n) => !skip.some((s) => n.start >= s.start && n.end <= s.end));
}

/**
 * True when a negation word governs the term at `at` in `sentence`: a negation word stands
 * before it in the same clause (no clause break word or clause punctuation between), within
 * `window` characters. "not only" / "ikke bare" / "nicht nur" do not negate.
 */
export function isNegated(sentence: string, at: number, lang: PageLang, window = 60): boolean {
  return negatedIn(sentence, windowStart(sentence, at, window), windowEnd(sentence, at), lang);
}

/** Where a window before `at` ends: `at`, or counted from the end when negative, as `slice` reads it. */
function windowEnd(sentence: string, at: number): number {
  return at < 0 ? Math.max(0, sentence.length + at) : Math.min(at, sentence.length);
}

/** `isNegated` on the window `sentence.slice(from, at)`. */
function negatedIn(sentence: string, from: number, at: number, lang: PageLang): boolean {
  const m = mechanismsFor(lang);
  if (!windowMayMatch(sentence, from, at, m.negation)) return false;
  const negs = negationHits(sentence, lang, from, at);
  if (!negs.length) return false;
  const between = from + negs[negs.length - 1]!.end;
  if (CLAUSE_PUNCT.test(sentence.slice(between, at))) return false;
  return findInWindow(sentence, between, at, m.clauseBreaks).length === 0;
}

/**
 * True when a contrast marker ("instead of", "unlike", "i stället för", "anstatt") governs the
 * term at `at`: it stands at most three words before it ("instead of AWS", "unlike US clouds such as").
 */
export function isContrasted(sentence: string, at0: number, lang: PageLang, window = 60): boolean {
  const from = windowStart(sentence, at0, window);
  const at = windowEnd(sentence, at0);
  const m = mechanismsFor(lang);
  if (!windowMayMatch(sentence, from, at, m.contrast)) return false;
  const hits = findInWindow(sentence, from, at, m.contrast);
  if (!hits.length) return false;
  const after = from + hits[hits.length - 1]!.end;
  const between = sentence.slice(after, at);
  // "Instead of AWS we use Hetzner": a new subject ends the contrasted phrase.
  if (CLAUSE_PUNCT.test(between) || findInWindow(sentence, after, at, m.firstPerson).length) return false;
  return between.trim().split(/\s+/).filter(Boolean).length <= 3;
}

/** True when the sentence carries an exception that makes a denial conditional ("unless", "om inte", "es sei denn"). */
export function hasException(sentence: string, lang: PageLang): boolean {
  return hasTerm(sentence, mechanismsFor(lang).exceptions);
}

/** True when the sentence opens as a conditional ("If …", "Should …", "Anvendes en …", "Werden Daten …"). */
export function opensConditional(sentence: string, lang: PageLang): boolean {
  // A leading label ("Drittlandübermittlung: Werden Daten …") does not open the sentence.
  const from = labelEnd(sentence, prefixEnd(BULLET, sentence, 0));
  const to = Math.min(sentence.length, from + 40);
  const openers = mechanismsFor(lang).conditionalOpeners;
  if (!windowMayStartWith(sentence, from, to, openers)) return false;
  const hits = findInWindow(sentence, from, to, openers);
  return hits.length > 0 && hits[0]!.start === 0;
}

const BULLET = /[\s\-*•·\d.)]+/y;
const LABEL = /[^:.!?]{1,40}:\s+/y;

/** End of a "Label: " at `at` (at most 40 characters before its colon), or `at`. */
function labelEnd(text: string, at: number): number {
  const colon = text.indexOf(':', at);
  return colon < 0 || colon > at + 40 ? at : prefixEnd(LABEL, text, at);
}

/** Where `sticky` stops matching at `at` (`at` when it does not match there). */
function prefixEnd(sticky: RegExp, text: string, at: number): number {
  sticky.lastIndex = at;
  return sticky.test(text) ? sticky.lastIndex : at;
}

/**
 * True when a negation follows the term at `at` in the same clause (no comma, clause punctuation
 * or clause-break word between): German and Nordic put it after the verb ("findet nicht statt",
 * "verlassen Deutschland nicht", "sker inte"), English after the subject ("transfers do not occur").
 */
export function isNegatedAfter(sentence: string, at: number, lang: PageLang, window = 80): boolean {
  let end = Math.min(sentence.length, at + window);
  while (end < sentence.length && isWordAt(sentence, end)) end++;
  const after = sentence.slice(at, end).split(/[,;:.!?|()]|\s[–—]\s/)[0] ?? '';
  // A negative `at` (as `slice` reads it) is answered on the cut text itself.
  const text = at < 0 ? after : sentence;
  const from = at < 0 ? 0 : at;
  const m = mechanismsFor(lang);
  if (!windowMayMatch(text, from, from + after.length, m.negation)) return false;
  const negs = negationHits(text, lang, from, from + after.length);
  if (!negs.length) return false;
  return findInWindow(text, from, from + negs[0]!.start, m.clauseBreaks).length === 0;
}

/** Negation before the term, counted only inside its comma-delimited clause ("Da X ikke længere er medlem, er der …"). */
export function isNegatedInClause(sentence: string, at: number, lang: PageLang): boolean {
  const comma = sentence.lastIndexOf(',', at);
  const from = comma < 0 ? 0 : comma + 1;
  // A term on the comma itself: a negative offset into the clause.
  if (from > at) return isNegated(sentence.slice(from), at - from, lang);
  // The clause's window is the sentence's, cut after the comma (where the sentence starts a word too).
  return negatedIn(sentence, Math.max(from, windowStart(sentence, at, 60)), windowEnd(sentence, at), lang);
}
