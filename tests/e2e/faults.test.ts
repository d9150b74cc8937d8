import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzePage, joinBlocks } from '../../lib/analyze';
import { readHtml } from '../../lib/extract/html';
import { addAnalysis, migrateRecord, STORED_SCHEMA_VERSION, vendorKey } from '../../lib/vendors';
import { startSiteServer, type SiteServer } from '../fixtures/site/server';
import { startPagesServer, type PagesServer } from '../fixtures/hostile/server';
import { syntheticHtml } from '../fixtures/hostile/big-page';
import { browserAvailable, EXTENSION_DIR, launchWithExtension, openPopupFor, tabIdOf, type Harness } from './browser';

/**
 * Faults in the real browser: storage full, a corrupted stored vendor, the popup closed in the middle
 * of analysing a 5 MB page. Each leaves a clear message and nothing half-written.
 */
const run = browserAvailable();
declare const chrome: {
  storage: {
    local: {
      QUOTA_BYTES: number;
      get(keys?: string[] | null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      clear(): Promise<void>;
      getBytesInUse(keys?: null): Promise<number>;
    };
  };
};

const PAGE_VENDOR = '127.0.0.1'; // the vendor id of pages on the fixture server

describe.skipIf(!run)('faults in Chromium', () => {
  let h: Harness;
  let site: SiteServer;
  let big: PagesServer;

  const storage = () => h.worker.evaluate(() => chrome.storage.local.get(null));
  const put = (items: Record<string, unknown>) => h.worker.evaluate((i) => chrome.storage.local.set(i), items);

  /** Opens the popup on a page and waits for the scorecard and the outcome of saving it. */
  async function analyse(url: string, timeout = 30_000) {
    const page = await h.ctx.newPage();
    await page.goto(url, { timeout: 120_000 });
    const popup = await openPopupFor(h, await tabIdOf(h, page));
    await popup.waitForSelector('.scorecard', { timeout });
    await expect.poll(() => popup.getAttribute('.vendor-saved', 'data-state'), { timeout }).not.toBe('saving');
    return { page, popup, state: await popup.getAttribute('.vendor-saved', 'data-state') };
  }

  beforeAll(async () => {
    site = await startSiteServer();
    big = await startPagesServer({ '/big-5mb.html': () => syntheticHtml(5_000_000) });
    h = await launchWithExtension();
  });
  beforeEach(async () => {
    await h.worker.evaluate(() => chrome.storage.local.clear());
  });
  afterAll(async () => {
    await h?.close();
    await site?.close();
    await big?.close();
  });

  it('storage full: the scorecard is shown, the save fails with a clear message, nothing is half-written', async () => {
    const quota = await h.worker.evaluate(() => chrome.storage.local.QUOTA_BYTES);
    expect(quota).toBeGreaterThan(1_000_000); // no unlimitedStorage
    // Fill storage to 256 B under its quota: no vendor record fits (one page alone, packed, is more).
    const filler = 'x'.repeat(quota - 256 - '"filler"'.length);
    await put({ filler });
    const used = await h.worker.evaluate(() => chrome.storage.local.getBytesInUse(null));
    expect(quota - used).toBeLessThan(1_024);

    const { page, popup, state } = await analyse(site.origin + site.pages[0]!.path);
    expect(state).toBe('failed');
    expect(await popup.locator('.vendor-saved [role="alert"]').count()).toBe(1);
    expect(await popup.textContent('.vendor-saved-error')).toMatch(/full/i);
    expect(await popup.locator('[data-claim]').count()).toBeGreaterThanOrEqual(12);
    const after = await storage();
    expect(Object.keys(after).sort()).toEqual(['filler']);
    expect((after.filler as string).length).toBe(filler.length);
    await popup.close();

    // With room again, the same page is filed.
    await h.worker.evaluate(() => chrome.storage.local.clear());
    const again = await openPopupFor(h, await tabIdOf(h, page));
    await expect.poll(() => again.getAttribute('.vendor-saved', 'data-state'), { timeout: 30_000 }).toBe('saved');
    expect(readsAsStored((await storage())[vendorKey(PAGE_VENDOR)])).toBe(true);
    await again.close();
    await page.close();
  });

  it('a corrupted record of the page’s own vendor: reported in the popup, left as it was, others intact', async () => {
    const good = goodRecord();
    const corrupted = { id: PAGE_VENDOR, schemaVersion: 'banana', pages: 'not a list' };
    await put({ [vendorKey(PAGE_VENDOR)]: corrupted, [vendorKey(good.id)]: good, 'vendor:broken.example': '{"truncated": ' });
    const { page, popup, state } = await analyse(site.origin + site.pages[1]!.path);
    expect(state).toBe('failed');
    expect(await popup.textContent('.vendor-saved-error')).toContain(PAGE_VENDOR);
    const after = await storage();
    expect(after[vendorKey(PAGE_VENDOR)]).toEqual(corrupted);
    expect(after[vendorKey(good.id)]).toEqual(good);
    expect(after['vendor:broken.example']).toBe('{"truncated": ');
    await popup.close();
    await page.close();
  });

  it('a corrupted record of another vendor does not stop this page being filed', async () => {
    await put({ 'vendor:broken.example': { id: 'broken.example', pages: [{ url: 42 }] } });
    const { page, popup, state } = await analyse(site.origin + site.pages[2]!.path);
    expect(state).toBe('saved');
    const after = await storage();
    expect(readsAsStored(after[vendorKey(PAGE_VENDOR)])).toBe(true);
    expect(after['vendor:broken.example']).toEqual({ id: 'broken.example', pages: [{ url: 42 }] });
    await popup.close();
    await page.close();
  });

  const dashboardBuilt = existsSync(join(EXTENSION_DIR, 'dashboard.html'));
  it.skipIf(!dashboardBuilt)('dashboard: a corrupted record is listed as a problem and skipped; the others are shown', async () => {
    const good = goodRecord();
    await put({ [vendorKey(good.id)]: good, 'vendor:broken.example': { schemaVersion: 1, id: 7 } });
    const dash = await h.ctx.newPage();
    const errors: string[] = [];
    dash.on('pageerror', (e) => errors.push(e.message));
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await dash.waitForSelector(`[data-vendor="${good.id}"]`, { timeout: 30_000 });
    expect(await dash.locator('.problems li[data-key="vendor:broken.example"]').count()).toBe(1);
    expect(await dash.locator('[data-vendor="broken.example"]').count()).toBe(0);
    expect((await storage())['vendor:broken.example']).toEqual({ schemaVersion: 1, id: 7 });
    expect(errors).toEqual([]);
    await dash.close();
  });

  it('the popup closed while a 5 MB page is analysed: nothing half-written, and it works when opened again', async () => {
    const page = await h.ctx.newPage();
    await page.goto(`${big.origin}/big-5mb.html`, { timeout: 120_000 });
    const tabId = await tabIdOf(h, page);
    const popup = await openPopupFor(h, tabId);
    await popup.waitForSelector('[data-state="loading"]', { timeout: 30_000 });
    await popup.waitForTimeout(300); // reading or analysing
    await popup.close();
    // Whatever got stored is a whole, valid record (a save is one storage.set), or nothing.
    const stored = (await storage())[vendorKey(PAGE_VENDOR)];
    if (stored !== undefined) expect(readsAsStored(stored)).toBe(true);

    const again = await openPopupFor(h, tabId);
    await again.waitForSelector('.scorecard', { timeout: 120_000 });
    await expect.poll(() => again.getAttribute('.vendor-saved', 'data-state'), { timeout: 60_000 }).toBe('saved');
    expect(readsAsStored((await storage())[vendorKey(PAGE_VENDOR)])).toBe(true);
    // The content script left in the page still answers: a quote can be shown.
    const show = again.locator('.show-in-page').first();
    if (await show.count()) {
      await show.click();
      await expect.poll(() => again.locator('.show-feedback').first().getAttribute('data-outcome'), { timeout: 30_000 }).toMatch(/^shown/);
    }
    await again.close();
    await page.close();
  }, 300_000);
});

/** A valid vendor record for another vendor, made by the library in Node. */
/** A whole record in the packed storage form that reads back without a problem. */
function readsAsStored(raw: unknown): boolean {
  const r = migrateRecord(raw);
  return r.ok && !r.value.migrated && (raw as { schemaVersion?: unknown }).schemaVersion === STORED_SCHEMA_VERSION;
}

function goodRecord() {
  const url = 'https://good.example/privacy';
  const page = readHtml('<html lang="en"><body><main><p>All customer data is stored in data centres in Sweden.</p></main></body></html>', url);
  return addAnalysis(undefined, analyzePage(page), joinBlocks(page).text, { kind: 'html' });
}
