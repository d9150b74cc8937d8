/**
 * npm run bench — prints figures, asserts nothing.
 * Analysis time (reader + sentences + claims + score) per seed page and for synthetic pages of
 * 100 KB, 1 MB and 5 MB built from fixture text, each beside Readability.parse alone on the same
 * HTML in the same run (ratio = analysis / Readability). Then built sizes of the extension.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyzePage, analyzeText } from '../lib/analyze';
import { readSource } from '../lib/cli/sources';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = resolve(ROOT, '../shared/fixtures/seeds');

function time<T>(fn: () => T, runs = 5): { ms: number; value: T } {
  let value = fn(); // warm-up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    value = fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { ms: t[Math.floor(t.length / 2)]!, value };
}

function htmlOf(text: string): string {
  const paras = text.split(/\n{2,}/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return `<!doctype html><html><head><title>bench</title></head><body><nav><a href="/">Home</a></nav><main><h1>Security</h1>${paras.join('')}</main><footer>© Vendor</footer></body></html>`;
}

function readabilityMs(html: string, runs: number): number {
  return time(() => {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as Document).parse();
  }, runs).ms;
}

async function main() {
  const f = (n: number) => n.toFixed(1).padStart(8);
  console.log('Analysis time in Node (median), beside Readability.parse (linkedom) on the same HTML');
  console.log('page                                   bytes   analysis ms  readability ms  ratio');
  const corpus: string[] = [];
  for (const file of readdirSync(SEEDS).filter((x) => /\.(txt|md)$/.test(x))) {
    const path = join(SEEDS, file);
    const raw = readFileSync(path, 'utf8');
    corpus.push(raw);
    const page = await readSource(path);
    const a = time(() => analyzePage(page), 10).ms;
    const r = readabilityMs(htmlOf(raw), 10);
    console.log(`${file.padEnd(36)} ${String(raw.length).padStart(7)} ${f(a)}     ${f(r)}      ${(a / r).toFixed(2)}`);
  }
  const base = corpus.join('\n\n');
  for (const size of [100_000, 1_000_000, 5_000_000]) {
    let text = '';
    while (text.length < size) text += base + '\n\n';
    text = text.slice(0, size);
    const runs = size > 1_000_000 ? 1 : 3;
    const a = time(() => analyzeText(text), runs).ms;
    const r = readabilityMs(htmlOf(text), runs);
    console.log(`${('synthetic ' + size / 1000 + ' KB').padEnd(36)} ${String(size).padStart(7)} ${f(a)}     ${f(r)}      ${(a / r).toFixed(2)}`);
  }

  const out = join(ROOT, '.output');
  if (existsSync(out)) {
    console.log('\nBuilt sizes (bytes, gzip)');
    for (const dir of readdirSync(out).filter((d) => statSync(join(out, d)).isDirectory())) {
      for (const rel of walk(join(out, dir)).filter((p) => /\.(js|mjs|html|css)$/.test(p))) {
        const buf = readFileSync(join(out, dir, rel));
        console.log(`${(dir + '/' + rel).padEnd(60)} ${String(buf.length).padStart(9)} ${String(gzipSync(buf).length).padStart(8)}`);
      }
    }
    for (const z of readdirSync(out).filter((x) => x.endsWith('.zip'))) console.log(`${z.padEnd(60)} ${String(statSync(join(out, z)).size).padStart(9)}`);
  } else {
    console.log('\n(no .output: run `npm run build` / `npm run zip` first for sizes)');
  }
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p, prefix + n + '/') : [prefix + n];
  });
}

main().catch((e) => { console.error(e); process.exit(1); });
