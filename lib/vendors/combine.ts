import { CLAIM_IDS } from '../types';
import { diffClaims } from './record';
import type { ClaimOverride, ClaimOverrides, StoredPage, VendorRecord } from './types';

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

function earlier(a: string, b: string): string {
  return time(b) < time(a) ? b : a;
}

function later(a: string, b: string): string {
  return time(b) > time(a) ? b : a;
}

function combinePage(a: StoredPage, b: StoredPage): StoredPage {
  const [older, newer] = time(b.analyzedAt) > time(a.analyzedAt) ? [a, b] : [b, a];
  const page: StoredPage = { ...newer, firstAnalyzedAt: earlier(a.firstAnalyzedAt, b.firstAnalyzedAt) };
  if (!page.lastChange && older.textHash !== newer.textHash && older.analyzedAt !== newer.analyzedAt) {
    page.lastChange = {
      detectedAt: newer.analyzedAt,
      previousAnalyzedAt: older.analyzedAt,
      previousHash: older.textHash,
      claims: diffClaims(older.claims, newer.claims),
    };
  }
  return page;
}

/** Two users' notes: keep both when they differ, once when one already contains the other. */
export function combineNotes(a: string, b: string): string {
  const x = a.trim();
  const y = b.trim();
  if (!y || x.includes(y)) return a;
  if (!x || y.includes(x)) return b;
  return `${a}\n\n${b}`;
}

/**
 * Two records of the same vendor as one (JSON import, duplicates): pages by URL with the newer
 * analysis winning, overrides per claim with the newer one winning, notes kept from both.
 */
export function combineRecords(a: VendorRecord, b: VendorRecord): VendorRecord {
  if (a.id !== b.id) throw new Error(`Cannot combine ${a.id} with ${b.id}.`);
  const pages = new Map<string, StoredPage>();
  for (const p of a.pages) pages.set(p.url, p);
  for (const p of b.pages) {
    const mine = pages.get(p.url);
    pages.set(p.url, mine ? combinePage(mine, p) : p);
  }
  const overrides: Record<string, ClaimOverride> = {};
  for (const id of CLAIM_IDS) {
    const x = a.overrides[id];
    const y = b.overrides[id];
    const pick = x && y ? (time(y.setAt) > time(x.setAt) ? y : x) : (x ?? y);
    if (pick) overrides[id] = pick;
  }
  return {
    schemaVersion: a.schemaVersion,
    id: a.id,
    name: a.name !== a.id ? a.name : b.name,
    pages: [...pages.values()],
    overrides: overrides as ClaimOverrides,
    notes: combineNotes(a.notes, b.notes),
    createdAt: earlier(a.createdAt, b.createdAt),
    updatedAt: later(a.updatedAt, b.updatedAt),
  };
}

/** Structural equality of JSON-like values, whatever the key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameJson(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
