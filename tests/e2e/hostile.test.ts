import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzePage, joinBlocks } from '../../lib/analyze';
import { readHtml } from '../../lib/extract/html';
import { addAnalysis, vendorKey } from '../../lib/vendors';
import { HOSTILE_TITLE, PAYLOADS, hostilePage, megaSentencePage } from '../fixtures/hostile/pages';
import { startPagesServer, type PagesServer } from '../fixtures/hostile/server';
import { browserAvailable, EXTENSION_DIR, launchWithExtension, openPopupFor, tabIdOf, type Harness } from './browser';

/**
 * Pages whose text is markup and script: the popup (and the dashboard, when built) show it as text,
 * and nothing from it runs in an extension page or, through "Show in page", in the page itself.
 */
const run = browserAvailable();
declare const chrome: { storage: { local: { set(items: object): Promise<void>; clear(): Promise<void> } } };

/** Listens for alert/confirm/prompt on a page and answers them (a hanging dialog would block it). */
function recordDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(d.message());
    void d.dismiss().catch(() => undefined);
  });
  return seen;
}

/** Elements in a document that could run code from text: they must never be created from page text. */
async function liveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[onerror], [onload], [srcdoc], a[href^="javascript:" i], iframe, object, embed, script:not([src])')).map(
      (e) => e.outerHTML.slice(0, 120),
    ),
  );
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

describe.skipIf(!run)('hostile pages in Chromium', () => {
  let h: Harness;
  let server: PagesServer;

  beforeAll(async () => {
    server = await startPagesServer({ '/hostile.html': hostilePage, '/mega.html': () => megaSentencePage(1_000_000) });
    h = await launchWithExtension();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('the payloads do run when a page renders them as HTML (so the checks below can fail)', async () => {
    const page = await h.ctx.newPage();
    const dialogs = recordDialogs(page);
    await page.goto(`${server.origin}/hostile.html`);
    expect(await page.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan)).toBe(true);
    await page.evaluate((p) => {
      const d = document.createElement('div');
      d.innerHTML = p; // the sink the extension must never use
      document.body.append(d);
    }, PAYLOADS[1]);
    await expect.poll(() => pwned(page)).toBe('img');
    expect(dialogs).toEqual(['img']);
    await page.close();
  });

  it('popup: page text that is markup is shown as text, nothing runs, and "Show in page" runs nothing in the page', async () => {
    const page = await h.ctx.newPage();
    const pageDialogs = recordDialogs(page);
    await page.goto(`${server.origin}/hostile.html`);
    const expected = analyzePage(readHtml(hostilePage(), `${server.origin}/hostile.html`));
    const hostileQuotes = Object.values(expected.claims)
      .flatMap((c) => c.evidence.map((e) => e.quote))
      .filter((q) => /<|&|javascript:/.test(q));
    expect(hostileQuotes.length).toBeGreaterThanOrEqual(5);

    const popup = await openPopupFor(h, await tabIdOf(h, page));
    const popupDialogs = recordDialogs(popup);
    await popup.waitForSelector('.scorecard', { timeout: 30_000 });
    await popup.waitForTimeout(500); // let any injected <img onerror> fire

    const shown = await popup.locator('.quote').allTextContents();
    for (const q of hostileQuotes) expect(shown.some((s) => s.includes(q)), q).toBe(true);
    expect(await popup.textContent('.page-title')).toBe(HOSTILE_TITLE);
    expect(await liveMarkup(popup)).toEqual([]);
    expect(await pwned(popup)).toBeNull();
    expect(popupDialogs).toEqual([]);

    // Each hostile quote travels back to the page to be highlighted: it must stay text there too.
    for (const q of hostileQuotes) {
      const button = popup.locator('.show-in-page').filter({ has: popup.locator(`xpath=self::*[@data-quote=${xpathString(q)}]`) });
      await button.first().click();
      await expect.poll(() => button.first().locator('xpath=following-sibling::span[contains(@class,"show-feedback")]').getAttribute('data-outcome')).toMatch(/^shown/);
    }
    await page.waitForTimeout(300);
    expect(await pwned(page)).toBeNull();
    expect(pageDialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('mark img, mark script, mark svg, mark iframe').length)).toBe(0);
    await popup.close();
    await page.close();
  });

  it('popup: a 1 MB sentence is analysed and its quote shown shortened, in full on request', async () => {
    const page = await h.ctx.newPage();
    await page.goto(`${server.origin}/mega.html`);
    const popup = await openPopupFor(h, await tabIdOf(h, page));
    await popup.waitForSelector('.scorecard', { timeout: 60_000 });
    const row = popup.locator('[data-claim="data_location"]');
    expect(await row.getAttribute('data-value')).toBe('eu_eea');
    const quote = row.locator('.quote').first();
    const full = (await row.locator('.show-in-page').first().getAttribute('data-quote'))!;
    expect(full.length).toBeGreaterThan(500);
    const clipped = (await quote.textContent())!;
    expect(clipped.length).toBeLessThan(300);
    expect(clipped).toContain('…');
    const box = await quote.boundingBox();
    expect(box!.height).toBeLessThan(200);
    await row.locator('.show-more').first().click();
    expect(await quote.textContent()).toBe(`“${full}”`);
    await popup.close();
    await page.close();
  });

  const dashboardBuilt = existsSync(join(EXTENSION_DIR, 'dashboard.html'));
  it.skipIf(!dashboardBuilt)('dashboard: a stored vendor whose quotes and title are markup is shown as text', async () => {
    const url = 'https://hostile.example/privacy';
    const pageText = readHtml(hostilePage(), url);
    const analysis = analyzePage(pageText);
    const record = addAnalysis(undefined, analysis, joinBlocks(pageText).text, { kind: 'html' });
    await h.worker.evaluate(async ([key, rec]) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ [key as string]: rec });
    }, [vendorKey(record.id), record] as const);

    const dash = await h.ctx.newPage();
    const dialogs = recordDialogs(dash);
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await dash.waitForSelector(`[data-vendor="${record.id}"]`, { timeout: 30_000 });
    await dash.locator(`[data-vendor="${record.id}"] .vendor-link`).first().click();
    await expect.poll(async () => (await dash.textContent('body'))!.includes("onerror=\"window.__pwned='img'")).toBe(true);
    await dash.waitForTimeout(500);
    expect(await liveMarkup(dash)).toEqual([]);
    expect(await pwned(dash)).toBeNull();
    expect(dialogs).toEqual([]);
    await h.worker.evaluate(() => chrome.storage.local.clear());
    await dash.close();
  });
});

/** An XPath string literal for any text (quotes of both kinds included). */
function xpathString(s: string): string {
  if (!s.includes("'")) return `'${s}'`;
  if (!s.includes('"')) return `"${s}"`;
  return `concat(${s.split("'").map((p) => `'${p}'`).join(`, "'", `)})`;
}
