/**
 * npx tsx scripts/bench-vendors.ts [vendors=1000] [pagesPerVendor=5] — prints figures, asserts nothing.
 * Synthetic vendors with realistic claim sizes (sentence-long quotes, a few details per claim, some
 * contradicting pages): build the records, store them (JSON-backed memory storage, as storage.local
 * serialises), load them back with validation, merge and score every vendor, write both CSVs and the
 * JSON export, and parse + merge the JSON import. Also the stored size against Chrome's 10 MB quota,
 * packed (schema 2) and in the previous shape (schema 1, whole quotes), for the synthetic vendors and
 * for vendors made of the real fixture pages (../shared/fixtures, analysed by the pipeline).
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { Analysis, ClaimId, Claims } from '../lib/types';
import { CLAIM_IDS, unknownClaim } from '../lib/types';
import { scoreClaims } from '../lib/score';
import { PRECEDENCE } from '../lib/vendors/precedence';
import { addAnalysis } from '../lib/vendors/record';
import { mergeVendor } from '../lib/vendors/merge';
import { MemoryStorage, storedBytes } from '../lib/vendors/storage';
import { VendorStore, vendorKey } from '../lib/vendors/store';
import { packRecord } from '../lib/vendors/pack';
import { analyzeSources } from '../lib/cli/analyze';
import type { VendorRecord } from '../lib/vendors/types';
import { mergedVendorClaimsToCsv, mergedVendorsToCsv } from '../lib/export/vendors-csv';
import { exportJson, mergeImport, parseImport } from '../lib/export/json';

const CHROME_QUOTA = 10 * 1024 * 1024;

let seed = 42;
function rand(): number {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const WORDS = 'data customer stored processed encrypted servers Stockholm Frankfurt Oslo Helsinki agreement processor sub-processor security certified ISO 27001 SOC 2 breach notify hours within transfer clauses standard contractual AWS Azure Hetzner OVHcloud keys managed rest transit TLS AES-256 officer privacy request available'.split(' ');
function sentence(words: number): string {
  const w = Array.from({ length: words }, () => pick(WORDS));
  return w.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}

const TEXTS = Array.from({ length: 50 }, () => Array.from({ length: 120 }, () => sentence(25)).join(' '));

/** A vendor's pages mostly agree: each claim has a "true" value, and one page in ten says another. */
function syntheticAnalysis(vendor: number, page: number, at: string, truth: Record<ClaimId, string>): { analysis: Analysis; text: string } {
  const url = `https://www.vendor${vendor}.com/${['privacy', 'security', 'gdpr', 'subprocessors', 'dpa'][page % 5]}${page >= 5 ? page : ''}`;
  const claims = {} as Record<ClaimId, unknown>;
  for (const id of CLAIM_IDS) {
    if (rand() < 0.4) {
      claims[id] = unknownClaim();
      continue;
    }
    const quotes = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => sentence(18 + Math.floor(rand() * 20)));
    const details = Array.from({ length: Math.floor(rand() * 4) }, () => pick(WORDS));
    claims[id] = { value: rand() < 0.1 ? pick(PRECEDENCE[id]) : truth[id], details, evidence: quotes.map((quote) => ({ quote })) };
  }
  const text = `${pick(TEXTS)} Vendor ${vendor}, page ${page}.`;
  const analysis: Analysis = {
    source: url,
    title: `Vendor ${vendor} page ${page}`,
    lang: 'en',
    vendor: `vendor${vendor}.com`,
    analyzedAt: at,
    claims: claims as Claims,
    score: scoreClaims(claims as Claims),
  };
  return { analysis, text };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** A record as schema 1 stored it: the record itself, quotes whole (up to five a claim, 1,000 characters). */
function oldShape(rec: VendorRecord, analyses: readonly Analysis[]): VendorRecord {
  const pages = rec.pages.map((p, i) => {
    const claims: Record<string, unknown> = {};
    for (const id of CLAIM_IDS) {
      const c = analyses[i]!.claims[id];
      if (c.value === 'unknown') continue;
      claims[id] = { value: c.value, details: c.details, quotes: c.evidence.slice(0, 5).map((e) => (e.quote.length > 1000 ? e.quote.slice(0, 999) + '…' : e.quote)) };
    }
    return { ...p, claims };
  });
  return { ...rec, pages } as VendorRecord;
}

function sizeLine(label: string, bytes: number, pages: number): string {
  return `${label.padEnd(44)} ${mb(bytes).padStart(9)}  (${(bytes / pages).toFixed(0)} B/page; ${((bytes / CHROME_QUOTA) * 100).toFixed(0)}% of Chrome's 10 MB quota)`;
}

/** Stored bytes of vendors built from analyses, packed and in the schema-1 shape. */
function sizes(vendors: readonly (readonly Analysis[])[]): { packed: number; old: number; pages: number } {
  let packed = 0;
  let old = 0;
  let pages = 0;
  for (const analyses of vendors) {
    const rec = analyses.reduce<VendorRecord | undefined>((r, a) => addAnalysis(r, a, `text of ${a.source}`.repeat(500)), undefined)!;
    packed += storedBytes(vendorKey(rec.id), packRecord(rec));
    old += storedBytes(vendorKey(rec.id), oldShape(rec, analyses));
    pages += rec.pages.length;
  }
  return { packed, old, pages };
}

/** Every seed and real fixture page, analysed; undefined when the shared fixtures are not there. */
async function realPages(): Promise<Analysis[] | undefined> {
  const root = resolve(import.meta.dirname, '../../shared/fixtures');
  const dirs = [join(root, 'seeds'), join(root, 'real')].filter((d) => existsSync(d));
  if (!dirs.length) return undefined;
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(md|txt|html?|pdf)$/.test(f) && f !== 'README.md').map((f) => join(d, f)));
  return (await analyzeSources(files)).filter((r): r is Analysis => !('error' in r));
}

/** `vendors` vendors of `pages` pages each, drawn from the given analyses (another vendor's address each). */
function vendorsOf(pool: readonly Analysis[], VENDORS: number, PAGES: number): Analysis[][] {
  return Array.from({ length: VENDORS }, (_, v) =>
    Array.from({ length: PAGES }, (_, p) => {
      const a = pool[(v * PAGES + p * 7) % pool.length]!;
      return { ...a, source: `https://www.vendor${v}.com/page${p}`, vendor: `vendor${v}.com` };
    }),
  );
}

/** The vendor-scale figures (also run by `npm run bench`); `log` receives each printed line. */
export async function runVendorBench(VENDORS = 1000, PAGES = 5, log: (s: string) => void = console.log): Promise<void> {
  const time = <T>(label: string, fn: () => T): T => {
    const s = performance.now();
    const v = fn();
    log(`${label.padEnd(44)} ${(performance.now() - s).toFixed(0).padStart(6)} ms`);
    return v;
  };
  const timeAsync = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const s = performance.now();
    const v = await fn();
    log(`${label.padEnd(44)} ${(performance.now() - s).toFixed(0).padStart(6)} ms`);
    return v;
  };
  log(`${VENDORS} vendors × ${PAGES} pages (≈60% of claims answered, 1–3 sentence quotes each)\n`);
  const inputs = time('synthesise analyses (not part of the app)', () =>
    Array.from({ length: VENDORS }, (_, v) => {
      const truth = Object.fromEntries(CLAIM_IDS.map((id) => [id, pick(PRECEDENCE[id])])) as Record<ClaimId, string>;
      return Array.from({ length: PAGES }, (_, p) => syntheticAnalysis(v, p, new Date(Date.UTC(2025, 0, 1 + p)).toISOString(), truth));
    }),
  );
  const records = time('addAnalysis (hash ~20 KB text, store claims)', () =>
    inputs.map((pages) => pages.reduce<VendorRecord | undefined>((r, { analysis, text }) => addAnalysis(r, analysis, text), undefined)!),
  );
  const storage = new MemoryStorage();
  const store = new VendorStore(storage);
  await timeAsync('save every vendor (one key each)', async () => {
    for (const r of records) await store.save(r);
  });
  const bytes = storage.bytesInUse();
  log(sizeLine('stored size (packed, schema 2)', bytes, VENDORS * PAGES));
  const oldStorage = new MemoryStorage();
  for (const [i, r] of records.entries()) oldStorage.putRaw(vendorKey(r.id), oldShape(r, inputs[i]!.map((x) => x.analysis)));
  log(sizeLine('  the same in the schema-1 shape', oldStorage.bytesInUse(), VENDORS * PAGES));
  await timeAsync('loadAll of schema-1 records (+ write packed)', () => new VendorStore(oldStorage).loadAll());
  const loaded = await timeAsync('loadAll (read, unpack, validate)', () => store.loadAll());
  const merged = time('merge + score every vendor', () => loaded.vendors.map((r) => mergeVendor(r, 'standard')));
  const perVendor = time('CSV, one row per vendor', () => mergedVendorsToCsv(merged));
  const perClaim = time('CSV, one row per vendor × claim', () => mergedVendorClaimsToCsv(merged, { delimiter: ';' }));
  const json = time('JSON export', () => exportJson(loaded.vendors));
  const parsed = time('JSON import: parse + validate', () => parseImport(json));
  if (!parsed.ok) throw new Error(parsed.error);
  time('JSON import: merge into existing records', () => mergeImport(loaded.vendors, parsed.vendors));
  log(`\nsizes: vendor CSV ${mb(perVendor.length)}, vendor×claim CSV ${mb(perClaim.length)}, JSON ${mb(json.length)}`);
  log(`contradictions: ${merged.filter((m) => m.contradictions.length).length} of ${merged.length} vendors have at least one`);

  const real = await realPages();
  if (!real) return;
  const rich = real.filter((a) => CLAIM_IDS.filter((id) => a.claims[id].value !== 'unknown').length >= 4);
  log(`\nvendors made of the ${real.length} real fixture pages (seeds + real; ${rich.length} of them answer 4+ claims):`);
  for (const [label, pool] of [['every page', real], ['pages answering 4+ claims', rich]] as const) {
    const { packed, old, pages } = sizes(vendorsOf(pool, VENDORS, PAGES));
    log(sizeLine(`${label}, packed`, packed, pages));
    log(sizeLine(`${label}, schema-1 shape`, old, pages));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runVendorBench(Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 5)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
