import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSiteServer, type SiteServer } from '../fixtures/site/server';
import { ROOT, browserAvailable, launchWithExtension, openPopupFor, tabIdOf, type Harness } from './browser';

/**
 * Accessibility in the real browser: axe-core on the popup (ready, with a seed page) and on the
 * settings page finds no serious or critical violation; the popup and the settings page work with
 * the keyboard alone (tab order, Enter/Space, visible focus, focus kept after actions).
 */

const run = browserAvailable();
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}
declare const axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> };

async function seriousViolations(page: Page): Promise<string[]> {
  // addScriptTag adds an inline <script>, which MV3's extension-page CSP blocks; fall back to
  // evaluating the source over the DevTools protocol, which CSP does not apply to.
  try {
    await page.addScriptTag({ path: AXE });
  } catch {
    /* blocked by CSP */
  }
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined'))) {
    await page.evaluate(readFileSync(AXE, 'utf8'));
  }
  const { violations } = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

/** What has focus: its tag, class and text, for readable assertions. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      cls: el.className,
      id: el.id,
      text: (el.textContent ?? '').trim().slice(0, 60),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

async function tabUntil(page: Page, match: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && match(f)) return f;
  }
  throw new Error('Never reached the element with Tab');
}

describe.skipIf(!run)('accessibility in Chromium', () => {
  let h: Harness;
  let server: SiteServer;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await startSiteServer();
    h = await launchWithExtension();
    page = await h.ctx.newPage();
    // This page has long evidence quotes (clipped behind "Show more").
    await page.goto(`${server.origin}/sv-safespring-datacenter-faq.html`);
    const tabId = await tabIdOf(h, page);
    popup = await openPopupFor(h, tabId);
    await popup.waitForSelector('.scorecard', { timeout: 30_000 });
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('axe finds no serious or critical violation in the ready popup (Ask the vendor open, a quote expanded)', async () => {
    await popup.click('.ask-vendor .disclosure');
    expect(await popup.locator('.show-more').count()).toBeGreaterThan(0);
    await popup.locator('.show-more').first().click();
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('axe finds no serious or critical violation on the settings page, also with the custom weights shown', async () => {
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.waitForSelector('h1');
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByLabel('Custom').check();
    await options.getByLabel('Where data is stored').fill('500');
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await options.close();
  });

  it('the popup works with the keyboard alone', async () => {
    await popup.reload();
    await popup.waitForSelector('.scorecard', { timeout: 30_000 });
    await popup.bringToFront();

    // Tab reaches "Show in page"; Enter shows the quote and focus stays on the button.
    const show = await tabUntil(popup, (f) => f.cls.includes('show-in-page'));
    expect(show.outline, 'visible focus on "Show in page"').toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.show-feedback').first().getAttribute('data-outcome')).toMatch(/^shown/);
    expect((await focused(popup))?.cls).toContain('show-in-page');

    // Tab order follows the page: the disclosure comes after every "Show in page".
    const order: string[] = [];
    for (let i = 0; i < 80; i++) {
      const f = await focused(popup);
      if (f) order.push(f.cls);
      if (f?.cls.includes('disclosure')) break;
      await popup.keyboard.press('Tab');
    }
    expect(order.at(-1)).toContain('disclosure');
    expect(order.filter((c) => c.includes('show-in-page')).length).toBeGreaterThan(0);

    // Space opens "Ask the vendor"; focus stays on its button; Tab goes into it.
    await popup.keyboard.press('Space');
    expect(await popup.getAttribute('.ask-vendor .disclosure', 'aria-expanded')).toBe('true');
    const disclosure = await focused(popup);
    expect(disclosure?.cls).toContain('disclosure');
    expect(disclosure?.outline).toBe(true);
    await popup.keyboard.press('Tab');
    expect((await focused(popup))?.id).toBe('ask-lang');
    await popup.keyboard.press('Tab');
    const copy = await focused(popup);
    expect(copy?.cls).toContain('copy-email');
    expect(copy?.outline).toBe(true);

    // Space closes it again from the keyboard.
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    expect((await focused(popup))?.cls).toContain('disclosure');
    await popup.keyboard.press('Enter');
    expect(await popup.getAttribute('.ask-vendor .disclosure', 'aria-expanded')).toBe('false');
    expect(await popup.isVisible('#ask-lang')).toBe(false);
  });

  it('a long quote expands and collapses from the keyboard', async () => {
    expect(await popup.locator('.show-more').count()).toBeGreaterThan(0);
    const clippedBefore = await popup.locator('.quote.clipped').count();
    const clipped = await popup.locator('.quote.clipped').first().textContent();
    expect(clipped).toMatch(/…”$/);
    const more = await tabUntil(popup, (f) => f.cls.includes('show-more'));
    expect(more.outline).toBe(true);
    await popup.keyboard.press('Enter');
    const after = await focused(popup);
    expect(await popup.locator('.quote.clipped').count()).toBe(clippedBefore - 1);
    expect(after?.cls).toContain('show-more');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
  });

  it('fits 800×600 and the 460 px toolbar-popup width without horizontal scrolling', async () => {
    for (const width of [800, 460]) {
      await popup.setViewportSize({ width, height: 600 });
      const { scroll, inner } = await popup.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(scroll, `width ${width}`).toBeLessThanOrEqual(inner);
    }
    if (process.env.VPS_SHOTS_DIR) await popup.screenshot({ path: join(process.env.VPS_SHOTS_DIR, 'popup-460.png') });
    await popup.setViewportSize({ width: 800, height: 600 });
  });

  it('the settings page works with the keyboard alone', async () => {
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.waitForSelector('h1');
    const radio = await tabUntil(options, (f) => f.tag === 'input' && f.id === 'profile-standard');
    expect(radio.outline, 'visible focus on the profile radio').toBe(true);
    // Arrow keys move within the radio group and save at once.
    await options.keyboard.press('ArrowDown');
    expect((await focused(options))?.id).toBe('profile-strict');
    await expect.poll(() => options.textContent('.save-status')).toBe('Saved.');
    await options.keyboard.press('ArrowDown');
    expect((await focused(options))?.id).toBe('profile-custom');
    // The custom weights appear once the choice is saved; then they come next in tab order.
    await options.waitForSelector('#weight-data_location:not([disabled])');
    await expect.poll(() => options.textContent('.save-status')).toBe('Saved.');
    await options.keyboard.press('Tab');
    expect((await focused(options))?.id).toBe('weight-data_location');
    await options.keyboard.press('Control+A');
    await options.keyboard.type('30');
    await expect.poll(() => popup.locator('.score-profile').getAttribute('data-profile')).toBe('custom');
    // Reset by keyboard: focus stays on the button, the change is announced.
    const reset = await tabUntil(options, (f) => f.cls.includes('reset-settings'));
    expect(reset.outline).toBe(true);
    await options.keyboard.press('Enter');
    await expect.poll(() => options.textContent('.save-status')).toBe('Settings reset to their defaults.');
    expect((await focused(options))?.cls).toContain('reset-settings');
    await expect.poll(() => popup.locator('.score-profile').getAttribute('data-profile')).toBe('standard');
    await options.close();
  });
});
