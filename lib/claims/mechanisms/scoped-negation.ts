import type { PageLang } from '../../types';
import { both, findTerms, maskTerms, mechanismsOf, pickVocab } from './vocab';
import { SCOPED_NEGATION, type ScopedNegationVocab } from '../vocab/scoped-negation';
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
  // The list is the language's and the extra exceptions' own (lists are per language): it keys the answers.
  const list = extraExceptions.length ? both(v.notNegations, extraExceptions) : v.notNegations;
  if (end >= SPAN || start < 0) return computeNegatedAround(sentence, start, end, lang, v, list);
  let byPlace = answers.get(list, sentence);
  if (!byPlace) byPlace = answers.set(list, sentence, new Map());
  const key = start * SPAN + end;
  let out = byPlace.get(key);
  if (out === undefined) byPlace.set(key, (out = computeNegatedAround(sentence, start, end, lang, v, list)));
  return out;
}

/** Several claims ask about the same term of a sentence: answers per list, sentence and place, dropped after each page. */
const answers = new TextMemo<readonly string[], Map<number, boolean>>();
/** Offsets below this pack into one number key; longer texts are not remembered. */
const SPAN = 0x100000;

function computeNegatedAround(sentence: string, start: number, end: number, lang: PageLang, v: ScopedNegationVocab, list: readonly string[]): boolean {
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
