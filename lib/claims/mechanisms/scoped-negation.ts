import type { PageLang } from '../../types';
import { isNegated } from './negation';
import { findTerms, termRegex } from './terms';
import { maskMatches } from './vocab';
import { mechanismsFor } from '../lang';
import { pickVocab } from './vocab';
import { SCOPED_NEGATION } from '../vocab/scoped-negation';

/**
 * Negation around a term, on top of the shared `isNegated`:
 * - phrases that contain a negation word but negate nothing ("without undue delay", "no later than",
 *   "not only") are masked first;
 * - a negation right after the term in the same clause also counts ("customer-managed keys are not offered").
 */
export function negatedAround(sentence: string, start: number, end: number, lang: PageLang, extraExceptions: readonly string[] = []): boolean {
  const v = pickVocab(SCOPED_NEGATION, lang);
  const masked = maskMatches(sentence, termRegex([...v.notNegations, ...extraExceptions]));
  if (isNegated(masked, start, lang)) return true;
  const after = masked.slice(end, end + 30);
  const post = findTerms(after, v.postNegations);
  if (!post.length) return false;
  const gap = after.slice(0, post[0]!.start);
  return !/[;:,.()]/.test(gap) && findTerms(gap, mechanismsFor(lang).clauseBreaks).length === 0;
}
