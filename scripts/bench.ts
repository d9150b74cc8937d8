/**
 * npm run bench — prints figures, asserts nothing (budgets are printed with PASS/OVER).
 *
 * 1. In Node: analysis time (DOM reader + sentences + claims + score, linkedom parse included) of each
 *    seed page (rendered as in the e2e tests) and of synthetic pages of 100 KB, 1 MB and 5 MB built
 *    from the seed text, each beside Readability.parse alone on the same HTML (linkedom parse included);
 *    and, for information, each seed page's first analysis in a fresh process beside the first
 *    Readability parse in another (scripts/bench-cold.ts): what building vocabularies costs.
 * 2. In Chromium with the e2e build (scripts/bench-browser.ts): the same pages, timed by the popup's
 *    performance marks, beside Readability in the page; popup open → scorecard.
 * 3. Built sizes of each entrypoint (production build) and of the store zips (`npm run zip` when missing).
 * 4. The vendor list at scale (scripts/bench-vendors.ts): 1,000 vendors × 5 pages stored, loaded,
 *    merged, exported and imported.
 *
 * `npm run bench -- --node` skips Chromium; `--no-build` uses .output as it is (zips only when missing);
 * `--quick` leaves out the 1 MB and 5 MB pages (minutes each while the claim stage is superlinear);
 * `--no-vendors` skips the vendor-scale figures.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../lib/analyze';
import { readHtml } from '../lib/extract/html';
import { renderSeedSite } from '../tests/fixtures/site/render-seeds';
import { seedCorpus, syntheticHtml, syntheticText } from '../tests/fixtures/hostile/big-page';
import { BUDGET_RATIO, runBrowserBench } from './bench-browser';
import { runVendorBench } from './bench-vendors';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
/** Content script budget: 60 KB minified. */
const CONTENT_BUDGET = 60 * 1024;
const SIZES = args.has('--quick') ? [100_000] : [100_000, 1_000_000, 5_000_000];

/**
 * Steady-state timing of two functions on the same input, the way a JIT benchmark has to be done:
 * both are first run for a while (so both are measured optimised, not one of them half-compiled),
 * then run in alternation (so a change in machine load hits both alike); the median of each.
 */
function timePair(a: () => unknown, b: () => unknown, runs: number, warmMs: number): [number, number] {
  const until = performance.now() + warmMs;
  do {
    a();
    b();
  } while (performance.now() < until);
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let s = performance.now();
    a();
    ta.push(performance.now() - s);
    s = performance.now();
    b();
    tb.push(performance.now() - s);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [median(ta), median(tb)];
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
const f = (n: number, w = 9) => n.toFixed(1).padStart(w);

function nodeRow(name: string, html: string, runs: number, warmMs: number): void {
  const [a, r] = timePair(
    () => analyzePage(readHtml(html, 'https://vendor.example/privacy')),
    () => {
      const { document } = parseHTML(html);
      return new Readability(document as unknown as Document).parse();
    },
    runs,
    warmMs,
  );
  const ratio = a / r;
  console.log(`${name.padEnd(34)} ${String(Buffer.byteLength(html)).padStart(8)} ${f(a)} ${f(r, 12)} ${ratio.toFixed(2).padStart(7)}  ≤${BUDGET_RATIO}× ${verdict(ratio <= BUDGET_RATIO)}`);
}

function benchNode(): void {
  console.log('In Node (steady state: both warmed up, then run in alternation; median; linkedom parse included on both sides)');
  console.log(`budget: analysis (read + claims + score) ≤ ${BUDGET_RATIO}× Readability.parse on the same HTML`);
  console.log('page                                  bytes  analysis ms  readability ms  ratio  budget');
  for (const p of renderSeedSite()) nodeRow(p.id, p.html, 21, 1000);
  const corpus = seedCorpus();
  for (const size of SIZES) nodeRow(`synthetic ${size / 1000} KB`, syntheticHtml(size, corpus), size > 1_000_000 ? 3 : size > 100_000 ? 5 : 11, size > 1_000_000 ? 0 : 1000);
  // Many short paragraphs: cost per sentence, not per byte.
  const n = args.has('--quick') ? 2_000 : 20_000;
  const short = syntheticText(1_000_000, corpus).split(/(?<=\.)\s+/).filter(Boolean).slice(0, n);
  nodeRow(`${n.toLocaleString('en')} one-sentence paragraphs`, `<!doctype html><html><body><main>${short.map((s) => `<p>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</main></body></html>`, 3, 0);
  benchNodeCold();
}

/**
 * Cold, for information (what every popup opening pays: compiling vocabularies and matchers, and the
 * first compilation of the code): the first analysis in a fresh process against the first Readability
 * parse in another fresh process, alternating, median of COLD_RUNS each. A warm speed-up that makes
 * building slower shows here.
 */
const COLD_RUNS = 5;

function benchNodeCold(): void {
  const once = (id: string, side: string) =>
    Number(execSync(`npx tsx scripts/bench-cold.ts ${id} ${side}`, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  console.log(`\nIn Node, cold (for information): first run in a fresh process, median of ${COLD_RUNS} processes a side, alternating`);
  console.log('page                                  analysis ms  readability ms  ratio');
  for (const p of renderSeedSite()) {
    const a: number[] = [];
    const r: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      a.push(once(p.id, 'analysis'));
      r.push(once(p.id, 'readability'));
    }
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    console.log(`${p.id.padEnd(34)} ${f(median(a), 11)} ${f(median(r), 15)} ${(median(a) / median(r)).toFixed(2).padStart(6)}`);
  }
}

// --- sizes --------------------------------------------------------------------------------------

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p, prefix + n + '/') : [prefix + n];
  });
}

/** Chunks a module loads (static imports), and those it `import()`s when their file name matches `dynamic`. */
function closure(dir: string, start: string[], dynamic?: RegExp): Set<string> {
  const refs = new Set(start);
  const queue = start.filter((r) => /\.m?js$/.test(r));
  while (queue.length) {
    const file = queue.pop()!;
    if (!existsSync(join(dir, file))) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    const found = [...code.matchAll(/(?:import|from)\s*["'`]\.{0,2}\/?([^"'`]+\.m?js)["'`]/g)].map((m) => m[1]!);
    if (dynamic) for (const m of code.matchAll(/import\(\s*["'`]\.{0,2}\/?([^"'`]+\.m?js)["'`]\s*\)/g)) if (dynamic.test(basename(m[1]!))) found.push(m[1]!);
    for (const ref of found) {
      const rel = join(dirname(file), ref).replace(/^\.\//, '');
      const path = existsSync(join(dir, rel)) ? rel : ref;
      if (!refs.has(path) && existsSync(join(dir, path))) {
        refs.add(path);
        queue.push(path);
      }
    }
  }
  return refs;
}

/** Files an HTML entrypoint loads: its scripts, module preloads and stylesheets, what those import, and the `import()`s matching `dynamic`. */
function filesOfPage(dir: string, html: string, dynamic?: RegExp): string[] {
  const start: string[] = [];
  for (const m of readFileSync(join(dir, html), 'utf8').matchAll(/(?:src|href)="([^"]+\.(?:js|mjs|css))"/g)) start.push(m[1]!.replace(/^\//, ''));
  return [html, ...closure(dir, start, dynamic)];
}

function sizeOf(dir: string, files: string[]): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const buf = readFileSync(join(dir, file));
    raw += buf.length;
    gz += gzipSync(buf).length;
  }
  return { raw, gz };
}

function benchSizes(): void {
  const outDir = join(ROOT, '.output');
  const zipsMissing = () => !existsSync(outDir) || !readdirSync(outDir).some((z) => z.endsWith('-chrome.zip'));
  if (!args.has('--no-build') || zipsMissing()) {
    console.log('\n(building for production and zipping: `npm run zip`)');
    execSync('npm run --silent zip', { cwd: ROOT, stdio: 'ignore' });
  }
  const dir = join(outDir, 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.log('\n(no production build in .output/chrome-mv3: run `npm run build` first for sizes)');
    return;
  }
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(8);
  console.log('\nBuilt sizes, production Chrome build (.output/chrome-mv3), KB minified / gzip');
  const all = walk(dir);
  const rows: Array<[string, string[], number | undefined]> = [['content script', ['content-scripts/content.js'], CONTENT_BUDGET]];
  if (all.includes('background.js')) rows.push(['service worker', ['background.js'], undefined]);
  for (const html of all.filter((p) => p.endsWith('.html')).sort()) {
    if (html !== 'popup.html') {
      rows.push([basename(html, '.html') + ' page', filesOfPage(dir, html), undefined]);
      continue;
    }
    // The popup's first script is small; it starts reading the tab, then imports the UI + analysis (mount-*).
    const first = filesOfPage(dir, html);
    const beforeCard = filesOfPage(dir, html, /^mount-/);
    const after = [...closure(dir, all.filter((f) => /(^|\/)extras-[^/]*\.js$/.test(f)))].filter((f) => !beforeCard.includes(f));
    const catalog = all.filter((f) => /(^|\/)sv-[^/]*\.js$/.test(f));
    rows.push(['popup: first script', first, undefined]);
    rows.push(['popup: all loaded before the scorecard', beforeCard, undefined]);
    if (catalog.length) rows.push(['popup: + one UI language (sv) if not en', catalog, undefined]);
    if (after.length) rows.push(['popup: + after the scorecard (save, related)', after, undefined]);
  }
  for (const p of all.filter((x) => /pdf/i.test(x) && /\.m?js$/.test(x))) rows.push([`PDF: ${p}`, [p], undefined]);
  for (const [name, files, budget] of rows) {
    const present = files.filter((x) => existsSync(join(dir, x)));
    if (!present.length) continue;
    const s = sizeOf(dir, present);
    const b = budget === undefined ? '' : `  budget ≤ ${(budget / 1024).toFixed(0)} KB ${verdict(s.raw <= budget)}`;
    console.log(`${name.padEnd(40)} ${kb(s.raw)} ${kb(s.gz)}${b}`);
  }
  const total = sizeOf(dir, all);
  console.log(`${'whole extension (every file)'.padEnd(40)} ${kb(total.raw)} ${kb(total.gz)}`);
  for (const z of readdirSync(outDir).filter((x) => x.endsWith('.zip')).sort()) {
    console.log(`${('zip: ' + z).padEnd(40)} ${kb(statSync(join(outDir, z)).size)}`);
  }
}

async function main() {
  benchNode();
  if (!args.has('--node')) await runBrowserBench(console.log, SIZES);
  benchSizes();
  if (!args.has('--no-vendors')) {
    console.log('\nVendor list at scale (scripts/bench-vendors.ts), in Node');
    await runVendorBench(1000, 5);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
