import type { Lang, PageLang } from '../../types';
import type { LangMechanisms } from './types';
import { en } from './en';
import { sv } from './sv';
import { no } from './no';
import { da } from './da';
import { de } from './de';
import { fi } from './fi';

export type { LangMechanisms } from './types';
export const MECHANISMS: Record<Lang, LangMechanisms> = { en, sv, no, da, de, fi };

/**
 * Mechanism words to use for a page. Pages mix languages (Swedish pages quote English provider
 * text), so the page's language comes first and English is always included.
 */
export function mechanismsFor(lang: PageLang): LangMechanisms {
  const hit = cache.get(lang);
  if (hit) return hit;
  const langs: Lang[] = lang in MECHANISMS ? [lang as Lang] : ['en', 'sv', 'no', 'da', 'de', 'fi'];
  if (!langs.includes('en')) langs.push('en');
  const pick = (k: keyof LangMechanisms) => [...new Set(langs.flatMap((l) => MECHANISMS[l][k]))];
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
