import { describe, expect, it } from 'vitest';
import { saveAnalysis } from '../../../entrypoints/popup/save-analysis';
import { MemoryStorage, VendorStore } from '../../../lib/vendors';
import { STORAGE_QUOTA_BYTES, type VendorStorage } from '../../../components/storage-usage';
import type { PageText } from '../../../lib/types';
import { makeAnalysis } from './fixtures';

function pageOf(url: string, text: string): PageText {
  return { url, title: 'Privacy', declaredLang: 'en', kind: 'html', blocks: [{ text, kind: 'paragraph' }] };
}

describe('saving an analysed page from the popup', () => {
  it('files the page under its vendor and counts the vendor’s pages', async () => {
    const storage = new MemoryStorage();
    const a = makeAnalysis('https://www.safespring.com/gdpr', { data_location: 'eu_eea' });
    const first = await saveAnalysis(a, pageOf(a.source, 'one'), storage);
    expect(first).toMatchObject({ status: 'saved', vendorId: 'safespring.com', pageCount: 1, changes: [], textChanged: false });
    expect(first.status === 'saved' ? first.previousAnalyzedAt : 'failed').toBeUndefined();
    const b = makeAnalysis('https://docs.safespring.com/faq', { dpa_offered: 'on_request' });
    const second = await saveAnalysis(b, pageOf(b.source, 'two'), storage);
    expect(second).toMatchObject({ status: 'saved', vendorId: 'safespring.com', pageCount: 2 });
    const rec = await new VendorStore(storage).get('safespring.com');
    expect(rec?.pages.map((p) => p.url)).toEqual(['https://www.safespring.com/gdpr', 'https://docs.safespring.com/faq']);
    expect(rec?.pages[0]?.kind).toBe('html');
  });

  it('reports which claims changed since the last analysis of the same page', async () => {
    const storage = new MemoryStorage();
    const url = 'https://nomp.se/gdpr';
    const before = makeAnalysis(url, { data_location: { value: 'eu_eea', details: ['Sweden'] }, dpa_offered: 'yes' }, '2025-01-01T00:00:00.000Z');
    await saveAnalysis(before, pageOf(url, 'old text'), storage);
    const same = makeAnalysis(url, { data_location: { value: 'eu_eea', details: ['Sweden'] }, dpa_offered: 'yes' }, '2025-02-01T00:00:00.000Z');
    const unchanged = await saveAnalysis(same, pageOf(url, 'old text'), storage);
    expect(unchanged).toMatchObject({ status: 'saved', pageCount: 1, textChanged: false, changes: [], previousAnalyzedAt: '2025-01-01T00:00:00.000Z' });
    const after = makeAnalysis(url, { data_location: { value: 'mixed', details: ['Sweden', 'USA'] }, dpa_offered: 'yes' }, '2025-03-01T00:00:00.000Z');
    const changed = await saveAnalysis(after, pageOf(url, 'new text'), storage);
    expect(changed).toMatchObject({ status: 'saved', textChanged: true, previousAnalyzedAt: '2025-02-01T00:00:00.000Z' });
    expect(changed.status === 'saved' && changed.changes).toEqual([
      { claim: 'data_location', from: 'eu_eea', to: 'mixed', detailsAdded: ['USA'], detailsRemoved: [] },
    ]);
    // Analysed again with the same (new) text: the earlier change is not reported as new.
    const again = makeAnalysis(url, { data_location: { value: 'mixed', details: ['Sweden', 'USA'] }, dpa_offered: 'yes' }, '2025-04-01T00:00:00.000Z');
    expect(await saveAnalysis(again, pageOf(url, 'new text'), storage)).toMatchObject({ textChanged: false, changes: [] });
  });

  it('skips pages without a web address', async () => {
    const storage = new MemoryStorage();
    for (const url of ['file:///home/me/dpa.pdf', 'chrome://settings', '']) {
      const a = makeAnalysis(url, { dpa_offered: 'yes' });
      expect(await saveAnalysis(a, pageOf(url, 'x'), storage)).toEqual({ status: 'skipped' });
    }
    expect(storage.bytesInUse()).toBe(0);
  });

  it('returns the store’s clear message when storage is full, and keeps what was there', async () => {
    const storage = new MemoryStorage({ quotaBytes: 3000 });
    const a = makeAnalysis('https://deskhero.se/tom', { dpa_offered: 'yes' });
    expect((await saveAnalysis(a, pageOf(a.source, 'x'), storage)).status).toBe('saved');
    const places = Array.from({ length: 30 }, (_, i) => `Data centre ${i} `.repeat(8));
    const big = makeAnalysis('https://deskhero.se/security', { data_location: { value: 'eu_eea', details: places } });
    const out = await saveAnalysis(big, pageOf(big.source, 'y'), storage);
    expect(out.status).toBe('failed');
    expect(out.status === 'failed' && out.message).toMatch(/storage is full.*Export to JSON/s);
    expect((await new VendorStore(storage).get('deskhero.se'))?.pages).toHaveLength(1);
  });

  it('returns a message (never throws) when the stored record is unreadable', async () => {
    const storage = new MemoryStorage();
    storage.putRaw('vendor:nomp.se', { id: 'nomp.se', pages: 7 });
    const a = makeAnalysis('https://nomp.se/gdpr', { dpa_offered: 'yes' });
    const out = await saveAnalysis(a, pageOf(a.source, 'x'), storage);
    expect(out.status).toBe('failed');
    expect(out.status === 'failed' && out.message).toContain('nomp.se');
  });

  it('warns when storage is above 80% of 10 MB, when the browser can tell', async () => {
    const a = makeAnalysis('https://nomp.se/gdpr', { dpa_offered: 'yes' });
    const withBytes = (n: number): VendorStorage => Object.assign(new MemoryStorage(), { getBytesInUse: async () => n });
    const high = await saveAnalysis(a, pageOf(a.source, 'x'), withBytes(Math.round(STORAGE_QUOTA_BYTES * 0.85)));
    expect(high.status === 'saved' && high.storageBytes).toBe(Math.round(STORAGE_QUOTA_BYTES * 0.85));
    const low = await saveAnalysis(a, pageOf(a.source, 'x'), withBytes(STORAGE_QUOTA_BYTES * 0.5));
    expect(low.status === 'saved' && low.storageBytes).toBeUndefined();
    const failing = Object.assign(new MemoryStorage(), { getBytesInUse: async () => Promise.reject(new Error('no')) });
    expect(await saveAnalysis(a, pageOf(a.source, 'x'), failing)).toMatchObject({ status: 'saved' });
  });
});
