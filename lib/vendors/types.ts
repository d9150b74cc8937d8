import type { ClaimId, ClaimValue, PageLang, Score, SourceKind } from '../types';

/**
 * Version of the vendor record shape (`VendorRecord`: what the code uses and what the JSON export
 * writes). Bump it and add a step in `migrations.ts` on any change.
 */
export const VENDOR_SCHEMA_VERSION = 1;

/**
 * Version of what storage.local holds: the current record shape packed by `pack.ts` (quotes once per
 * record, claims as tuples). Records of older versions are read and written back packed.
 * Both versions share one sequence of numbers in `schemaVersion` (0 and 1: record shapes; 2: shape 1
 * packed), so a new record shape takes the next free number and its packed form the one after.
 */
export const STORED_SCHEMA_VERSION = 2;

/** What is kept of one claim of one page: the value, its specifics and the quotes (not the page text). */
export interface StoredClaim<K extends ClaimId = ClaimId> {
  value: ClaimValue<K>;
  details: string[];
  quotes: string[];
}

/** Only answered claims are stored; a missing claim is `unknown`. */
export type StoredClaims = { [K in ClaimId]?: StoredClaim<K> };

export interface ClaimChange {
  claim: ClaimId;
  from: ClaimValue;
  to: ClaimValue;
  /** Details that appeared / disappeared, when the value stayed the same or changed. */
  detailsAdded: string[];
  detailsRemoved: string[];
}

/** Set when a re-analysis found different page text (another hash) than the time before. */
export interface PageChange {
  /** When the changed text was analysed. */
  detectedAt: string;
  previousAnalyzedAt: string;
  previousHash: string;
  /** Claims whose value or details differ from the previous analysis (may be empty). */
  claims: ClaimChange[];
}

export interface StoredPage {
  /** Normalised URL (see `normalisePageUrl`): the page's identity within its vendor. */
  url: string;
  title: string;
  lang: PageLang;
  kind?: SourceKind;
  firstAnalyzedAt: string;
  analyzedAt: string;
  /** Hash of the analysed text (change detection only; see `hash.ts`). */
  textHash: string;
  textLength: number;
  claims: StoredClaims;
  /** The last time the page text was found changed, and what that changed in the claims. */
  lastChange?: PageChange;
}

/** A value the user set by hand. Kept apart from what was extracted; survives re-analysis. */
export interface ClaimOverride<K extends ClaimId = ClaimId> {
  value: ClaimValue<K>;
  note: string;
  setAt: string;
}

export type ClaimOverrides = { [K in ClaimId]?: ClaimOverride<K> };

export interface VendorRecord {
  schemaVersion: number;
  /** Registrable domain (`vendorFromUrl`). */
  id: string;
  /** Display name; the domain until the user renames the vendor. */
  name: string;
  pages: StoredPage[];
  overrides: ClaimOverrides;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** One page's answer to a claim, with its quotes: what a merged claim is made of. */
export interface PageStatement {
  url: string;
  value: ClaimValue;
  details: string[];
  quotes: string[];
  analyzedAt: string;
}

export interface MergedClaim {
  /** The value shown and exported: the user's override when there is one, else `extractedValue`. */
  value: ClaimValue;
  /** The value merged from the pages, whatever the user set. */
  extractedValue: ClaimValue;
  /** Union of the details of the pages that say `extractedValue`. */
  details: string[];
  /** Quotes of the pages that say `extractedValue`, source page first. */
  evidence: { quote: string; url: string }[];
  /** The page the merged statement comes from ('' when no page answers). */
  sourceUrl: string;
  /** Pages that say something incompatible with `extractedValue`. */
  conflicts: PageStatement[];
  /** Every page that answers the claim (value not unknown). */
  statements: PageStatement[];
  override?: ClaimOverride;
  setByUser: boolean;
}

export interface MergedVendor {
  id: string;
  name: string;
  notes: string;
  claims: Record<ClaimId, MergedClaim>;
  /** Score of the merged claims, overrides applied. */
  score: Score;
  pageCount: number;
  sourceUrls: string[];
  firstAnalyzedAt: string;
  lastAnalyzedAt: string;
  /** Claims whose pages contradict each other. */
  contradictions: ClaimId[];
  /** Pages whose last re-analysis found changed text. */
  changedPages: { url: string; change: PageChange }[];
}
