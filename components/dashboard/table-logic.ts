import type { ClaimId, ClaimStatus, Lang, Score } from '../../lib/types';
import { CLAIM_IDS } from '../../lib/types';
import type { MergedVendor } from '../../lib/vendors';

/** The dashboard table's pure logic: sorting, filtering, searching, paging and selection. */

export type Grade = Score['grade'];
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];
export const STATUSES: readonly ClaimStatus[] = ['ok', 'caution', 'risk', 'not_stated'];

export type SortKey = 'vendor' | 'grade' | 'pages' | 'last' | ClaimId;
export type SortDir = 'asc' | 'desc';
export interface SortState {
  key: SortKey;
  dir: SortDir;
}

export interface TableFilter {
  grade: Grade | '';
  /** With `status`: only that claim; '' = any of the twelve claims. */
  claim: ClaimId | '';
  status: ClaimStatus | '';
  text: string;
}

export const NO_FILTER: TableFilter = { grade: '', claim: '', status: '', text: '' };
export const PAGE_SIZE = 100;
export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;

/** Ascending = best first: a good answer, then caution, then risk, then nothing stated. */
const STATUS_RANK: Record<ClaimStatus, number> = { ok: 0, caution: 1, risk: 2, not_stated: 3 };

function isClaim(key: SortKey): key is ClaimId {
  return (CLAIM_IDS as readonly string[]).includes(key);
}

/** Lower case, accents removed: "Tidsbanken AS" finds "tidsbanken", "Säkerhet" finds "sakerhet". */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

// One collator for every comparison: localeCompare with options builds a new one per call (slow on 1,000 rows).
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function byText(a: string, b: string): number {
  return collator.compare(a, b);
}

function compareOn(key: SortKey, a: MergedVendor, b: MergedVendor): number {
  switch (key) {
    case 'vendor':
      return byText(a.name, b.name) || byText(a.id, b.id);
    case 'grade':
      return a.score.grade.localeCompare(b.score.grade) || b.score.points - a.score.points;
    case 'pages':
      return a.pageCount - b.pageCount;
    case 'last':
      return byText(a.lastAnalyzedAt, b.lastAnalyzedAt);
    default: {
      if (!isClaim(key)) return 0;
      const sa = a.score.perClaim[key].status;
      const sb = b.score.perClaim[key].status;
      return STATUS_RANK[sa] - STATUS_RANK[sb] || byText(a.claims[key].value, b.claims[key].value);
    }
  }
}

/** A sorted copy; ties are broken by vendor name, so the order is stable whatever the input order. */
export function sortVendors(vendors: readonly MergedVendor[], sort: SortState): MergedVendor[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...vendors].sort((a, b) => sign * compareOn(sort.key, a, b) || compareOn('vendor', a, b));
}

/** Clicking a column: the same column flips the direction, another starts ascending (newest first for dates). */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'last' || key === 'pages' ? 'desc' : 'asc' };
}

export function matchesText(v: MergedVendor, text: string): boolean {
  const words = foldText(text).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = foldText(`${v.id}\n${v.name}\n${v.notes}`);
  return words.every((w) => hay.includes(w));
}

export function matchesFilter(v: MergedVendor, f: TableFilter): boolean {
  if (f.grade && v.score.grade !== f.grade) return false;
  if (f.status) {
    const claims = f.claim ? [f.claim] : CLAIM_IDS;
    if (!claims.some((id) => v.score.perClaim[id].status === f.status)) return false;
  }
  return matchesText(v, f.text);
}

export function filterVendors(vendors: readonly MergedVendor[], f: TableFilter): MergedVendor[] {
  return vendors.filter((v) => matchesFilter(v, f));
}

export function isFiltered(f: TableFilter): boolean {
  return !!(f.grade || f.status || f.text.trim());
}

/** What the export buttons export: what the table shows, or every vendor. */
export type ExportScope = 'shown' | 'all';

/**
 * The vendors an export holds, in the table's sort order: with 'shown' those the filter and search
 * let through (every page of the table, not only the 100 rows on screen), with 'all' every vendor.
 * `sorted` is every vendor, already sorted as the table is.
 */
export function vendorsToExport(sorted: readonly MergedVendor[], filter: TableFilter, scope: ExportScope): MergedVendor[] {
  return scope === 'all' ? [...sorted] : filterVendors(sorted, filter);
}

/** The stored records of these vendors, in the same order (the JSON export holds records, not merged views). */
export function recordsToExport<R extends { id: string }>(records: readonly R[], vendors: readonly { id: string }[]): R[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return vendors.map((v) => byId.get(v.id)).filter((r): r is R => r !== undefined);
}

export interface Paged<T> {
  items: T[];
  /** 0-based page shown (clamped into range). */
  page: number;
  pages: number;
  /** 1-based position of the first and last item shown (0 when there is none). */
  from: number;
  to: number;
}

export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Paged<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const slice = items.slice(p * size, (p + 1) * size);
  return { items: slice, page: p, pages, from: slice.length ? p * size + 1 : 0, to: p * size + slice.length };
}

/** Adds or removes a vendor from the comparison; a fifth one is refused (`full`). */
export function toggleSelected(selected: readonly string[], id: string, max = MAX_COMPARE): { selected: string[]; full: boolean } {
  if (selected.includes(id)) return { selected: selected.filter((x) => x !== id), full: false };
  if (selected.length >= max) return { selected: [...selected], full: true };
  return { selected: [...selected, id], full: false };
}

export function canCompare(selected: readonly string[]): boolean {
  return selected.length >= MIN_COMPARE && selected.length <= MAX_COMPARE;
}

/** Languages whose spreadsheets use the comma as decimal mark, so Excel expects ';' between cells. */
const SEMICOLON_LANGS: readonly Lang[] = ['sv', 'no', 'da', 'de', 'fi'];

export function defaultDelimiter(lang: Lang): ',' | ';' {
  return SEMICOLON_LANGS.includes(lang) ? ';' : ',';
}

/** A page address as a link target: only http(s) (an imported file could hold `javascript:`). */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** YYYY-MM-DD of an ISO date ('' when there is none): unambiguous in every European locale. */
export function dayOf(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
}

export function exportFileName(kind: 'vendors' | 'vendor-claims' | 'json', now: Date): string {
  const day = now.toISOString().slice(0, 10);
  if (kind === 'json') return `vendor-privacy-scorecard-${day}.json`;
  return `${kind}-${day}.csv`;
}
