import type { Lang, PageLang } from '../../types';
import type { LangMechanisms } from './types';
import { en } from './en';
import { sv } from './sv';
import { no } from './no';
import { da } from './da';
import { de } from './de';
import { fi } from './fi';
import { nl } from './nl';
import { fr } from './fr';

export type { LangMechanisms } from './types';
export const MECHANISMS: Record<Lang, LangMechanisms> = { en, sv, no, da, de, fi };
/** Languages with mechanism words but no claim vocabularies of their own. */
export const EXTRA_MECHANISMS: Partial<Record<PageLang, LangMechanisms>> = { nl, fr };

/**
 * Mechanism words to use for a page: its own language's and English (pages mix languages: Swedish
 * pages quote English provider text). Dutch and French pages get their own words and English; a
 * page of undetermined language gets English only. Never another language's words: Finnish "en",
 * "et", "ei" (negations) are "a", "and", "egg" elsewhere.
 */
export function mechanismsFor(lang: PageLang): LangMechanisms {
  const hit = cache.get(lang);
  if (hit) return hit;
  const own = lang in MECHANISMS ? MECHANISMS[lang as Lang] : EXTRA_MECHANISMS[lang];
  const sources = own && own !== en ? [own, en] : [en];
  const pick = (k: keyof LangMechanisms) => [...new Set(sources.flatMap((m) => m[k]))];
  const out: LangMechanisms = {
    negation: pick('negation'),
    progress: pick('progress'),
    clauseBreaks: pick('clauseBreaks'),
    coordinators: pick('coordinators'),
    onRequest: pick('onRequest'),
    hedges: pick('hedges'),
    notNegating: pick('notNegating'),
    exceptions: pick('exceptions'),
    conditionalOpeners: pick('conditionalOpeners'),
    contrast: pick('contrast'),
    firstPerson: pick('firstPerson'),
  };
  cache.set(lang, out);
  return out;
}

const cache = new Map<PageLang, LangMechanisms>();
