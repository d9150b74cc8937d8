import type { Lang } from '../types';
import { registerCatalog, type Catalog } from './index';
import { en } from './messages/en';
import { sv } from './messages/sv';
import { no } from './messages/no';
import { da } from './messages/da';
import { de } from './messages/de';
import { fi } from './messages/fi';

/**
 * Every catalog, imported statically and registered with `t()` on import. For tests and tools only:
 * extension pages load just the UI language's catalog (`loadCatalog`).
 */
export const CATALOGS: Record<Lang, Catalog> = { en, sv, no, da, de, fi };
for (const [lang, cat] of Object.entries(CATALOGS)) registerCatalog(lang as Lang, cat);
