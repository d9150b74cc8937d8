import { CLAIM_IDS } from '../types';
import type { ClaimId } from '../types';
import { fitStoredClaim } from './record';
import type { ClaimOverrides, PageChange, StoredClaim, StoredPage, VendorRecord } from './types';
import { STORED_SCHEMA_VERSION, VENDOR_SCHEMA_VERSION } from './types';

/**
 * One claim of one page as kept in storage.local: [value, indices into the record's `quotes`, details].
 * The details are left out when there are none.
 */
export type PackedClaim = [value: string, quotes: number[], details?: string[]];

export interface PackedPage {
  url: string;
  title: string;
  lang: string;
  kind?: StoredPage['kind'];
  analyzedAt: string;
  /** Left out when it is `analyzedAt` (a page analysed once). */
  firstAnalyzedAt?: string;
  textHash: string;
  textLength: number;
  claims: Partial<Record<ClaimId, PackedClaim>>;
  lastChange?: PageChange;
}

/**
 * A vendor record as kept in storage.local (schema 2): the same record as `VendorRecord`, with every
 * quote of every page written once, in `quotes`, and claims as short tuples pointing into it.
 * Several claims of a page often quote the same sentence, and pages of a vendor repeat each other.
 */
export interface PackedRecord {
  schemaVersion: typeof STORED_SCHEMA_VERSION;
  id: string;
  name: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  overrides: ClaimOverrides;
  pages: PackedPage[];
  quotes: string[];
}

/** The storage form of a record. Quotes and details over the stored limits are cut (see `fitStoredClaim`). */
export function packRecord(record: VendorRecord): PackedRecord {
  const quotes: string[] = [];
  const indexOf = new Map<string, number>();
  const ref = (q: string): number => {
    let i = indexOf.get(q);
    if (i === undefined) {
      i = quotes.push(q) - 1;
      indexOf.set(q, i);
    }
    return i;
  };
  const pages = record.pages.map((p): PackedPage => {
    const claims: Partial<Record<ClaimId, PackedClaim>> = {};
    for (const id of CLAIM_IDS) {
      const c = (p.claims as Record<ClaimId, StoredClaim | undefined>)[id];
      if (!c || c.value === 'unknown') continue;
      const fit = fitStoredClaim(c);
      const packed: PackedClaim = [fit.value, [...new Set(fit.quotes.map(ref))]];
      if (fit.details.length) packed.push(fit.details);
      claims[id] = packed;
    }
    const out: PackedPage = {
      url: p.url,
      title: p.title,
      lang: p.lang,
      ...(p.kind ? { kind: p.kind } : {}),
      analyzedAt: p.analyzedAt,
      ...(p.firstAnalyzedAt !== p.analyzedAt ? { firstAnalyzedAt: p.firstAnalyzedAt } : {}),
      textHash: p.textHash,
      textLength: p.textLength,
      claims,
      ...(p.lastChange ? { lastChange: p.lastChange } : {}),
    };
    return out;
  });
  return {
    schemaVersion: STORED_SCHEMA_VERSION,
    id: record.id,
    name: record.name,
    notes: record.notes,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    overrides: record.overrides,
    pages,
    quotes,
  };
}

export class PackError extends Error {}

function fail(path: string, what: string): never {
  throw new PackError(`${path}: ${what}`);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function unpackClaim(x: unknown, quotes: readonly unknown[], path: string): Record<string, unknown> {
  if (!Array.isArray(x) || x.length < 2 || x.length > 3) fail(path, 'expected [value, quote numbers, details?]');
  const [value, refs, details] = x as unknown[];
  if (!Array.isArray(refs)) fail(`${path}[1]`, 'expected a list of quote numbers');
  const texts = refs.map((r, i) => {
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 0 || r >= quotes.length) fail(`${path}[1][${i}]`, `quote ${String(r)} does not exist`);
    return quotes[r];
  });
  return { value, quotes: texts, details: details ?? [] };
}

/**
 * A schema-2 storage value back in the shape of a schema-1 record, for `checkVendorRecord` to check
 * like any other. Only the packing is checked here (tuples, quote numbers); everything else there.
 */
export function unpackRecord(raw: Record<string, unknown>, path = 'vendor'): Record<string, unknown> {
  const { quotes, pages, ...rest } = raw;
  if (!Array.isArray(quotes)) fail(`${path}.quotes`, 'expected a list');
  if (!Array.isArray(pages)) return { ...rest, schemaVersion: VENDOR_SCHEMA_VERSION, pages };
  return {
    ...rest,
    schemaVersion: VENDOR_SCHEMA_VERSION,
    pages: pages.map((p, i) => {
      if (!isObject(p)) return p;
      const at = `${path}.pages[${i}]`;
      const claims: Record<string, unknown> = {};
      if (!isObject(p.claims)) fail(`${at}.claims`, 'expected an object');
      for (const [k, c] of Object.entries(p.claims)) claims[k] = unpackClaim(c, quotes, `${at}.claims.${k}`);
      return { ...p, firstAnalyzedAt: p.firstAnalyzedAt ?? p.analyzedAt, claims };
    }),
  };
}
