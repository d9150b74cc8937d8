import type { Lang } from '../types';
import { LANGS } from '../types';
import { en, type Catalog, type MessageKey } from './messages/en';
import { sv } from './messages/sv';
import { no } from './messages/no';
import { da } from './messages/da';
import { de } from './messages/de';
import { fi } from './messages/fi';

export type { MessageKey, Catalog } from './messages/en';
export const CATALOGS: Record<Lang, Catalog> = { en, sv, no, da, de, fi };

/** 'sv-SE' → 'sv', 'nb'/'nn' → 'no'; anything else → English. */
export function uiLangFrom(tag: string | undefined): Lang {
  const t = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const mapped = t === 'nb' || t === 'nn' ? 'no' : t;
  return (LANGS as readonly string[]).includes(mapped) ? (mapped as Lang) : 'en';
}

let current: Lang = 'en';

/** Sets the UI language (from the user's setting, else the browser's UI language). */
export function setUiLang(lang: Lang): void {
  current = lang;
}

export function getUiLang(): Lang {
  return current;
}

/** The message for `key` in the UI language, with `{param}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>, lang: Lang = current): string {
  const msg = CATALOGS[lang]?.[key] ?? en[key] ?? key;
  return params ? msg.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m)) : msg;
}
