import type { PageLang } from '../../types';
import { mechanismsFor } from '../lang';
import { findTerms } from './terms';

/**
 * True when a negation word governs the term at `at` in `sentence`: a negation word stands
 * before it in the same clause (no clause break between), within `window` characters.
 * STUB-LEVEL: the claims helper refines the scope rules; keep the signature.
 */
export function isNegated(sentence: string, at: number, lang: PageLang, window = 60): boolean {
  const m = mechanismsFor(lang);
  const from = Math.max(0, at - window);
  const before = sentence.slice(from, at);
  const negs = findTerms(before, m.negation);
  if (!negs.length) return false;
  const lastNeg = negs[negs.length - 1]!;
  const breaks = findTerms(before.slice(lastNeg.end), m.clauseBreaks);
  return breaks.length === 0 && !/[;:]/.test(before.slice(lastNeg.end));
}
