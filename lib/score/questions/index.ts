import type { Claims, Lang } from '../../types';
import { CLAIM_IDS } from '../../types';
import { resolveProfile, type ScoreProfile } from '../profiles';
import { statusOf } from '../status-table';
import type { QuestionSet } from './types';
import { en } from './en';
import { sv } from './sv';
import { no } from './no';
import { da } from './da';
import { de } from './de';
import { fi } from './fi';

export type { QuestionSet } from './types';
export const QUESTIONS: Record<Lang, QuestionSet> = { en, sv, no, da, de, fi };

/** "Ask the vendor": one polite question for every claim that is not stated or is a risk/caution. */
export function followUpQuestions(claims: Claims, lang: Lang = 'en', profile?: ScoreProfile | string): string[] {
  const q = QUESTIONS[lang] ?? en;
  const mode = resolveProfile(profile).usExposure;
  const out: string[] = [];
  for (const id of CLAIM_IDS) {
    const { status } = statusOf(id, claims, mode);
    if (status === 'not_stated') out.push(q.notStated[id]);
    else if (status !== 'ok') {
      const f = q.followUp[`${id}:${claims[id].value}`];
      if (f) out.push(f);
    }
  }
  return out;
}

/** The questions as one e-mail body, ready to paste. */
export function followUpEmail(claims: Claims, vendor: string, lang: Lang = 'en', profile?: ScoreProfile | string): string {
  const q = QUESTIONS[lang] ?? en;
  const items = followUpQuestions(claims, lang, profile);
  if (!items.length) return '';
  return [q.greeting, '', q.intro(vendor), '', ...items.map((x, i) => `${i + 1}. ${x}`), '', q.closing].join('\n');
}
