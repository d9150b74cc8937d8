import type { PageLang } from '../../types';
import type { TextLangProfile } from './types';
import { en } from './en';
import { sv } from './sv';
import { no } from './no';
import { da } from './da';
import { de } from './de';
import { fi } from './fi';
import { nl } from './nl';
import { fr } from './fr';

export type { TextLangProfile } from './types';

export const TEXT_PROFILES: readonly TextLangProfile[] = [en, sv, no, da, de, fi, nl, fr];

export function textProfile(lang: PageLang): TextLangProfile | undefined {
  return TEXT_PROFILES.find((p) => p.lang === lang);
}

/**
 * Declared language tags and names → PageLang (`<html lang>`, front-matter `language:`).
 * Keys are lowercase primary subtags or names.
 */
export const DECLARED_LANG: Readonly<Record<string, PageLang>> = {
  en: 'en', eng: 'en', english: 'en',
  sv: 'sv', swe: 'sv', svenska: 'sv', swedish: 'sv',
  no: 'no', nb: 'no', nn: 'no', nor: 'no', nob: 'no', nno: 'no', norsk: 'no', norwegian: 'no',
  bokmål: 'no', nynorsk: 'no',
  da: 'da', dan: 'da', dansk: 'da', danish: 'da',
  de: 'de', deu: 'de', ger: 'de', deutsch: 'de', german: 'de',
  fi: 'fi', fin: 'fi', suomi: 'fi', finnish: 'fi',
  nl: 'nl', nld: 'nl', dut: 'nl', nederlands: 'nl', dutch: 'nl',
  fr: 'fr', fra: 'fr', fre: 'fr', français: 'fr', french: 'fr',
};
