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
/** Languages with mechanism words but no claim vocabularies of their own (used on top of all six). */
export const EXTRA_MECHANISMS: Partial<Record<PageLang, LangMechanisms>> = { nl, fr };

/**
 * Mechanism words to use for a page. Pages mix languages (Swedish pages quote English provider
 * text), so the page's language comes first and English is always included. Dutch and French
 * pages get all six languages plus their own mechanism words.
 */
export function mechanismsFor(lang: PageLang): LangMechanisms {
  const hit = cache.get(lang);
  if (hit) return hit;
  const langs: Lang[] = lang in MECHANISMS ? [lang as Lang] : ['en', 'sv', 'no', 'da', 'de', 'fi'];
  if (!langs.includes('en')) langs.push('en');
  const extra = EXTRA_MECHANISMS[lang];
  const pick = (k: keyof LangMechanisms) => [...new Set([...langs.flatMap((l) => MECHANISMS[l][k]), ...(extra?.[k] ?? [])])];
  const out: LangMechanisms = {
    negation: pick('negation'),
    progress: pick('progress'),
    clauseBreaks: pick('clauseBreaks'),
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
