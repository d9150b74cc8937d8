import { joinBlocks } from '../../lib/analyze';
import type { Analysis, PageText } from '../../lib/types';
import { normalisePageUrl, VendorStore, vendorIdOf, type ClaimChange } from '../../lib/vendors';
import { bytesInUse, storageNearlyFull, type VendorStorage } from '../../components/storage-usage';

export type SaveOutcome =
  | {
      status: 'saved';
      vendorId: string;
      vendorName: string;
      pageCount: number;
      /** When this page was analysed before (undefined the first time). */
      previousAnalyzedAt?: string;
      /** Claims that changed since that analysis; empty when the page text or its claims did not change. */
      changes: ClaimChange[];
      /** Whether the page text changed since that analysis. */
      textChanged: boolean;
      /** Set when storage is nearly full. */
      storageBytes?: number;
    }
  | { status: 'skipped' }
  | { status: 'failed'; message: string };

function isWebPage(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * Files the analysed page under its vendor in storage.local. Never throws: a failed save (storage
 * full, unreadable record) is returned as a message, and the scorecard is shown regardless.
 */
export async function saveAnalysis(analysis: Analysis, page: PageText, storage: VendorStorage, opts: { now?: () => Date } = {}): Promise<SaveOutcome> {
  if (!isWebPage(analysis.source) || !vendorIdOf(analysis)) return { status: 'skipped' };
  try {
    const store = new VendorStore(storage, opts);
    const id = vendorIdOf(analysis);
    const url = normalisePageUrl(analysis.source);
    const before = (await store.get(id))?.pages.find((p) => p.url === url);
    const record = await store.addAnalysis(analysis, joinBlocks(page).text, { kind: page.kind });
    const saved = record.pages.find((p) => p.url === url);
    const changedNow = !!saved?.lastChange && saved.lastChange.detectedAt === analysis.analyzedAt && saved.lastChange.previousHash === before?.textHash;
    const out: SaveOutcome = {
      status: 'saved',
      vendorId: record.id,
      vendorName: record.name,
      pageCount: record.pages.length,
      changes: changedNow ? saved!.lastChange!.claims : [],
      textChanged: changedNow,
    };
    if (before) out.previousAnalyzedAt = before.analyzedAt;
    const bytes = await bytesInUse(storage);
    if (storageNearlyFull(bytes)) out.storageBytes = bytes;
    return out;
  } catch (e) {
    return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
