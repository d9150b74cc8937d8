import type { Lang } from '../types';
import { en, type Catalog, type MessageKey } from './messages/en';
import { CATALOG_LOADERS } from './lang';

export type { MessageKey, Catalog } from './messages/en';
export { uiLangFrom } from './lang';

/**
 * English is always loaded (the reference catalog and every missing key's fallback); the other
 * languages are loaded on demand (`loadCatalog`), so a page ships only the catalog it shows.
 */
const loaded: Partial<Record<Lang, Catalog>> = { en };

const loading = new Map<Lang, Promise<void>>();

export function isCatalogLoaded(lang: Lang): boolean {
  return !!loaded[lang];
}

/** Makes `lang`'s messages available to `t()`. Never rejects: a catalog that fails to load leaves English. */
export function loadCatalog(lang: Lang): Promise<void> {
  if (loaded[lang] || lang === 'en') return Promise.resolve();
  const pending = loading.get(lang);
  if (pending) return pending;
  const p = CATALOG_LOADERS[lang]().then(
    (cat) => registerCatalog(lang, cat),
    () => void loading.delete(lang), // try again next time
  );
  loading.set(lang, p);
  return p;
}

/** For code that imports catalogs statically (`./catalogs`: tests and tools). */
export function registerCatalog(lang: Lang, cat: Catalog): void {
  loaded[lang] = cat;
}

let current: Lang = 'en';

/** Sets the UI language (from the user's setting, else the browser's UI language). Until its catalog is loaded, `t()` answers in English. */
export function setUiLang(lang: Lang): void {
  current = lang;
}

export function getUiLang(): Lang {
  return current;
}

/** The message for `key` in the UI language, with `{param}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>, lang: Lang = current): string {
  const msg = loaded[lang]?.[key] ?? en[key] ?? key;
  return params ? msg.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m)) : msg;
}
