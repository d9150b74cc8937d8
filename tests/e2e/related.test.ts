import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { startRelatedSiteServer, type FixtureServer } from '../fixtures/related-site/server';
import { browserAvailable, launchWithExtension, openPopupFor, SHOTS_DIR, tabIdOf, type Harness } from './browser';

const run = browserAvailable();

/**
 * A vendor's GDPR page linking to four related pages (sub-processors, security, a PDF DPA and a
 * page that is gone): the popup lists them and "Analyse all" fetches and analyses each. The e2e
 * build already holds the 127.0.0.1 host permission, so the permission request resolves at once.
 */
describe.skipIf(!run)('related pages, in Chromium', () => {
  let h: Harness;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startRelatedSiteServer();
    h = await launchWithExtension();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('lists the four related pages and analyses them with progress, three results and one clear 404', async () => {
    const page = await h.ctx.newPage();
    await page.goto(`${server.origin}/personvern.html`);
    const popup = await openPopupFor(h, await tabIdOf(h, page));
    await popup.waitForSelector('.scorecard', { timeout: 30_000 });
    await popup.waitForSelector('.related');

    const items = popup.locator('.related-item');
    expect(await items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-category'), new URL(e.getAttribute('data-url')!).pathname]))).toEqual([
      ['dpa', '/databehandleravtale.pdf'],
      ['subprocessors', '/underleverandorer.html'],
      ['tom', '/tekniske-og-organisatoriske-tiltak.html'],
      ['security', '/sikkerhet.html'],
    ]);

    // Progress is visible while it runs: remember every "n of 4" the status line shows.
    await popup.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.related-progress-text')?.textContent;
        if (text && !seen.includes(text)) seen.push(text);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await popup.click('.related-analyse');
    await popup.waitForSelector('.related-progress[data-phase="finished"]', { timeout: 30_000 });
    const seen = await popup.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen).toContain(t('related.progress', { done: 1, total: 4 }));
    expect(seen.at(-1)).toBe(t('related.finished', { ok: 3, total: 4 }));

    const states = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    expect(states).toEqual(['done', 'done', 'failed', 'done']);
    for (const i of [0, 1, 3]) expect(await items.nth(i).locator('.related-grade').getAttribute('data-grade')).toMatch(/^[A-E]$/);
    const error = items.nth(2).locator('.related-error');
    expect(await error.getAttribute('data-problem')).toBe('http');
    expect(await error.textContent()).toContain(t('related.error.notFound', { status: 404 }));
    // Each analysed page was filed under the vendor.
    expect(await popup.locator('.related-saved').count()).toBe(3);
    if (SHOTS_DIR) await popup.screenshot({ path: join(SHOTS_DIR, 'related-popup.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});

/** chrome.storage.local inside the service worker (no @types/chrome here). */
declare const chrome: { storage: { local: { get(keys: string[] | null): Promise<Record<string, unknown>> } } };

type StoredJob = { phase: string; rows: { url: string; state: string; problem?: { code: string; status?: number }; saved?: { status: string } }[] };
type StoredVendor = { pages: { url: string; kind?: string; claims: Record<string, unknown> }[] };

describe.skipIf(!run)('"Analyse all" in the background, in Chromium', () => {
  let h: Harness;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startRelatedSiteServer();
    h = await launchWithExtension(); // a fresh profile: nothing of the other test is stored here
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('goes on after the popup is closed right away: every page analysed and filed, the 404 reported; the popup opened again shows the result', async () => {
    const page = await h.ctx.newPage();
    await page.goto(`${server.origin}/personvern.html`);
    const tabId = await tabIdOf(h, page);
    const popup = await openPopupFor(h, tabId);
    await popup.waitForSelector('.related-analyse', { timeout: 30_000 });
    await popup.click('.related-analyse');
    await popup.close();

    // The job lives in the service worker now: wait there until it is finished.
    const key = 'related-job:127.0.0.1';
    let job: StoredJob | undefined;
    for (let i = 0; i < 120 && job?.phase !== 'finished'; i++) {
      job = (await h.worker.evaluate(async (k) => (await chrome.storage.local.get([k]))[k], key)) as StoredJob | undefined;
      if (job?.phase !== 'finished') await new Promise((r) => setTimeout(r, 250));
    }
    expect(job?.phase).toBe('finished');
    const path = (u: string) => new URL(u).pathname;
    expect(job!.rows.map((r) => [path(r.url), r.state])).toEqual([
      ['/databehandleravtale.pdf', 'done'],
      ['/underleverandorer.html', 'done'],
      ['/tekniske-og-organisatoriske-tiltak.html', 'failed'],
      ['/sikkerhet.html', 'done'],
    ]);
    expect(job!.rows[2]!.problem).toEqual({ code: 'http', status: 404 });
    expect(job!.rows.filter((r) => r.state === 'done').map((r) => r.saved?.status)).toEqual(['saved', 'saved', 'saved']);

    // Filed under the vendor: the three pages that were read (the popup's own page too, saved when it opened).
    const stored = (await h.worker.evaluate(async () => (await chrome.storage.local.get(['vendor:127.0.0.1']))['vendor:127.0.0.1'])) as StoredVendor;
    const pages = new Map(stored.pages.map((p) => [path(p.url), p]));
    for (const p of ['/databehandleravtale.pdf', '/underleverandorer.html', '/sikkerhet.html']) {
      expect(pages.has(p), p).toBe(true);
      expect(Object.keys(pages.get(p)!.claims).length, p).toBeGreaterThan(0);
    }
    expect(pages.get('/databehandleravtale.pdf')!.kind).toBe('pdf');
    expect(pages.has('/tekniske-og-organisatoriske-tiltak.html')).toBe(false);

    // The dashboard lists the vendor with those pages.
    const dash = await h.ctx.newPage();
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    expect(Number(await dash.locator('tr[data-vendor="127.0.0.1"] .col-pages').textContent())).toBe(stored.pages.length);
    await dash.close();

    // Opened again on the same page: the job's result, row by row, and no request made again.
    const again = await openPopupFor(h, tabId);
    await again.waitForSelector('.related-progress[data-phase="finished"]', { timeout: 30_000 });
    expect(await again.locator('.related-progress-text').textContent()).toBe(t('related.finished', { ok: 3, total: 4 }));
    expect(await again.locator('.related-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(['done', 'done', 'failed', 'done']);
    expect(await again.locator('.related-item').nth(2).locator('.related-error').textContent()).toContain(t('related.error.notFound', { status: 404 }));
    await again.close();
    await page.close();
  });
});
