import { describe, expect, it, vi } from 'vitest';

// The setup file registers every catalog; a fresh copy of the module shows what a page starts with.
async function freshI18n() {
  vi.resetModules();
  return import('../../../lib/i18n');
}

describe('catalogs loaded on demand', () => {
  it('starts with English only, answers in English until a language is loaded, then in that language', async () => {
    const i18n = await freshI18n();
    expect(i18n.isCatalogLoaded('en')).toBe(true);
    expect(i18n.isCatalogLoaded('sv')).toBe(false);
    i18n.setUiLang('sv');
    expect(i18n.t('common.retry')).toBe('Try again');
    await i18n.loadCatalog('sv');
    expect(i18n.isCatalogLoaded('sv')).toBe(true);
    expect(i18n.t('common.retry')).toBe('Försök igen');
    expect(i18n.isCatalogLoaded('de')).toBe(false);
    expect(i18n.t('common.retry', undefined, 'de')).toBe('Try again');
  });

  it('loads each language once, however often it is asked for', async () => {
    const i18n = await freshI18n();
    const [a, b] = [i18n.loadCatalog('fi'), i18n.loadCatalog('fi')];
    expect(a).toBe(b);
    await a;
    expect(i18n.t('common.retry', undefined, 'fi')).not.toBe('Try again');
  });
});
