import type { PageLang } from '../../types';
import { mechanismsFor } from '../lang';
import { findTerms, type TermHit } from './terms';

/** Clause punctuation that ends a negation's scope (a comma does not: "no AWS, no Azure"). */
const CLAUSE_PUNCT = /[;:.!?|•·]|\s[–—]\s/;

/** Negation words in `text`, without those inside non-negating phrases ("not only", "inte bara", "nicht nur"). */
export function negationHits(text: string, lang: PageLang): TermHit[] {
  const m = mechanismsFor(lang);
  const negs = findTerms(text, m.negation);
  if (!negs.length) return negs;
  const skip = findTerms(text, m.notNegating);
  return negs.filter((n) => !skip.some((s) => n.start >= s.start && n.end <= s.end));
}

/**
 * True when a negation word governs the term at `at` in `sentence`: a negation word stands
 * before it in the same clause (no clause break word or clause punctuation between), within
 * `window` characters. "not only" / "ikke bare" / "nicht nur" do not negate.
 */
export function isNegated(sentence: string, at: number, lang: PageLang, window = 60): boolean {
  const from = Math.max(0, at - window);
  const before = sentence.slice(from, at);
  const negs = negationHits(before, lang);
  if (!negs.length) return false;
  const lastNeg = negs[negs.length - 1]!;
  const between = before.slice(lastNeg.end);
  if (CLAUSE_PUNCT.test(between)) return false;
  return findTerms(between, mechanismsFor(lang).clauseBreaks).length === 0;
}

/** True when a contrast marker ("instead of", "unlike", "i stället för", "anstatt") governs the term at `at`. */
export function isContrasted(sentence: string, at: number, lang: PageLang, window = 60): boolean {
  const from = Math.max(0, at - window);
  const before = sentence.slice(from, at);
  const hits = findTerms(before, mechanismsFor(lang).contrast);
  if (!hits.length) return false;
  return !CLAUSE_PUNCT.test(before.slice(hits[hits.length - 1]!.end));
}

/** True when the sentence carries an exception that makes a denial conditional ("unless", "om inte", "es sei denn"). */
export function hasException(sentence: string, lang: PageLang): boolean {
  return findTerms(sentence, mechanismsFor(lang).exceptions).length > 0;
}

/** True when the sentence opens as a conditional ("If …", "Should …", "Anvendes en …", "Werden Daten …"). */
export function opensConditional(sentence: string, lang: PageLang): boolean {
  const head = sentence.replace(/^[\s\-*•·\d.)]+/, '').slice(0, 40);
  const hits = findTerms(head, mechanismsFor(lang).conditionalOpeners);
  return hits.length > 0 && hits[0]!.start === 0;
}
