import type { PageLang } from '../../types';
import { both, findTerms, maskTerms, mechanismsOf, pickVocab } from './vocab';
import { SCOPED_NEGATION } from '../vocab/scoped-negation';
import { windowMayMatch } from './window-terms';
import { TextMemo } from './text-memo';
import { isNegated } from './negation';

/**
 * Negation around a term, on top of the shared `isNegated`:
 * - phrases that contain a negation word but negate nothing ("without undue delay", "no later than",
 *   "not only") are masked first;
 * - a negation right after the term in the same clause also counts ("customer-managed keys are not offered").
 */
const NONE: readonly string[] = [];

export function negatedAround(sentence: string, start: number, end: number, lang: PageLang, extraExceptions: readonly string[] = NONE): boolean {
  const v = pickVocab(SCOPED_NEGATION, lang);
  const list = extraExceptions.length ? both(v.notNegations, extraExceptions) : v.notNegations;
  const masked = maskedFor(sentence, list);
  if (isNegated(masked, start, lang)) return true;
  const after = masked.slice(end, end + 30);
  // Scandinavian / German verb-second negation right after the verb: "krypteras inte", "verschlüsselt nicht".
  if (/^\s+(?:inte|ej|ikke|ikkje|nicht|not)(?![\p{L}])/u.test(after)) return true;
  if (!windowMayMatch(masked, end, end + after.length, v.postNegations)) return false;
  const post = findTerms(after, v.postNegations);
  if (!post.length) return false;
  const gap = after.slice(0, post[0]!.start);
  return !/[;:,.()]/.test(gap) && findTerms(gap, mechanismsOf(lang).clauseBreaks).length === 0;
}

const masks = new TextMemo<readonly string[], string>();

/** `maskTerms`, remembered per sentence: every candidate term of a sentence asks with the same list. */
function maskedFor(sentence: string, list: readonly string[]): string {
  return masks.get(list, sentence) ?? masks.set(list, sentence, maskTerms(sentence, list));
}
