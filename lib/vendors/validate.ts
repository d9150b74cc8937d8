import type { ClaimId, SourceKind } from '../types';
import { CLAIM_IDS, CLAIM_VALUES } from '../types';
import type { ClaimChange, ClaimOverride, PageChange, StoredClaim, StoredPage, VendorRecord } from './types';
import { VENDOR_SCHEMA_VERSION } from './types';

const SOURCE_KINDS: readonly SourceKind[] = ['html', 'pdf', 'md', 'txt'];

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

class ShapeError extends Error {}

function fail(path: string, what: string): never {
  throw new ShapeError(`${path}: ${what}`);
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return x.length > 40 ? `"${x.slice(0, 40)}…"` : `"${x}"`;
  return typeof x === 'object' ? 'an object' : `${typeof x} ${String(x)}`;
}

function obj(x: unknown, path: string): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) fail(path, `expected an object, found ${describe(x)}`);
  return x as Record<string, unknown>;
}

function str(x: unknown, path: string, opts: { nonEmpty?: boolean } = {}): string {
  if (typeof x !== 'string') fail(path, `expected text, found ${describe(x)}`);
  if (opts.nonEmpty && !x.trim()) fail(path, 'must not be empty');
  return x;
}

function date(x: unknown, path: string): string {
  const s = str(x, path);
  if (Number.isNaN(Date.parse(s))) fail(path, `${describe(s)} is not a date`);
  return s;
}

function strings(x: unknown, path: string): string[] {
  if (!Array.isArray(x)) fail(path, `expected a list of texts, found ${describe(x)}`);
  return x.map((v, i) => str(v, `${path}[${i}]`));
}

function claimId(x: unknown, path: string): ClaimId {
  if (typeof x !== 'string' || !(CLAIM_IDS as readonly string[]).includes(x)) fail(path, `${describe(x)} is not a claim`);
  return x as ClaimId;
}

function claimValue(claim: ClaimId, x: unknown, path: string): string {
  if (typeof x !== 'string' || !(CLAIM_VALUES[claim] as readonly string[]).includes(x)) {
    fail(path, `${describe(x)} is not a value of ${claim} (${CLAIM_VALUES[claim].join(', ')})`);
  }
  return x;
}

/** A vendor id is a host name: what `vendorFromUrl` returns. */
function vendorId(x: unknown, path: string): string {
  const s = str(x, path, { nonEmpty: true });
  if (s.length > 253 || !/^[\p{L}\p{N}.-]+$/u.test(s)) fail(path, `${describe(s)} is not a domain name`);
  return s;
}

function storedClaim(claim: ClaimId, x: unknown, path: string): StoredClaim {
  const o = obj(x, path);
  return {
    value: claimValue(claim, o.value, `${path}.value`),
    details: strings(o.details, `${path}.details`),
    quotes: strings(o.quotes, `${path}.quotes`),
  } as StoredClaim;
}

function claimChange(x: unknown, path: string): ClaimChange {
  const o = obj(x, path);
  const claim = claimId(o.claim, `${path}.claim`);
  return {
    claim,
    from: claimValue(claim, o.from, `${path}.from`),
    to: claimValue(claim, o.to, `${path}.to`),
    detailsAdded: strings(o.detailsAdded, `${path}.detailsAdded`),
    detailsRemoved: strings(o.detailsRemoved, `${path}.detailsRemoved`),
  } as ClaimChange;
}

function pageChange(x: unknown, path: string): PageChange {
  const o = obj(x, path);
  if (!Array.isArray(o.claims)) fail(`${path}.claims`, `expected a list, found ${describe(o.claims)}`);
  return {
    detectedAt: date(o.detectedAt, `${path}.detectedAt`),
    previousAnalyzedAt: date(o.previousAnalyzedAt, `${path}.previousAnalyzedAt`),
    previousHash: str(o.previousHash, `${path}.previousHash`),
    claims: o.claims.map((c, i) => claimChange(c, `${path}.claims[${i}]`)),
  };
}

function storedPage(x: unknown, path: string): StoredPage {
  const o = obj(x, path);
  const claimsIn = obj(o.claims, `${path}.claims`);
  const claims: Record<string, StoredClaim> = {};
  for (const [k, v] of Object.entries(claimsIn)) {
    const id = claimId(k, `${path}.claims`);
    const c = storedClaim(id, v, `${path}.claims.${k}`);
    if (c.value !== 'unknown') claims[id] = c;
  }
  const textLength = o.textLength;
  if (typeof textLength !== 'number' || !Number.isInteger(textLength) || textLength < 0) {
    fail(`${path}.textLength`, `expected a whole number, found ${describe(textLength)}`);
  }
  const lang = str(o.lang, `${path}.lang`);
  if (lang.length > 16) fail(`${path}.lang`, `${describe(lang)} is not a language code`);
  const page: StoredPage = {
    url: str(o.url, `${path}.url`, { nonEmpty: true }),
    title: str(o.title, `${path}.title`),
    lang: lang as StoredPage['lang'],
    firstAnalyzedAt: date(o.firstAnalyzedAt, `${path}.firstAnalyzedAt`),
    analyzedAt: date(o.analyzedAt, `${path}.analyzedAt`),
    textHash: str(o.textHash, `${path}.textHash`, { nonEmpty: true }),
    textLength,
    claims,
  };
  if (o.kind !== undefined) {
    if (!SOURCE_KINDS.includes(o.kind as SourceKind)) fail(`${path}.kind`, `${describe(o.kind)} is not one of ${SOURCE_KINDS.join(', ')}`);
    page.kind = o.kind as SourceKind;
  }
  if (o.lastChange !== undefined) page.lastChange = pageChange(o.lastChange, `${path}.lastChange`);
  return page;
}

function override(claim: ClaimId, x: unknown, path: string): ClaimOverride {
  const o = obj(x, path);
  return {
    value: claimValue(claim, o.value, `${path}.value`),
    note: str(o.note, `${path}.note`),
    setAt: date(o.setAt, `${path}.setAt`),
  } as ClaimOverride;
}

/**
 * Checks a vendor record of the current schema and returns a clean copy (unknown fields dropped).
 * The error names the first thing wrong, with its path ("pages[2].claims.data_location.value: …").
 */
export function checkVendorRecord(x: unknown, path = 'vendor'): Checked<VendorRecord> {
  try {
    const o = obj(x, path);
    if (o.schemaVersion !== VENDOR_SCHEMA_VERSION) {
      fail(`${path}.schemaVersion`, `expected ${VENDOR_SCHEMA_VERSION}, found ${describe(o.schemaVersion)}`);
    }
    if (!Array.isArray(o.pages)) fail(`${path}.pages`, `expected a list, found ${describe(o.pages)}`);
    const pages = o.pages.map((p, i) => storedPage(p, `${path}.pages[${i}]`));
    const seen = new Set<string>();
    pages.forEach((p, i) => {
      if (seen.has(p.url)) fail(`${path}.pages[${i}].url`, `${describe(p.url)} appears twice`);
      seen.add(p.url);
    });
    const overridesIn = obj(o.overrides, `${path}.overrides`);
    const overrides: Record<string, ClaimOverride> = {};
    for (const [k, v] of Object.entries(overridesIn)) {
      const id = claimId(k, `${path}.overrides`);
      overrides[id] = override(id, v, `${path}.overrides.${k}`);
    }
    return {
      ok: true,
      value: {
        schemaVersion: VENDOR_SCHEMA_VERSION,
        id: vendorId(o.id, `${path}.id`),
        name: str(o.name, `${path}.name`),
        pages,
        overrides,
        notes: str(o.notes, `${path}.notes`),
        createdAt: date(o.createdAt, `${path}.createdAt`),
        updatedAt: date(o.updatedAt, `${path}.updatedAt`),
      },
    };
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, error: e.message };
    throw e;
  }
}
