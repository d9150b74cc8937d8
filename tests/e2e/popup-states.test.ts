import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer, type SiteServer } from '../fixtures/site/server';
import { browserAvailable, launchWithExtension, openPopupFor, tabIdOf, type Harness } from './browser';
import { S, UNREADABLE_MESSAGES } from '../../components/strings';

const run = browserAvailable();

/** `chrome` inside extension pages (no @types/chrome in this project). */
declare const chrome: {
  action: { openPopup(): Promise<void> };
  extension: { getViews(o: { type: string }): Window[] };
};

describe.skipIf(!run)('the popup in Chromium', () => {
  let h: Harness;
  let server: SiteServer;

  beforeAll(async () => {
    server = await startSiteServer();
    h = await launchWithExtension();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('opens as the real action popup on the active tab and shows its scorecard', async () => {
    // A helper extension page, to look into the popup through chrome.extension.getViews().
    const helper = await h.ctx.newPage();
    await helper.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=-1`);
    const page = await h.ctx.newPage();
    await page.goto(`${server.origin}/sv-deskhero-tom.html`);
    await page.bringToFront();
    await h.worker.evaluate(() => chrome.action.openPopup());
    const read = () =>
      helper.evaluate(() => {
        const view = chrome.extension.getViews({ type: 'popup' })[0];
        const doc = view?.document;
        if (!doc?.querySelector('.scorecard')) return null;
        return {
          asPage: doc.documentElement.classList.contains('as-page'),
          grade: doc.querySelector('.grade')?.getAttribute('data-grade') ?? null,
          claims: doc.querySelectorAll('[data-claim]').length,
          title: doc.querySelector('.page-title')?.textContent ?? '',
          width: view!.innerWidth,
        };
      });
    await expect.poll(read, { timeout: 30_000 }).not.toBeNull();
    const seen = (await read())!;
    expect(seen.asPage).toBe(false);
    expect(seen.grade).toMatch(/^[A-E]$/);
    expect(seen.claims).toBe(12);
    expect(seen.title).toContain('Tekniska och organisatoriska åtgärder');
    expect(seen.width).toBeGreaterThanOrEqual(400);
    await page.close();
    await helper.close();
  });

  it('says in plain words that a browser page cannot be read', async () => {
    const page = await h.ctx.newPage();
    await page.goto('chrome://version');
    const popup = await openPopupFor(h, await tabIdOf(h, page));
    await popup.waitForSelector('.status[data-state="info"]');
    const text = await popup.textContent('.status');
    expect(text).toContain('cannot be read');
    expect(await popup.locator('.scorecard').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says that a data: URL cannot be read', async () => {
    const page = await h.ctx.newPage();
    await page.goto('data:text/html,<p>Vi lagrar data i Sverige.</p>');
    const popup = await openPopupFor(h, await tabIdOf(h, page));
    await popup.waitForSelector('.status[data-state="info"]');
    expect(await popup.textContent('.status-body')).toBe(UNREADABLE_MESSAGES['no-access'].body);
    await popup.close();
    await page.close();
  });

  it('says that an empty page has no text to analyse', async () => {
    const page = await h.ctx.newPage();
    await page.goto(`${server.origin}/empty.html`);
    const popup = await openPopupFor(h, await tabIdOf(h, page));
    await popup.waitForSelector('.status[data-state="info"]');
    expect(await popup.textContent('.status-body')).toBe(S.emptyBody);
    await popup.close();
    await page.close();
  });

  it('says a closed tab cannot be read instead of failing silently', async () => {
    const popup = await h.ctx.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=999999`);
    await popup.waitForSelector('.status[data-state="error"]');
    expect(await popup.textContent('.status-title')).toBe(S.errorTitle);
    expect(await popup.locator('button.retry').count()).toBe(1);
    await popup.close();
  });
});
