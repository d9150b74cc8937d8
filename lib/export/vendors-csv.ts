import type { ScoreProfile } from '../score';
import { CLAIM_IDS } from '../types';
import { mergeVendor } from '../vendors/merge';
import type { MergedVendor, VendorRecord } from '../vendors/types';
import { toCsv, type CsvOptions } from './csv';

/** Several values in one cell: one per line (spreadsheets show them wrapped). */
const IN_CELL = '\n';
const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

export function mergeAll(records: readonly VendorRecord[], profile?: ScoreProfile | string): MergedVendor[] {
  return records.map((r) => mergeVendor(r, profile));
}

export const VENDOR_COLUMNS = [
  'vendor', 'name', 'grade', 'points', 'answered', 'profile', 'first_analyzed', 'last_analyzed',
  'pages', 'source_urls', 'contradictions', 'notes',
  ...CLAIM_IDS.flatMap((id) => [id, `${id}_status`, `${id}_set_by_user`]),
];

/** One row per vendor: grade, dates, source pages, and each claim's merged value (a user's value marked). */
export function mergedVendorsToCsv(vendors: readonly MergedVendor[], opts?: CsvOptions): string {
  const rows = vendors.map((v) => [
    v.id,
    v.name,
    v.score.grade,
    v.score.points,
    v.score.answered,
    v.score.profile,
    v.firstAnalyzedAt,
    v.lastAnalyzedAt,
    v.pageCount,
    v.sourceUrls.join(IN_CELL),
    v.contradictions.join('; '),
    v.notes,
    ...CLAIM_IDS.flatMap((id) => [v.claims[id].value, v.score.perClaim[id].status, yesNo(v.claims[id].setByUser)]),
  ]);
  return toCsv(VENDOR_COLUMNS, rows, opts);
}

export function vendorsToCsv(records: readonly VendorRecord[], profile?: ScoreProfile | string, opts?: CsvOptions): string {
  return mergedVendorsToCsv(mergeAll(records, profile), opts);
}

export const VENDOR_CLAIM_COLUMNS = [
  'vendor', 'name', 'claim', 'value', 'status', 'details', 'quote', 'page_url', 'also_stated_on',
  'set_by_user', 'user_note', 'extracted_value', 'conflicts',
];

/**
 * One row per vendor × claim, with the evidence: the quotes of the page the value comes from, that
 * page, the other pages saying the same, a user's value and note, and the pages that contradict it.
 */
export function mergedVendorClaimsToCsv(vendors: readonly MergedVendor[], opts?: CsvOptions): string {
  const rows: unknown[][] = [];
  for (const v of vendors) {
    for (const id of CLAIM_IDS) {
      const c = v.claims[id];
      const quotes = c.evidence.filter((e) => e.url === c.sourceUrl).map((e) => e.quote);
      const others = [...new Set(c.statements.filter((s) => s.value === c.extractedValue && s.url !== c.sourceUrl).map((s) => s.url))];
      rows.push([
        v.id,
        v.name,
        id,
        c.value,
        v.score.perClaim[id].status,
        c.details.join('; '),
        quotes.join(IN_CELL),
        c.sourceUrl,
        others.join(IN_CELL),
        yesNo(c.setByUser),
        c.override?.note ?? '',
        c.extractedValue,
        c.conflicts.map((s) => `${s.value} (${s.url}): ${s.quotes.join(' … ')}`).join(IN_CELL),
      ]);
    }
  }
  return toCsv(VENDOR_CLAIM_COLUMNS, rows, opts);
}

export function vendorClaimsToCsv(records: readonly VendorRecord[], profile?: ScoreProfile | string, opts?: CsvOptions): string {
  return mergedVendorClaimsToCsv(mergeAll(records, profile), opts);
}
