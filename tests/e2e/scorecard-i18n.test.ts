import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzePage } from '../../lib/analyze';
import { scoreClaims } from '../../lib/score';
import { followUpEmail, followUpQuestions } from '../../lib/score/questions';
import { localReason } from '../../lib/i18n/scorecard';
import type { Analysis, PageText } from '../../lib/types';
import { renderSeedSite } from '../fixtures/site/render-seeds';
import { startSiteServer, type SiteServer } from '../fixtures/site/server';
import { browserAvailable, launchWithExtension, openPopupFor, readTabInBrowser, tabIdOf, type Harness } from './browser';

/**
 * The scorecard in a Swedish browser (`--lang=sv`): grade, reasons and the follow-up e-mail in
 * Swedish and equal to lib/score for the same analysis; the settings page's profile changes the
 * popup. Screenshots of the popup (sv, en) go to $VPS_SHOTS_DIR or /tmp/vps-shots.
 */

const run = browserAvailable();
const sites = renderSeedSite();
const SHOTS = process.env.VPS_SHOTS_DIR ?? '/tmp/vps-shots';

declare const chrome: { i18n: { getUILanguage(): string } };

describe.skipIf(!run)('scorecard in Swedish, in Chromium', () => {
  let h: Harness;
  let server: SiteServer;

  beforeAll(async () => {
    server = await startSiteServer();
    h = await launchWithExtension({ extraArgs: ['--lang=sv'], locale: 'sv-SE' });
    // No origin: Playwright treats chrome-extension:// origins as opaque.
    await h.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  async function open(siteId: string): Promise<{ page: Page; popup: Page; expected: Analysis }> {
    const site = sites.find((s) => s.id === siteId)!;
    const page = await h.ctx.newPage();
    await page.goto(server.origin + site.path);
    const tabId = await tabIdOf(h, page);
    const popup = await openPopupFor(h, tabId);
    await popup.waitForSelector('.scorecard', { timeout: 30_000 });
    const live = await readTabInBrowser<PageText>(h, tabId);
    return { page, popup, expected: analyzePage(live) };
  }

  it('extension pages see Swedish as the browser UI language', async () => {
    // `--lang=sv` alone needs Debian's chromium-l10n (only en-US.pak ships with `chromium`); the
    // context locale sets what chrome.i18n.getUILanguage() answers in extension pages either way.
    const p = await h.ctx.newPage();
    await p.goto(`chrome-extension://${h.extensionId}/options.html`);
    expect(await p.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^sv/);
    expect(await p.textContent('h1')).toBe('Inställningar för bedömningen');
    await p.close();
  });

  for (const site of sites) {
    it(`${site.id}: grade and reasons match scoreClaims, in Swedish; the copied e-mail is the Swedish follow-up`, async () => {
      const { page, popup, expected } = await open(site.id);
      const score = scoreClaims(expected.claims, 'standard');
      expect(await popup.getAttribute('html', 'lang')).toBe('sv');
      expect(await popup.getAttribute('.grade', 'data-grade')).toBe(score.grade);
      expect(await popup.textContent('.grade-points')).toBe(`${score.points} poäng`);
      expect(await popup.textContent('.grade-answered')).toBe(`besvarar ${score.answered} av 12`);
      expect(await popup.textContent('.score-profile')).toContain('Profil: Standard');
      const reasons = await popup.locator('.reasons li').allTextContents();
      expect(reasons).toEqual(score.reasons.map((r) => localReason(r, 'sv')));
      expect(await popup.locator('.claim-status-word').first().textContent()).toMatch(/^(bra|varning|risk)$/);

      const questions = followUpQuestions(expected.claims, 'sv', 'standard');
      const toggle = popup.locator('.ask-vendor .disclosure');
      expect(await toggle.textContent()).toContain(`Fråga leverantören (${questions.length} frågor)`);
      await toggle.click();
      if (questions.length === 0) {
        expect(await popup.isVisible('.ask-none')).toBe(true);
      } else {
        expect(await popup.locator('.ask-list li').allTextContents()).toEqual(questions);
        expect(await popup.inputValue('#ask-lang')).toBe('sv');
        await popup.bringToFront();
        await popup.click('.copy-email');
        await expect.poll(() => popup.textContent('.copy-feedback')).toMatch(/^Kopierat/);
        const copied = await popup.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(followUpEmail(expected.claims, expected.vendor, 'sv', 'standard'));
        expect(copied.startsWith('Hej,')).toBe(true);
        for (const q of questions) expect(copied).toContain(q);
      }
      await popup.close();
      await page.close();
    });
  }

  it('switching the profile in settings re-scores the open popup; screenshots in sv and en', async () => {
    // A page with US exposure, where Strict (Schrems II) judges differently.
    const siteId = sites.map((s) => s.id).find((id) => id.includes('deskhero')) ?? sites[0]!.id;
    const { page, popup, expected } = await open(siteId);
    const standard = scoreClaims(expected.claims, 'standard');
    const strict = scoreClaims(expected.claims, 'strict');
    expect(await popup.getAttribute('.score-profile', 'data-profile')).toBe('standard');
    mkdirSync(SHOTS, { recursive: true });
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.screenshot({ path: join(SHOTS, 'popup-sv.png') });
    await popup.screenshot({ path: join(SHOTS, 'popup-sv-full.png'), fullPage: true });

    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Strikt (Schrems II)').check();
    await expect.poll(() => options.textContent('.save-status')).toBe('Sparat.');
    await options.screenshot({ path: join(SHOTS, 'options-sv.png'), fullPage: true });

    await expect.poll(() => popup.getAttribute('.score-profile', 'data-profile')).toBe('strict');
    expect(await popup.textContent('.score-profile')).toContain('Profil: Strikt (Schrems II)');
    expect(await popup.getAttribute('.grade', 'data-grade')).toBe(strict.grade);
    expect(await popup.textContent('.grade-points')).toBe(`${strict.points} poäng`);
    expect(await popup.locator('.reasons li').allTextContents()).toEqual(strict.reasons.map((r) => localReason(r, 'sv')));
    expect(strict.points).not.toBe(standard.points);

    // The UI language setting overrides the browser's: English.
    await options.selectOption('#ui-lang', 'en');
    await expect.poll(() => options.textContent('h1')).toBe('Scorecard settings');
    await expect.poll(() => popup.getAttribute('html', 'lang')).toBe('en');
    expect(await popup.textContent('.score-profile')).toContain('Profile: Strict (Schrems II)');
    await popup.locator('.ask-vendor .disclosure').click();
    await popup.screenshot({ path: join(SHOTS, 'popup-en.png') });
    await popup.screenshot({ path: join(SHOTS, 'popup-en-full.png'), fullPage: true });

    // Back to the defaults (languages are kept by reset; set auto by hand).
    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await options.selectOption('#ui-lang', 'auto');
    await expect.poll(() => popup.getAttribute('.score-profile', 'data-profile')).toBe('standard');
    expect(await popup.getAttribute('.grade', 'data-grade')).toBe(standard.grade);
    await expect.poll(() => popup.getAttribute('html', 'lang')).toBe('sv');
    await options.close();
    await popup.close();
    await page.close();
  });

  it('custom weights from the settings page score the popup like customProfile', async () => {
    const { page, popup, expected } = await open(sites[0]!.id);
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Egen').check();
    const input = options.getByLabel('Var data lagras');
    await input.fill('100');
    await expect.poll(() => options.textContent('.save-status')).toBe('Sparat.');
    await expect.poll(() => popup.getAttribute('.score-profile', 'data-profile')).toBe('custom');
    const { customProfile, DEFAULT_WEIGHTS } = await import('../../lib/score');
    const custom = scoreClaims(expected.claims, customProfile({ ...DEFAULT_WEIGHTS, data_location: 100 }, 'standard'));
    expect(await popup.textContent('.grade-points')).toBe(`${custom.points} poäng`);
    expect(await popup.getAttribute('.grade', 'data-grade')).toBe(custom.grade);
    await options.getByRole('button', { name: 'Återställ standardvärden' }).click();
    await expect.poll(() => popup.getAttribute('.score-profile', 'data-profile')).toBe('standard');
    await options.close();
    await popup.close();
    await page.close();
  });
});
