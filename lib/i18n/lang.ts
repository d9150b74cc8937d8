import type { Lang } from '../types';
import { LANGS } from '../types';
import type { Catalog } from './messages/en';

/** 'sv-SE' → 'sv', 'nb'/'nn' → 'no'; anything else → English. */
export function uiLangFrom(tag: string | undefined): Lang {
  const t = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const mapped = t === 'nb' || t === 'nn' ? 'no' : t;
  return (LANGS as readonly string[]).includes(mapped) ? (mapped as Lang) : 'en';
}

/**
 * The catalogs other than English, each its own chunk. Kept apart from `./index` (which holds the
 * English catalog) so a page's first script can start fetching its language before the UI loads.
 */
export const CATALOG_LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Catalog>> = {
  sv: () => import('./messages/sv').then((m) => m.sv),
  no: () => import('./messages/no').then((m) => m.no),
  da: () => import('./messages/da').then((m) => m.da),
  de: () => import('./messages/de').then((m) => m.de),
  fi: () => import('./messages/fi').then((m) => m.fi),
};
