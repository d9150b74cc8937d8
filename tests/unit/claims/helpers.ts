import { expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import type { ClaimId, ClaimResult } from '../../../lib/types';

export interface Case {
  lang: 'en' | 'sv' | 'no' | 'da' | 'de' | 'fi';
  name: string;
  text: string;
  value: string;
  details?: string[];
}

/** Runs the whole pipeline on a short page and returns one claim. */
export function claimOf(id: ClaimId, text: string, lang: string, url = ''): ClaimResult {
  return analyzeText(text, { lang, url }).claims[id];
}

/** One sentence (or a short page), the claim it decides and the value expected. */
export type SentenceCase = [lang: string, text: string, claim: ClaimId, value: string];

/** A test per case: the claim's value, and a quote from the text when it is not unknown. */
export const runSentenceCases = (cases: SentenceCase[]) =>
  it.each(cases)('%s: %s → %s=%s', (lang, text, id, value) => {
    const c = analyzeText(text, { lang }).claims[id];
    expect(c.value).toBe(value);
    if (value !== 'unknown') expect(text).toContain(c.evidence[0]!.quote);
  });
