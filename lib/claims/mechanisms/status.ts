import type { PageLang } from '../../types';
import { mechanismsFor } from '../lang';
import { hasTerm } from './terms';

export type Status = 'done' | 'in_progress';

/** Whether a sentence states something as achieved or as still in progress / expected / planned. */
export function statusOf(sentence: string, lang: PageLang): Status {
  return hasTerm(sentence, mechanismsFor(lang).progress) ? 'in_progress' : 'done';
}

/** Whether a sentence is hedged or conditional ("may", "kan", "unless", "sofern", "jos"). */
export function isHedged(sentence: string, lang: PageLang): boolean {
  return hasTerm(sentence, mechanismsFor(lang).hedges);
}
