/**
 * The real-Chromium half of `npm run bench` (also runnable alone: `tsx scripts/bench-browser.ts`).
 * Prints figures, asserts nothing. Needs the e2e build (`npm run build:e2e`; built here when missing).
 *
 * For each seed page and synthetic pages of 100 KB, 1 MB and 5 MB, the popup is opened on the tab and
 * its performance marks are read: injection + page reading (content script), analysis (claims +
 * score), and the time from opening the popup to the scorecard on screen. Beside it, Readability.parse
 * alone on the same live document (Readability injected into the page, on a clone, as the reader does).
 *
 * Readability is timed warm (median of repeated runs after a warm-up) while each popup opening runs the
 * analysis cold (fresh JavaScript context). So the analysis is also timed warm: analyzePage run again on
 * the same PageText in the popup page that already showed the scorecard (`__vpsBench`, e2e build only).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startSiteServer } from '../tests/fixtures/site/server';
import { startPagesServer } from '../tests/fixtures/hostile/server';
import { seedCorpus, syntheticHtml } from '../tests/fixtures/hostile/big-page';
import { CHROMIUM, EXTENSION_DIR, ROOT, launchWithExtension, openPopupFor, tabIdOf, type Harness } from '../tests/e2e/browser';

export const BUDGET_RATIO = 2;
export const BUDGET_POPUP_MS = 300;

export interface BrowserFigure {
  page: string;
  bytes: number;
  /** Injection + content script reading the page (executeScript round trip), ms. */
  readMs: number;
  /** analyzePage in the popup, cold (its first call in a fresh popup), ms. */
  analyseMs: number;
  /** analyzePage again on the same PageText in the same popup page, median after a warm-up run, ms. */
  warmAnalyseMs: number;
  /** Popup opened → scorecard rendered, ms. */
  popupMs: number;
  readabilityMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface PopupMarks {
  read: number;
  analyse: number;
  ready: number;
  /** Warm analyzePage runs (ms), when asked for. */
  warm?: number[];
}

async function popupMarks(h: Harness, tabId: number, warmRuns = 0): Promise<PopupMarks> {
  const popup = await openPopupFor(h, tabId);
  try {
    await popup.waitForSelector('.scorecard', { timeout: 180_000 });
    await popup.waitForFunction(() => performance.getEntriesByName('scorecard-ready').length > 0, undefined, { timeout: 30_000 });
    // No helper functions inside evaluate: tsx would wrap them in a `__name` call the page lacks.
    const at = await popup.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const)),
    );
    const mark = (n: string) => at[n] ?? NaN;
    const marks: PopupMarks = {
      read: mark('vps:read-end') - mark('vps:read-start'),
      analyse: mark('vps:analysed') - mark('vps:analyse-start'),
      ready: mark('scorecard-ready'),
    };
    if (warmRuns > 0) {
      const times = await popup.evaluate(
        (n) => (window as unknown as { __vpsBench?: { analyseWarm(n: number): Promise<number[] | null> } }).__vpsBench?.analyseWarm(n) ?? null,
        warmRuns + 1,
      );
      if (!times) throw new Error('No __vpsBench hook in the popup: rebuild the e2e extension (npm run build:e2e).');
      marks.warm = times.slice(1); // the first run warms up, as for Readability
    }
    return marks;
  } finally {
    await popup.close();
  }
}

async function readabilityInPage(page: Page, runs: number): Promise<number> {
  const src = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  await page.addScriptTag({ content: src });
  return page.evaluate((n) => {
    const R = (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
    const times: number[] = [];
    for (let i = 0; i < n + 1; i++) {
      const t = performance.now();
      new R(document.cloneNode(true) as Document).parse();
      if (i > 0) times.push(performance.now() - t); // first run warms up
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  }, runs);
}

async function measure(h: Harness, url: string, name: string, bytes: number, runs: number): Promise<BrowserFigure> {
  const page = await h.ctx.newPage();
  await page.goto(url, { timeout: 120_000 });
  const tabId = await tabIdOf(h, page);
  await popupMarks(h, tabId); // warm-up: first injection and JIT
  const marks = [];
  const warmRuns = bytes > 1_000_000 ? 2 : bytes > 200_000 ? 3 : 9;
  for (let i = 0; i < runs; i++) marks.push(await popupMarks(h, tabId, i === runs - 1 ? warmRuns : 0));
  const readabilityMs = await readabilityInPage(page, runs);
  await page.close();
  return {
    page: name,
    bytes,
    readMs: median(marks.map((m) => m.read)),
    analyseMs: median(marks.map((m) => m.analyse)),
    warmAnalyseMs: median(marks.at(-1)?.warm ?? [NaN]),
    popupMs: median(marks.map((m) => m.ready)),
    readabilityMs,
  };
}

export async function runBrowserBench(
  log: (s: string) => void = console.log,
  sizes = [100_000, 1_000_000, 5_000_000],
): Promise<BrowserFigure[] | null> {
  if (!existsSync(CHROMIUM)) {
    log(`(no Chromium at ${CHROMIUM}: browser figures skipped)`);
    return null;
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    log('Building the e2e extension (npm run build:e2e)…');
    execSync('npm run --silent build:e2e', { cwd: ROOT, stdio: 'ignore' });
  }
  const seeds = await startSiteServer();
  const corpus = seedCorpus();
  const synthetic = await startPagesServer(Object.fromEntries(sizes.map((s) => [`/synthetic-${s}.html`, () => syntheticHtml(s, corpus)])));
  const h = await launchWithExtension();
  const figures: BrowserFigure[] = [];
  try {
    for (const p of seeds.pages) figures.push(await measure(h, seeds.origin + p.path, p.id, Buffer.byteLength(p.html), 5));
    for (const s of sizes) {
      figures.push(await measure(h, `${synthetic.origin}/synthetic-${s}.html`, `synthetic ${s / 1000} KB`, s, s > 1_000_000 ? 1 : 3));
    }
  } finally {
    await h.close();
    await seeds.close();
    await synthetic.close();
  }
  printBrowserFigures(figures, log);
  return figures;
}

export function printBrowserFigures(figures: BrowserFigure[], log: (s: string) => void = console.log): void {
  const f = (n: number, w = 8) => n.toFixed(1).padStart(w);
  log(`\nIn Chromium (${EXTENSION_DIR.replace(ROOT + '/', '')}), median: popup marks vs Readability.parse on the same live document`);
  log(`budget: analysis ≤ ${BUDGET_RATIO}× Readability (warm); popup open → scorecard ≤ ${BUDGET_POPUP_MS} ms`);
  log('cold: one popup opening (inject+read + first claims+score call); warm: claims+score again on the same PageText in that popup');
  log('page                              bytes  inject+read  claims+score  cold sum  readability  cold ratio  warm claims+score  warm ratio  budget       popup→card  budget');
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
  for (const x of figures) {
    const cold = x.readMs + x.analyseMs;
    const coldRatio = cold / x.readabilityMs;
    const warmRatio = x.warmAnalyseMs / x.readabilityMs;
    log(
      `${x.page.padEnd(30)} ${String(x.bytes).padStart(8)} ${f(x.readMs, 12)} ${f(x.analyseMs, 13)} ${f(cold, 9)} ${f(x.readabilityMs, 12)} ${coldRatio.toFixed(2).padStart(11)} ${f(x.warmAnalyseMs, 18)} ${warmRatio.toFixed(2).padStart(11)}  ≤${BUDGET_RATIO}× ${verdict(warmRatio <= BUDGET_RATIO)}  ${f(x.popupMs, 10)}  ≤${BUDGET_POPUP_MS} ${verdict(x.popupMs <= BUDGET_POPUP_MS)}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runBrowserBench(console.log, process.argv.includes('--quick') ? [100_000] : undefined).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
