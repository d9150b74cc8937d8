import { describe, expect, it } from 'vitest';
import { CLAIM_IDS } from '../../../lib/types';
import {
  addAnalysis,
  checkVendorRecord,
  cutText,
  fitQuotes,
  mergeVendor,
  migrateRecord,
  packRecord,
  setNotes,
  setOverride,
  storedBytes,
  storedClaimsOf,
  STORED_CLAIM_LIMITS,
  STORED_SCHEMA_VERSION,
  MemoryStorage,
  VendorStore,
  vendorKey,
  type VendorRecord,
} from '../../../lib/vendors';
import { makeAnalysis } from './helpers';
import { REALISTIC_QUOTES as Q, realisticVendor, realisticVendorOldShape } from './realistic-vendor';

const QUOTA = 10 * 1024 * 1024;
const now = () => new Date('2025-06-01T00:00:00.000Z');

/** Through JSON, as storage.local keeps it, and read back. */
function roundTrip(rec: VendorRecord): VendorRecord {
  const r = migrateRecord(JSON.parse(JSON.stringify(packRecord(rec))), vendorKey(rec.id));
  if (!r.ok) throw new Error(r.error);
  expect(r.value.migrated).toBe(false);
  return r.value.record;
}

/** What every consumer reads of a vendor: the merged view (dashboard, comparison, CSV) and the pages. */
function consumerView(rec: VendorRecord) {
  const m = mergeVendor(rec, 'standard');
  return { m, pages: rec.pages.map((p) => ({ url: p.url, title: p.title, lastChange: p.lastChange })) };
}

describe('the stored (packed) form of a vendor record', () => {
  it('reads back as the same record: pages, claims, quotes, overrides, notes, dates, the last change', () => {
    let rec = realisticVendor();
    // The privacy page analysed again with other text: a change to remember.
    const again = makeAnalysis('https://www.nordlager.se/privacy', { data_location: { value: 'mixed', details: ['Stockholm', 'Virginia'], quotes: ['Backups are kept in Virginia.'] } }, '2025-05-01T00:00:00.000Z');
    rec = addAnalysis(rec, again, 'changed text', { now });
    rec = setOverride(rec, 'dpo_contact', 'exists_no_contact', 'Only a form', '2025-05-02T00:00:00.000Z');
    rec = setNotes(rec, 'Shortlisted; ask about "BYOK"', '2025-05-03T00:00:00.000Z');
    const back = roundTrip(rec);
    expect(back).toEqual(rec);
    expect(consumerView(back)).toEqual(consumerView(rec));
    const privacy = back.pages.find((p) => p.url === 'https://www.nordlager.se/privacy')!;
    expect(privacy.firstAnalyzedAt).toBe('2025-04-01T09:30:00.000Z');
    expect(privacy.lastChange?.claims.find((c) => c.claim === 'data_location')).toMatchObject({ from: 'eu_eea', to: 'mixed', detailsAdded: ['Virginia'] });
    expect(back.pages.every((p) => p.kind === 'html')).toBe(true);
  });

  it('writes each quote once per record, however many claims and pages quote it', () => {
    const packed = packRecord(realisticVendor());
    expect(new Set(packed.quotes).size).toBe(packed.quotes.length);
    const aws = packed.quotes.findIndex((q) => q.startsWith('We use Amazon Web Services EMEA SARL'));
    const users = packed.pages.flatMap((p) => Object.values(p.claims).filter((c) => c![1].includes(aws)));
    expect(users.length).toBeGreaterThanOrEqual(4);
    // Readable: claims by name, values as words, the quote list at the end.
    expect(packed.pages[0]!.claims.data_location).toEqual(['eu_eea', [0], ['Stockholm', 'Gothenburg', 'EU/EEA']]);
    expect(packed.quotes[0]).toBe(Q.stockholm);
    expect(packed.pages[1]!.firstAnalyzedAt).toBeUndefined();
  });

  it('keeps per claim the first quote (cut at a word) and the next ones that fit whole', () => {
    const N = STORED_CLAIM_LIMITS.quoteChars;
    const [cut] = fitQuotes([Q.aws]);
    expect(cut!.length).toBeLessThanOrEqual(N);
    expect(cut).toMatch(/^We use Amazon Web Services EMEA SARL as our hosting provider; only the eu-north-1 \(Stockholm\) region is used, and AWS\S* .*\S…$/);
    expect(Q.aws.startsWith(cut!.slice(0, -1))).toBe(true);
    // Then the next quotes that still fit whole (the long one does not), three at most.
    const kept = fitQuotes([Q.rest, Q.aws, 'Short one.', 'Another.', 'One more.']);
    expect(kept).toEqual([Q.rest, 'Short one.', 'Another.']);
    expect(kept.join('').length).toBeLessThanOrEqual(N);
    expect(fitQuotes(kept)).toEqual(kept);
    expect(fitQuotes([Q.rest, Q.rest, Q.transit])).toEqual([Q.rest]);
    expect(cutText('short', N)).toBe('short');
    expect(cutText('x'.repeat(400), N)).toBe('x'.repeat(N - 1) + '…');
    expect(cutText('ab😀'.repeat(100), 10)).not.toMatch(/[\uD800-\uDBFF]…$/);
  });

  it('leaves the analysis itself (what the popup shows) whole', () => {
    const a = makeAnalysis('https://www.nordlager.se/x', { key_control: { value: 'cloud_provider', quotes: [Q.kms, Q.aws] } });
    const before = structuredClone(a);
    const stored = storedClaimsOf(a.claims);
    expect(a).toEqual(before);
    expect(stored.key_control?.quotes).toEqual([cutText(Q.kms, STORED_CLAIM_LIMITS.quoteChars)]);
  });

  it('rejects a malformed packed record with a message that says where', () => {
    const good = JSON.parse(JSON.stringify(packRecord(realisticVendor())));
    const cases: [string, (r: any) => void, RegExp][] = [
      ['a quote number out of range', (r) => (r.pages[0].claims.data_location[1] = [999]), /pages\[0\]\.claims\.data_location\[1\]\[0\]: quote 999 does not exist/],
      ['a claim that is not a tuple', (r) => (r.pages[1].claims.key_control = { value: 'vendor' }), /pages\[1\]\.claims\.key_control: expected \[value/],
      ['no quote list', (r) => delete r.quotes, /quotes: expected a list/],
      ['a bad value', (r) => (r.pages[0].claims.dpa_offered[0] = 'maybe'), /claims\.dpa_offered\.value: "maybe" is not a value/],
      ['a quote that is not text', (r) => (r.quotes[0] = 7), /claims\.data_location\.quotes\[0\]: expected text/],
      ['bad details', (r) => (r.pages[0].claims.data_location[2] = 'Stockholm'), /claims\.data_location\.details: expected a list/],
    ];
    for (const [name, spoil, message] of cases) {
      const raw = structuredClone(good);
      spoil(raw);
      const r = migrateRecord(raw, 'vendor:nordlager.se');
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error, name).toMatch(message);
    }
  });
});

describe('records stored in the previous shape (schema 1)', () => {
  it('read fine, are written back packed and within the limits, and show the same values', async () => {
    const old = realisticVendorOldShape();
    expect(checkVendorRecord(old).ok).toBe(true);
    const storage = new MemoryStorage({ initial: { [vendorKey('nordlager.se')]: old, 'vendor:broken.se': { schemaVersion: 1, id: 'broken.se', pages: 'oops' } } });
    const bytesBefore = storage.bytesInUse();
    const { vendors, problems } = await new VendorStore(storage, { now }).loadAll();
    // The malformed record is reported and left as it was; the other is read.
    expect(problems.map((p) => p.key)).toEqual(['vendor:broken.se']);
    expect((await storage.get(['vendor:broken.se']))['vendor:broken.se']).toEqual({ schemaVersion: 1, id: 'broken.se', pages: 'oops' });
    expect(vendors.map((v) => v.id)).toEqual(['nordlager.se']);
    const rec = vendors[0]!;
    const raw = (await storage.get(['vendor:nordlager.se']))['vendor:nordlager.se'] as { schemaVersion: number };
    expect(raw.schemaVersion).toBe(STORED_SCHEMA_VERSION);
    expect(storage.bytesInUse()).toBeLessThan(bytesBefore * 0.75);

    // What the dashboard and the exports show: the same values, details, sources and contradictions.
    const checked = checkVendorRecord(old);
    if (!checked.ok) throw new Error(checked.error);
    const before = mergeVendor(checked.value, 'standard');
    const after = mergeVendor(rec, 'standard');
    expect(after.score).toEqual(before.score);
    expect(after.contradictions).toEqual(before.contradictions);
    for (const id of CLAIM_IDS) {
      expect(after.claims[id].value, id).toBe(before.claims[id].value);
      expect(after.claims[id].details, id).toEqual(before.claims[id].details);
      // Among pages that agree, the source is the most specific one; fewer quotes kept can change the pick.
      if (after.claims[id].extractedValue !== 'unknown') {
        expect(after.claims[id].statements.filter((st) => st.value === after.claims[id].extractedValue).map((st) => st.url), id).toContain(after.claims[id].sourceUrl);
      }
      expect(after.claims[id].statements.map((st) => [st.url, st.value, st.details]), id).toEqual(before.claims[id].statements.map((st) => [st.url, st.value, st.details]));
      for (const e of after.claims[id].evidence) {
        expect(e.quote.length, id).toBeLessThanOrEqual(STORED_CLAIM_LIMITS.quoteChars);
        // Each kept quote is (the start of) a quote the same page gave for the claim.
        const said = before.claims[id].statements.some((st) => st.url === e.url && st.quotes.some((q) => q.startsWith(e.quote.replace(/…$/, ''))));
        expect(said, `${id}: ${e.quote}`).toBe(true);
      }
    }
    // Read again: already packed, nothing to rewrite, the same record.
    const second = await new VendorStore(storage, { now }).loadAll();
    expect(second.vendors).toEqual(vendors);
  });
});

describe('what a vendor costs in storage.local', () => {
  it('a realistic five-page vendor stays under 1,000 B a page (1,000 such vendors: under half the 10 MB quota)', () => {
    const rec = realisticVendor();
    const bytes = storedBytes(vendorKey(rec.id), packRecord(rec));
    const oldBytes = storedBytes(vendorKey(rec.id), realisticVendorOldShape());
    expect(bytes / rec.pages.length).toBeLessThan(1000);
    expect((bytes * 1000) / QUOTA).toBeLessThan(0.5);
    expect(bytes).toBeLessThan(oldBytes * 0.65);
  });

  it('a page however long its quotes costs a bounded amount: twelve claims of three 1,000-character quotes', () => {
    const spec = Object.fromEntries(CLAIM_IDS.map((id, i) => [id, { value: id === 'data_location' ? 'eu_eea' : 'yes', quotes: [0, 1, 2].map((j) => `Sentence ${i}.${j} `.repeat(70)) }]));
    spec.key_control = { value: 'customer', quotes: spec.key_control!.quotes };
    spec.dpo_contact = { value: 'named', quotes: spec.dpo_contact!.quotes };
    spec.subprocessors = { value: 'listed', quotes: spec.subprocessors!.quotes };
    spec.certifications = { value: 'certified', quotes: spec.certifications!.quotes };
    spec.third_country_transfer = { value: 'none_claimed', quotes: spec.third_country_transfer!.quotes };
    spec.us_exposure = { value: 'eu_owned_stack', quotes: spec.us_exposure!.quotes };
    const rec = addAnalysis(undefined, makeAnalysis('https://www.long.example/privacy', spec), 'text', { now });
    expect(Object.keys(rec.pages[0]!.claims)).toHaveLength(12);
    expect(storedBytes(vendorKey(rec.id), packRecord(rec))).toBeLessThan(12 * (STORED_CLAIM_LIMITS.quoteChars + 50) + 400);
  });
});
