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
