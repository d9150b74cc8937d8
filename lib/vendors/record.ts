import type { Analysis, ClaimId, ClaimValue, Claims, SourceKind } from '../types';
import { CLAIM_IDS, CLAIM_VALUES } from '../types';
import { vendorFromUrl } from './identity';
import { textHash } from './hash';
import { normalisePageUrl } from './url';
import type { ClaimChange, StoredClaim, StoredClaims, StoredPage, VendorRecord } from './types';
import { VENDOR_SCHEMA_VERSION } from './types';

/**
 * What one stored claim may hold (storage.local has a 10 MB quota and the extension may not ask for
 * more). Quotes are evidence to read, not the page: per claim at most `quoteChars` characters of
 * quotes, the first quote always (cut at a word, with '…', when longer), then the next ones that fit
 * whole, at most `quotes` of them. The popup shows the full quotes of the page it analysed; the stored
 * ones say which sentence it was, and the page's address is kept beside them.
 */
export const STORED_CLAIM_LIMITS = { quotes: 3, quoteChars: 160, details: 60, detailChars: 200 } as const;

/** Cut to at most `max` characters, ending with '…'; at a space when one is near the end, so no word is halved. */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  let head = s.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  const space = head.lastIndexOf(' ');
  const body = space >= max * 0.75 ? head.slice(0, space) : head;
  return body.replace(/[\s,;:–-]+$/u, '') + '…';
}

/** The quotes a stored claim keeps (see STORED_CLAIM_LIMITS). Idempotent: kept quotes are kept again. */
export function fitQuotes(quotes: readonly string[]): string[] {
  const L = STORED_CLAIM_LIMITS;
  const out: string[] = [];
  let left = L.quoteChars;
  for (const q of new Set(quotes)) {
    if (out.length >= L.quotes) break;
    const kept = out.length ? q : cutText(q, L.quoteChars);
    if (kept.length > left || out.includes(kept)) continue;
    out.push(kept);
    left -= kept.length;
  }
  return out;
}

/** A stored claim within STORED_CLAIM_LIMITS. */
export function fitStoredClaim<K extends ClaimId>(c: StoredClaim<K>): StoredClaim<K> {
  const L = STORED_CLAIM_LIMITS;
  return {
    value: c.value,
    details: c.details.slice(0, L.details).map((d) => cutText(d, L.detailChars)),
    quotes: fitQuotes(c.quotes),
  };
}

export function storedClaimsOf(claims: Claims): StoredClaims {
  const out: StoredClaims = {};
  for (const id of CLAIM_IDS) {
    const c = claims[id];
    if (!c || c.value === 'unknown') continue;
    (out as Record<ClaimId, StoredClaim>)[id] = fitStoredClaim({ value: c.value, details: c.details, quotes: c.evidence.map((e) => e.quote) });
  }
  return out;
}

/** The record with every page's claims within STORED_CLAIM_LIMITS (records stored or exported before the limits). */
export function fitRecord(record: VendorRecord): VendorRecord {
  const pages = record.pages.map((p) => {
    const claims: StoredClaims = {};
    for (const [id, c] of Object.entries(p.claims) as [ClaimId, StoredClaim][]) (claims as Record<ClaimId, StoredClaim>)[id] = fitStoredClaim(c);
    return { ...p, claims };
  });
  return { ...record, pages };
}

const UNKNOWN: StoredClaim = Object.freeze({ value: 'unknown', details: [], quotes: [] }) as StoredClaim;

/** The page's stored answer to a claim (`unknown` when the page did not answer it). */
export function pageClaim(page: StoredPage, id: ClaimId): StoredClaim {
  return (page.claims as Record<ClaimId, StoredClaim | undefined>)[id] ?? UNKNOWN;
}

function sameSet(a: string[], b: string[]): { added: string[]; removed: string[] } {
  return { added: b.filter((x) => !a.includes(x)), removed: a.filter((x) => !b.includes(x)) };
}

/** Claims whose value or details differ between two analyses of a page. */
export function diffClaims(prev: StoredClaims, next: StoredClaims): ClaimChange[] {
  const changes: ClaimChange[] = [];
  const p = prev as Record<ClaimId, StoredClaim | undefined>;
  const n = next as Record<ClaimId, StoredClaim | undefined>;
  for (const id of CLAIM_IDS) {
    const a = p[id] ?? UNKNOWN;
    const b = n[id] ?? UNKNOWN;
    const { added, removed } = sameSet(a.details, b.details);
    if (a.value !== b.value || added.length || removed.length) {
      changes.push({ claim: id, from: a.value, to: b.value, detailsAdded: added, detailsRemoved: removed });
    }
  }
  return changes;
}

export function newVendorRecord(id: string, nowIso: string): VendorRecord {
  return { schemaVersion: VENDOR_SCHEMA_VERSION, id, name: id, pages: [], overrides: {}, notes: '', createdAt: nowIso, updatedAt: nowIso };
}

/** The vendor an analysis belongs to; '' for a source without a web address. */
export function vendorIdOf(analysis: Pick<Analysis, 'vendor' | 'source'>): string {
  return analysis.vendor || vendorFromUrl(analysis.source);
}

export interface AddAnalysisOptions {
  kind?: SourceKind;
  now?: () => Date;
}

/**
 * Files an analysed page under its vendor and returns the new record (the old one is not touched).
 * The page text itself is not kept, only its hash: when the same URL is analysed again with another
 * hash, `lastChange` lists the claims that changed. Overrides and notes are left as they are.
 */
export function addAnalysis(record: VendorRecord | undefined, analysis: Analysis, pageText: string, opts: AddAnalysisOptions = {}): VendorRecord {
  const id = vendorIdOf(analysis);
  if (!id) throw new Error(`Cannot tell the vendor of "${analysis.source}": only pages with a web address are kept as vendors.`);
  if (record && record.id !== id) throw new Error(`The page ${analysis.source} belongs to ${id}, not to ${record.id}.`);
  const nowIso = (opts.now?.() ?? new Date()).toISOString();
  const base = record ?? newVendorRecord(id, nowIso);
  const url = normalisePageUrl(analysis.source);
  const hash = textHash(pageText);
  const claims = storedClaimsOf(analysis.claims);
  const prev = base.pages.find((p) => p.url === url);
  const page: StoredPage = {
    url,
    title: analysis.title,
    lang: analysis.lang,
    firstAnalyzedAt: prev?.firstAnalyzedAt ?? analysis.analyzedAt,
    analyzedAt: analysis.analyzedAt,
    textHash: hash,
    textLength: pageText.length,
    claims,
  };
  const kind = opts.kind ?? prev?.kind;
  if (kind) page.kind = kind;
  if (prev && prev.textHash !== hash) {
    page.lastChange = {
      detectedAt: analysis.analyzedAt,
      previousAnalyzedAt: prev.analyzedAt,
      previousHash: prev.textHash,
      claims: diffClaims(prev.claims, claims),
    };
  } else if (prev?.lastChange) {
    page.lastChange = prev.lastChange;
  }
  const pages = prev ? base.pages.map((p) => (p === prev ? page : p)) : [...base.pages, page];
  return { ...base, pages, updatedAt: nowIso };
}

export function removePage(record: VendorRecord, url: string, nowIso: string): VendorRecord {
  const key = normalisePageUrl(url);
  const pages = record.pages.filter((p) => p.url !== key);
  return pages.length === record.pages.length ? record : { ...record, pages, updatedAt: nowIso };
}

export function isClaimValue(claim: ClaimId, value: unknown): value is ClaimValue {
  return typeof value === 'string' && (CLAIM_VALUES[claim] as readonly string[]).includes(value);
}

/** Sets a claim by hand. `unknown` is allowed: the user can state that the vendor does not say. */
export function setOverride(record: VendorRecord, claim: ClaimId, value: string, note: string, nowIso: string): VendorRecord {
  if (!(CLAIM_IDS as readonly string[]).includes(claim)) throw new Error(`Unknown claim "${claim}".`);
  if (!isClaimValue(claim, value)) {
    throw new Error(`"${value}" is not a value of ${claim}; use one of: ${CLAIM_VALUES[claim].join(', ')}.`);
  }
  return { ...record, overrides: { ...record.overrides, [claim]: { value, note, setAt: nowIso } }, updatedAt: nowIso };
}

export function clearOverride(record: VendorRecord, claim: ClaimId, nowIso: string): VendorRecord {
  if (!record.overrides[claim]) return record;
  const overrides = { ...record.overrides };
  delete overrides[claim];
  return { ...record, overrides, updatedAt: nowIso };
}

export function setNotes(record: VendorRecord, notes: string, nowIso: string): VendorRecord {
  return { ...record, notes, updatedAt: nowIso };
}

export function setName(record: VendorRecord, name: string, nowIso: string): VendorRecord {
  return { ...record, name: name.trim() || record.id, updatedAt: nowIso };
}
