import { describe, expect, it } from 'vitest';
import { t, uiLangFrom } from '../../../lib/i18n';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { en } from '../../../lib/i18n/messages/en';
import { LANGS } from '../../../lib/types';

describe('UI message catalogs', () => {
  const keys = Object.keys(en).sort();
  it.each(LANGS.filter((l) => l !== 'en'))('%s has exactly the English keys, none empty, same placeholders', (lang) => {
    const cat = CATALOGS[lang] as Record<string, string>;
    expect(Object.keys(cat).sort()).toEqual(keys);
    for (const k of keys) {
      expect(cat[k]!.trim(), `${lang} ${k}`).not.toBe('');
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(cat[k]!), `${lang} ${k}`).toEqual(ph((en as Record<string, string>)[k]!));
    }
  });
  it('fills parameters and maps browser language tags', () => {
    expect(t('common.retry', undefined, 'sv')).toBe('Försök igen');
    expect(uiLangFrom('nb-NO')).toBe('no');
    expect(uiLangFrom('fr-FR')).toBe('en');
  });
});
