import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzePage } from '../../lib/analyze';
import { readHtml } from '../../lib/extract/html';
import { CLAIM_IDS, type Analysis, type PageText } from '../../lib/types';
import { loadSeedLabels, renderSeedSite } from '../fixtures/site/render-seeds';
import { startSiteServer, type SiteServer } from '../fixtures/site/server';
import {
  browserAvailable, highlightState, launchWithExtension, openPopupFor, readTabInBrowser, sendToTab,
  SHOTS_DIR, squash, tabIdOf, type Harness,
} from './browser';

const run = browserAvailable();
const sites = renderSeedSite();
const labels = loadSeedLabels();

describe.skipIf(!run)('scorecard for each seed page, in Chromium', () => {
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

  for (const site of sites) {
    describe(site.id, () => {
      const label = labels.find((l) => l.id === site.id)!;
      let page: Page;
      let popup: Page;
      let tabId: number;
      let live: PageText;
      let expected: Analysis;

      beforeAll(async () => {
        page = await h.ctx.newPage();
        await page.goto(server.origin + site.path);
        tabId = await tabIdOf(h, page);
        popup = await openPopupFor(h, tabId);
        await popup.waitForSelector('.scorecard', { timeout: 30_000 });
        live = await readTabInBrowser<PageText>(h, tabId);
        expected = analyzePage(live);
        if (SHOTS_DIR) {
          mkdirSync(SHOTS_DIR, { recursive: true });
          await popup.screenshot({ path: join(SHOTS_DIR, `${site.id}-popup.png`), fullPage: true });
        }
      });
      afterAll(async () => {
        await popup?.close();
        await page?.close();
      });

      it('reads the same blocks in the browser as the DOM reader does in Node', () => {
        const node = readHtml(site.html, server.origin + site.path);
        expect(live.url).toBe(server.origin + site.path);
        expect(live.title).toBe(node.title);
        expect(live.declaredLang).toBe(site.lang);
        expect(live.blocks.map((b) => b.text)).toEqual(node.blocks.map((b) => b.text));
        expect(live.blocks.map((b) => b.locator)).toEqual(node.blocks.map((b) => b.locator));
        // Every block hidden by markup is also hidden for the browser (which can see CSS too).
        node.blocks.forEach((b, i) => {
          if (b.hidden) expect(live.blocks[i]!.hidden, b.text).toBe(true);
        });
        const text = live.blocks.map((b) => b.text).join('\n\n');
        for (const c of Object.values(label.claims)) for (const q of c.evidence ?? []) expect(text).toContain(q);
      });

      it('shows a scorecard equal to the pipeline’s analysis of the page', async () => {
        const grade = await popup.getAttribute('.grade', 'data-grade');
        expect(grade).toBe(expected.score.grade);
        expect(await popup.textContent('.grade-points')).toContain(String(expected.score.points));
        expect(await popup.textContent('.grade-answered')).toContain(`${expected.score.answered} of 12`);
        for (const id of CLAIM_IDS) {
          const rows = popup.locator(`[data-claim="${id}"]`);
          expect(await rows.count(), id).toBe(1);
          expect(await rows.getAttribute('data-value'), id).toBe(expected.claims[id].value);
          const quotes = await popup.locator(`.claim[data-claim="${id}"] .show-in-page`).evaluateAll((bs) =>
            bs.map((b) => b.getAttribute('data-quote')),
          );
          expect(quotes, id).toEqual(expected.claims[id].evidence.map((e) => e.quote));
        }
        const unknownCount = CLAIM_IDS.filter((id) => expected.claims[id].value === 'unknown').length;
        expect(await popup.locator('.unknown-list li').count()).toBe(unknownCount);
      });

      it('agrees with labels.json on every claim the extractor decides', () => {
        for (const id of CLAIM_IDS) {
          const got = expected.claims[id].value;
          if (got === 'unknown') continue;
          expect(got, `${site.id} ${id}`).toBe(label.claims[id]?.value);
        }
      });

      it('highlights each quote of the scorecard in the page when its button is clicked', async () => {
        const buttons = popup.locator('.show-in-page');
        const n = await buttons.count();
        for (let i = 0; i < n; i++) {
          const button = buttons.nth(i);
          const quote = (await button.getAttribute('data-quote'))!;
          await button.click();
          const feedback = button.locator('xpath=following-sibling::span[contains(@class,"show-feedback")]');
          await expect.poll(() => feedback.getAttribute('data-outcome')).toMatch(/^shown/);
          const state = await highlightState(page);
          expect(squash(state.text), quote).toBe(squash(quote));
          expect(state.visible, quote).toBe(true);
          expect(state.closedDetails, quote).toBe(false);
        }
      });

      it('shows every labelled quote in the page, opening the collapsed section it is in', async () => {
        const quotes = Object.values(label.claims).flatMap((c) => c.evidence ?? []);
        for (const quote of [...new Set(quotes)]) {
          const block = live.blocks.findIndex((b) => b.text.includes(quote));
          expect(block, quote).toBeGreaterThanOrEqual(0);
          const b = live.blocks[block]!;
          const wasHidden = await page.evaluate((sel) => {
            const el = document.querySelector(sel);
            return el ? !el.checkVisibility({ visibilityProperty: true }) : null;
          }, b.locator!);
          expect(wasHidden, `locator of ${quote}`).not.toBeNull();
          const reply = await sendToTab<{ found: string; opened: number }>(h, tabId, {
            type: 'highlight', quote, block, locator: b.locator,
          });
          expect(reply.found, quote).toBe('quote');
          const state = await highlightState(page);
          expect(squash(state.text), quote).toBe(squash(quote));
          expect(state.visible, quote).toBe(true);
          expect(state.inViewport, quote).toBe(true);
          expect(state.closedDetails, quote).toBe(false);
          if (wasHidden) expect(reply.opened, `${quote} was collapsed`).toBeGreaterThan(0);
        }
        if (SHOTS_DIR) await page.screenshot({ path: join(SHOTS_DIR, `${site.id}-page-highlight.png`) });
      });
    });
  }
});
