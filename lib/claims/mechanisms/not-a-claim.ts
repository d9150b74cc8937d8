import type { PageLang } from '../../types';
import { NOT_A_CLAIM } from '../vocab/not-a-claim';
import { both, hasTerm, pickVocab } from './vocab';

/** A skills line, a piece of advice to the reader, or a bare label ("SSL-kryptering"): names a measure, claims nothing. */
export function isNotAClaim(text: string, lang: PageLang): boolean {
  const v = pickVocab(NOT_A_CLAIM, lang);
  if (text.trim().split(/\s+/).length < 3) return true;
  return hasTerm(text, both(v.skills, v.advice));
}

/** The sentence names what is protected or who protects it ("all data", "we", "backups"). */
const NONE: readonly string[] = [];

export function hasSubject(text: string, lang: PageLang, extra: readonly string[] = NONE): boolean {
  const subject = pickVocab(NOT_A_CLAIM, lang).subject;
  return hasTerm(text, extra.length ? both(subject, extra) : subject);
}
