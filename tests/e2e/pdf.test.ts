import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { readPdf } from '../../lib/extract/pdf';
import { CLAIM_IDS, type Analysis } from '../../lib/types';
import { t } from '../../lib/i18n';
import { startRelatedSiteServer, type FixtureServer } from '../fixtures/related-site/server';
import { browserAvailable, launchWithExtension, openPopupFor, ROOT, SHOTS_DIR, tabIdOf, type Harness } from './browser';

const run = browserAvailable();
const pdfBytes = (f: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/pdf', f)));

/**
 * A PDF open in a tab (Chromium's own viewer, headless): the content script fetches its bytes, the
 * popup reads them with the bundled pdf.js and shows the same scorecard as the pipeline in Node.
 */
describe.skipIf(!run)('a PDF in a tab, in Chromium', () => {
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

  async function popupForPdf(file: string) {
    const page = await h.ctx.newPage();
    const url = `${server.origin}/pdf/${file}`;
    await page.goto(url).catch(() => undefined); // the viewer's navigation may report an aborted load
    await page.waitForTimeout(300);
    const popup = await openPopupFor(h, await tabIdOf(h, page));
    return { page, popup, url };
  }

  it('shows the scorecard of a Norwegian TOM PDF, equal to readPdf + analyzePage in Node', async () => {
    const { page, popup, url } = await popupForPdf('tom-no.pdf');
    expect(await page.evaluate(() => document.contentType)).toBe('application/pdf');
    await popup.waitForSelector('.scorecard', { timeout: 30_000 });
    const expected: Analysis = analyzePage(await readPdf(pdfBytes('tom-no.pdf'), url));
    expect(expected.lang).toBe('no');
    expect(expected.claims.encryption_at_rest.value).toBe('yes');
    expect(await popup.getAttribute('.page-lang', 'data-lang')).toBe('no');
    expect(await popup.getAttribute('.grade', 'data-grade')).toBe(expected.score.grade);
    for (const id of CLAIM_IDS) {
      expect(await popup.getAttribute(`[data-claim="${id}"]`, 'data-value'), id).toBe(expected.claims[id].value);
    }
    // No "show in page" for a PDF, and the popup says so.
    expect(await popup.locator('[data-source="pdf"]').count()).toBe(1);
    expect(await popup.textContent('.pdf-note')).toBe(t('pdf.noShowInPage'));
    const visibleButtons = await popup.locator('.show-in-page').evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    if (SHOTS_DIR) await popup.screenshot({ path: join(SHOTS_DIR, 'pdf-popup.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('says that a password-protected PDF cannot be read', async () => {
    const { page, popup } = await popupForPdf('password.pdf');
    await popup.waitForSelector('.status[data-state="info"]', { timeout: 30_000 });
    expect(await popup.textContent('.status-title')).toBe(t('pdf.errorTitle'));
    expect(await popup.textContent('.status-body')).toBe(t('pdf.error.password'));
    await popup.close();
    await page.close();
  });

  it('says that a scanned PDF has no text to read', async () => {
    const { page, popup } = await popupForPdf('scan.pdf');
    await popup.waitForSelector('.status[data-state="info"]', { timeout: 30_000 });
    expect(await popup.textContent('.status-body')).toBe(t('pdf.error.no_text'));
    await popup.close();
    await page.close();
  });
});
