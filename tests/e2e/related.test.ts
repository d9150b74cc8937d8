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
