import type { PageLang } from '../../types';
import { NOT_A_CLAIM } from '../vocab/not-a-claim';
import { hasTerm } from './terms';
import { pickVocab } from './vocab';

/** A skills line, a piece of advice to the reader, or a bare label ("SSL-kryptering"): names a measure, claims nothing. */
export function isNotAClaim(text: string, lang: PageLang): boolean {
  const v = pickVocab(NOT_A_CLAIM, lang);
  if (text.trim().split(/\s+/).length < 3) return true;
  return hasTerm(text, v.skills) || hasTerm(text, v.advice);
}

/** The sentence names what is protected or who protects it ("all data", "we", "backups"). */
export function hasSubject(text: string, lang: PageLang, extra: readonly string[] = []): boolean {
  return hasTerm(text, [...pickVocab(NOT_A_CLAIM, lang).subject, ...extra]);
}
