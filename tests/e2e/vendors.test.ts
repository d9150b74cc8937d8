import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { analyzePage } from '../../lib/analyze';
import { CLAIM_IDS, type PageText } from '../../lib/types';
import { mergeVendor, migrateRecord, normalisePageUrl, pageClaim, storedClaimsOf, type VendorRecord } from '../../lib/vendors';
import { VENDOR_CLAIM_COLUMNS, VENDOR_COLUMNS } from '../../lib/export/vendors-csv';
import { t } from '../../lib/i18n';
import { startSiteServer, type SiteServer } from '../fixtures/site/server';
import { ROOT, browserAvailable, launchWithExtension, openPopupFor, readTabInBrowser, SHOTS_DIR, tabIdOf, type Harness } from './browser';

/**
 * The vendor list end to end: analyse seed pages of three vendors in the popup (each filed under its
 * registrable domain), then the dashboard: compare, correct a claim, export CSV and JSON through real
 * downloads, and import the JSON into a fresh browser profile.
 *
 * Vendor = registrable domain, and the fixture server is on 127.0.0.1 only: Chromium maps the
 * `*.test` hostnames below to it (the e2e build has a host permission for http://*.test/*).
 */

const run = browserAvailable();

const BROWSER_ARGS = [
  '--host-resolver-rules=MAP *.test 127.0.0.1',
  // No automatic https:// upgrade of the test hostnames (the fixture server speaks http only).
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

const PAGES = [
  { seed: 'no-safespring-gdpr', host: 'www.safespring.test', vendor: 'safespring.test' },
  { seed: 'sv-safespring-datacenter-faq', host: 'docs.safespring.test', vendor: 'safespring.test' },
  { seed: 'sv-nomp-gdpr', host: 'www.nomp.test', vendor: 'nomp.test' },
  { seed: 'sv-deskhero-tom', host: 'deskhero.test', vendor: 'deskhero.test' },
] as const;
const VENDORS = ['deskhero.test', 'nomp.test', 'safespring.test'];
const FORMULA_START = /^[=+\-@\t\r]/;

declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

async function storedVendors(h: Harness): Promise<VendorRecord[]> {
  const all = await h.worker.evaluate(() => chrome.storage.local.get(null));
  return Object.entries(all)
    .filter(([k]) => k.startsWith('vendor:'))
    .map(([k, v]) => {
      // Kept packed (schema 2); read back as the extension reads it.
      const r = migrateRecord(v, k);
      if (!r.ok) throw new Error(r.error);
      expect(r.value.migrated, k).toBe(false);
      return r.value.record;
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function openDashboard(h: Harness): Promise<Page> {
  const page = await h.ctx.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
  return page;
}

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
declare const axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> };

/** Serious or critical axe-core violations on the page (evaluated over CDP: the extension CSP blocks inline scripts). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined'))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const { violations } = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

async function shot(page: Page, name: string) {
  if (SHOTS_DIR) await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}

describe.skipIf(!run)('vendor records, comparison and exports in Chromium', () => {
  let h: Harness;
  let server: SiteServer;
  let port: string;
  /** What the pipeline says in Node about each page as the browser read it. */
  const live = new Map<string, PageText>();
  let jsonPath = '';
  let jsonText = '';
  let exported: VendorRecord[] = [];
  const keep = mkdtempSync(join(tmpdir(), 'vps-vendors-export-'));

  const urlOf = (p: (typeof PAGES)[number]) => `http://${p.host}:${port}/${p.seed}.html`;

  beforeAll(async () => {
    server = await startSiteServer();
    port = new URL(server.origin).port;
    h = await launchWithExtension({ extraArgs: BROWSER_ARGS });
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
    rmSync(keep, { recursive: true, force: true });
  });

  it('files each analysed page under its vendor and says so in the popup', async () => {
    const counts = new Map<string, number>();
    for (const p of PAGES) {
      const tab = await h.ctx.newPage();
      await tab.goto(urlOf(p));
      const tabId = await tabIdOf(h, tab);
      const popup = await openPopupFor(h, tabId);
      const saved = popup.locator('.vendor-saved[data-state="saved"]');
      await saved.waitFor({ timeout: 30_000 });
      await popup.locator('.scorecard').waitFor();
      counts.set(p.vendor, (counts.get(p.vendor) ?? 0) + 1);
      expect(await saved.getAttribute('data-vendor')).toBe(p.vendor);
      expect(await popup.locator('.vendor-saved-count').getAttribute('data-count')).toBe(String(counts.get(p.vendor)));
      expect(await popup.locator('.vendor-saved-title').textContent()).toContain(p.vendor);
      if (p.seed === 'sv-safespring-datacenter-faq') await shot(popup, 'vendors-popup-saved');
      live.set(p.seed, await readTabInBrowser<PageText>(h, tabId));
      await popup.close();
      await tab.close();
    }
    const records = await storedVendors(h);
    expect(records.map((r) => r.id)).toEqual(VENDORS);
    expect(records.find((r) => r.id === 'safespring.test')!.pages.map((p) => p.url)).toEqual([
      normalisePageUrl(urlOf(PAGES[0])),
      normalisePageUrl(urlOf(PAGES[1])),
    ]);
    // What was stored is what the pipeline finds on the page (the same page text, analysed in Node).
    for (const p of PAGES) {
      const rec = records.find((r) => r.id === p.vendor)!;
      const page = rec.pages.find((x) => x.url === normalisePageUrl(urlOf(p)))!;
      const expected = analyzePage(live.get(p.seed)!);
      for (const id of CLAIM_IDS) {
        expect(pageClaim(page, id).value, `${p.seed} ${id}`).toBe(expected.claims[id].value);
        if (expected.claims[id].value !== 'unknown') {
          expect(pageClaim(page, id).quotes, `${p.seed} ${id}`).toEqual(storedClaimsOf(expected.claims)[id]!.quotes);
        }
      }
    }
  });

  it('says the page is unchanged when the same page is analysed again', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(urlOf(PAGES[2]));
    const popup = await openPopupFor(h, await tabIdOf(h, tab));
    await popup.locator('.vendor-saved[data-state="saved"]').waitFor({ timeout: 30_000 });
    expect(await popup.locator('.vendor-saved-unchanged').textContent()).toMatch(/same as at the last analysis/);
    expect(await popup.locator('.vendor-saved-count').getAttribute('data-count')).toBe('1');
    expect(await popup.locator('.vendor-saved-changes').count()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('shows every vendor in the dashboard with the merged claims and grade', async () => {
    const dash = await openDashboard(h);
    await dash.locator('table.vendor-table').waitFor();
    const rows = dash.locator('table.vendor-table tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-vendor')))).toEqual(VENDORS);
    for (const rec of await storedVendors(h)) {
      const m = mergeVendor(rec, 'standard');
      const row = dash.locator(`tr[data-vendor="${rec.id}"]`);
      expect(await row.locator('[data-grade]').getAttribute('data-grade'), rec.id).toBe(m.score.grade);
      for (const id of CLAIM_IDS) {
        expect(await row.locator(`td[data-claim="${id}"]`).getAttribute('data-value'), `${rec.id} ${id}`).toBe(m.claims[id].value);
      }
    }
    await shot(dash, 'vendors-dashboard');
    expect(await seriousViolations(dash)).toEqual([]);
    await dash.close();
  });

  it('compares two vendors side by side, with quotes and their pages', async () => {
    const dash = await openDashboard(h);
    await dash.getByRole('checkbox', { name: 'Compare safespring.test' }).check();
    await dash.getByRole('checkbox', { name: 'Compare nomp.test' }).check();
    await dash.getByRole('button', { name: /Compare selected \(2\)/ }).click();
    const table = dash.locator('table.compare-table');
    await table.waitFor();
    expect(await table.locator('thead th[data-vendor]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-vendor')))).toEqual([
      'safespring.test',
      'nomp.test',
    ]);
    const records = await storedVendors(h);
    for (const id of ['safespring.test', 'nomp.test']) {
      const m = mergeVendor(records.find((r) => r.id === id)!, 'standard');
      for (const claim of CLAIM_IDS) {
        const cell = table.locator(`tr[data-claim="${claim}"] td[data-vendor="${id}"]`);
        expect(await cell.getAttribute('data-value'), `${id} ${claim}`).toBe(m.claims[claim].value);
        const quotes = await cell.locator('.evidence .quote').allTextContents();
        expect(quotes, `${id} ${claim}`).toEqual(m.claims[claim].evidence.map((e) => `“${e.quote}”`));
        const links = await cell.locator('.evidence a.page-url').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]));
        expect(links, `${id} ${claim}`).toEqual(m.claims[claim].evidence.map((e) => [e.url, e.url, 'noreferrer']));
      }
    }
    await shot(dash, 'vendors-compare');
    expect(await seriousViolations(dash)).toEqual([]);
    await dash.close();
  });

  it('corrects a claim by hand; the dashboard marks it as set by you', async () => {
    const dash = await openDashboard(h);
    await dash.getByRole('button', { name: 'nomp.test', exact: true }).click();
    const item = dash.locator('li.detail-claim[data-claim="dpo_contact"]');
    await item.getByRole('button', { name: /^Correct/ }).click();
    await item.getByLabel('Value').selectOption('named');
    await item.getByLabel(/Why/).fill('DPO named in the signed DPA, = see contract');
    await item.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => item.getAttribute('data-set-by-user')).toBe('true');
    expect(await item.textContent()).toContain('set by you');
    const rec = (await storedVendors(h)).find((r) => r.id === 'nomp.test')!;
    expect(rec.overrides.dpo_contact).toMatchObject({ value: 'named', note: 'DPO named in the signed DPA, = see contract' });
    await shot(dash, 'vendors-detail');
    expect(await seriousViolations(dash)).toEqual([]);
    await dash.getByRole('button', { name: /All vendors/ }).click();
    expect(await dash.locator('tr[data-vendor="nomp.test"] td[data-claim="dpo_contact"] .marker-user').count()).toBe(1);
    await dash.close();
  });

  it('exports CSV through a real download: rows, columns, quotes intact, no formula cells', async () => {
    const dash = await openDashboard(h);
    await dash.locator('table.vendor-table').waitFor();
    const records = await storedVendors(h);

    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'CSV (one row per vendor)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^vendors-\d{4}-\d\d-\d\d\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // The UI language of this browser is English: comma by default.
    const rows = parse(text, { bom: true, delimiter: ',' }) as string[][];
    expect(rows[0]).toEqual(VENDOR_COLUMNS);
    expect(rows.slice(1).map((r) => r[0])).toEqual(VENDORS);
    const col = (name: string) => rows[0]!.indexOf(name);
    const nomp = rows.find((r) => r[0] === 'nomp.test')!;
    expect(nomp[col('dpo_contact')]).toBe('named');
    expect(nomp[col('dpo_contact_set_by_user')]).toBe('yes');
    const safe = rows.find((r) => r[0] === 'safespring.test')!;
    expect(safe[col('pages')]).toBe('2');
    expect(safe[col('source_urls')]!.split('\n')).toEqual(records.find((r) => r.id === 'safespring.test')!.pages.map((p) => p.url));
    for (const r of rows) for (const cell of r) expect(cell, cell).not.toMatch(FORMULA_START);

    await dash.getByLabel('CSV delimiter').selectOption(';');
    const [download2] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'CSV (vendor × claim)' }).click()]);
    const text2 = readFileSync((await download2.path())!, 'utf8');
    const rows2 = parse(text2, { bom: true, delimiter: ';' }) as string[][];
    expect(rows2[0]).toEqual(VENDOR_CLAIM_COLUMNS);
    expect(rows2).toHaveLength(1 + VENDORS.length * CLAIM_IDS.length);
    const c2 = (name: string) => rows2[0]!.indexOf(name);
    for (const rec of records) {
      const m = mergeVendor(rec, 'standard');
      for (const id of CLAIM_IDS) {
        const row = rows2.find((r) => r[0] === rec.id && r[2] === id)!;
        expect(row[c2('value')], `${rec.id} ${id}`).toBe(m.claims[id].value);
        const quotes = m.claims[id].evidence.filter((e) => e.url === m.claims[id].sourceUrl).map((e) => e.quote);
        // Quotes survive the round trip exactly (double quotes, semicolons, line breaks and all).
        expect(row[c2('quote')], `${rec.id} ${id}`).toBe(quotes.map((q) => (FORMULA_START.test(q) ? `'${q}` : q)).join('\n'));
      }
    }
    const note = rows2.find((r) => r[0] === 'nomp.test' && r[2] === 'dpo_contact')!;
    expect(note[c2('set_by_user')]).toBe('yes');
    expect(note[c2('user_note')]).toBe('DPO named in the signed DPA, = see contract');
    // A quote with double quotes in it is escaped by doubling them in the file.
    for (const q of records.flatMap((r) => r.pages.flatMap((p) => Object.values(p.claims).flatMap((c) => c?.quotes ?? [])))) {
      if (q.includes('"') && rows2.some((r) => r[c2('quote')]!.includes(q))) expect(text2).toContain(q.replace(/"/g, '""'));
    }
    for (const r of rows2) for (const cell of r) expect(cell, cell).not.toMatch(FORMULA_START);

    const [download3] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'JSON (everything)' }).click()]);
    expect(download3.suggestedFilename()).toMatch(/\.json$/);
    // Downloads are deleted with the browser context: keep the file for the fresh profile.
    jsonPath = join(keep, download3.suggestedFilename());
    await download3.saveAs(jsonPath);
    jsonText = readFileSync(jsonPath, 'utf8');
    exported = records;
    expect(JSON.parse(jsonText).vendors).toEqual(records);
    await dash.close();
  });

  it('exports what the table shows (search and sort) while it is searched, and all vendors on request', async () => {
    const dash = await openDashboard(h);
    await dash.locator('table.vendor-table').waitFor();
    const csvButton = dash.getByRole('button', { name: 'CSV (one row per vendor)' });
    expect(await csvButton.getAttribute('title')).toBe(t('dashboard.exportAll', { count: VENDORS.length }));
    await dash.getByRole('searchbox', { name: /Search/ }).fill('p'); // nomp.test, safespring.test
    await dash.getByRole('button', { name: 'Vendor', exact: true }).click(); // sorted by vendor already: now descending
    await dash.waitForFunction(() => document.querySelectorAll('table.vendor-table tbody tr[data-vendor]').length === 2);
    const shown = await dash.locator('table.vendor-table tbody tr[data-vendor]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-vendor')));
    expect(shown).toEqual(['safespring.test', 'nomp.test']);
    expect(await csvButton.getAttribute('title')).toBe(t('dashboard.exportShown', { count: 2 }));
    const csvRows = async () => {
      const [download] = await Promise.all([dash.waitForEvent('download'), csvButton.click()]);
      return (parse(readFileSync((await download.path())!, 'utf8'), { bom: true }) as string[][]).slice(1).map((r) => r[0]);
    };
    expect(await csvRows()).toEqual(shown);
    const [json] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'JSON (everything)' }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8')).vendors.map((v: VendorRecord) => v.id)).toEqual(shown);
    // The way to export everything: in the table's order, whatever the search.
    await dash.getByRole('combobox', { name: 'Export' }).selectOption('all');
    expect(await csvButton.getAttribute('title')).toBe(t('dashboard.exportAll', { count: VENDORS.length }));
    expect(await csvRows()).toEqual([...VENDORS].reverse());
    await dash.close();
  });

  it('imports the JSON into a fresh browser profile: every vendor, page and correction', async () => {
    expect(jsonText).not.toBe('');
    await h.close();
    h = await launchWithExtension({ extraArgs: BROWSER_ARGS });
    expect(await storedVendors(h)).toEqual([]);
    const dash = await openDashboard(h);
    await dash.getByText(/No vendors yet/).waitFor();

    // A file that is not an export is refused and changes nothing.
    await dash.getByLabel('Import JSON').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"vendors": []}') });
    await expect.poll(() => dash.locator('.notice-error').textContent()).toMatch(/^Import rejected: .*Nothing was imported/);
    expect(await storedVendors(h)).toEqual([]);

    await dash.getByLabel('Import JSON').setInputFiles(jsonPath);
    await expect.poll(() => dash.locator('.notice-ok').textContent()).toBe('Imported: 3 new, 0 updated, 0 unchanged.');
    expect(await dash.locator('table.vendor-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-vendor')))).toEqual(VENDORS);
    const imported = await storedVendors(h);
    expect(imported).toEqual(exported);
    expect(imported.flatMap((r) => r.pages.map((p) => p.url))).toHaveLength(PAGES.length);
    expect(imported.find((r) => r.id === 'nomp.test')!.overrides.dpo_contact?.value).toBe('named');
    expect(await dash.locator('tr[data-vendor="nomp.test"] td[data-claim="dpo_contact"] .marker-user').count()).toBe(1);
    await shot(dash, 'vendors-imported');
    await dash.close();
  });
});
