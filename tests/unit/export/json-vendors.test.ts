import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportJson, mergeImport, parseImport } from '../../../lib/export/json';
import { addAnalysis, setOverride } from '../../../lib/vendors/record';
import { MemoryStorage } from '../../../lib/vendors/storage';
import { VendorStore } from '../../../lib/vendors/store';
import { VENDOR_SCHEMA_VERSION, type VendorRecord } from '../../../lib/vendors/types';
import { makeAnalysis, V0_RECORD } from '../vendors/helpers';

const now = () => new Date('2025-06-01T00:00:00.000Z');

function acme(): VendorRecord {
  let r = addAnalysis(undefined, makeAnalysis('https://acme.com/gdpr', { data_location: { value: 'eu_eea', details: ['Dublin'] } }, '2025-01-01T00:00:00.000Z'), 'v1', { now });
  r = setOverride(r, 'dpo_contact', 'named', 'from the DPA', '2025-01-02T00:00:00.000Z');
  return { ...r, notes: 'Our notes' };
}

function fileWith(vendors: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: VENDOR_SCHEMA_VERSION, exportedAt: '2025-06-01T00:00:00.000Z', vendors, ...extra });
}

describe('exportJson / parseImport', () => {
  it('round-trips every record exactly, with format tag and schema version', () => {
    const text = exportJson([acme()], { now });
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: EXPORT_FORMAT, schemaVersion: VENDOR_SCHEMA_VERSION, exportedAt: '2025-06-01T00:00:00.000Z' });
    expect(parseImport(text)).toEqual({ ok: true, vendors: [acme()], exportedAt: '2025-06-01T00:00:00.000Z' });
    expect(parseImport('\uFEFF' + text).ok).toBe(true);
  });

  it('migrates records of an older export', () => {
    const r = parseImport(JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 0, vendors: [V0_RECORD] }));
    expect(r.ok && r.vendors[0]).toMatchObject({ id: 'acme.se', schemaVersion: VENDOR_SCHEMA_VERSION, overrides: {} });
  });

  it('combines two records of one vendor in the same file', () => {
    const b = addAnalysis(undefined, makeAnalysis('https://acme.com/security', { encryption_at_rest: 'yes' }), 'b', { now });
    const r = parseImport(fileWith([acme(), b]));
    expect(r.ok && r.vendors.map((v) => [v.id, v.pages.length])).toEqual([['acme.com', 2]]);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['not JSON', '{"format": "vendor-privacy', /not valid JSON/],
    ['a JSON list', '[]', /not a JSON object/],
    ['a foreign file', JSON.stringify({ format: 'some-other-tool', vendors: [] }), /not a Vendor Privacy Scorecard export \(its format is "some-other-tool"\)/],
    ['a file with no tag', JSON.stringify({ vendors: [] }), /has no format tag/],
    ['a newer schema', fileWith([], { schemaVersion: VENDOR_SCHEMA_VERSION + 1 }), /newer version.*Update the extension/],
    ['a bad schema version', fileWith([], { schemaVersion: '1' }), /no valid schemaVersion/],
    ['no vendor list', fileWith([], { vendors: {} }), /no list of vendors/],
    ['a record with a bad claim value', fileWith([{ ...acme(), pages: [{ ...acme().pages[0], claims: { data_location: { value: 'EU', details: [], quotes: [] } } }] }]), /Vendor 1 \(acme\.com\) in the file is malformed: vendors\[0\]\.pages\[0\]\.claims\.data_location\.value: "EU" is not a value/],
    ['a record with a bad override', fileWith([acme(), { ...acme(), id: 'b.com', overrides: { dpo_contact: { value: 'named', note: 3, setAt: '2025-01-01' } } }]), /Vendor 2 \(b\.com\).*overrides\.dpo_contact\.note: expected text/],
    ['a record that is not an object', fileWith(['acme.com']), /Vendor 1 in the file is malformed/],
  ])('rejects %s with a clear message', (_n, text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error).toMatch(/Nothing was imported\.$/);
    }
  });

  it('a rejected file changes nothing in the store', async () => {
    const storage = new MemoryStorage();
    const store = new VendorStore(storage, { now });
    await store.save(acme());
    const before = await storage.get(null);
    const good = acme();
    const bad = { ...acme(), id: 'evil.com', pages: [{ ...acme().pages[0], textLength: -1 }] };
    const r = parseImport(fileWith([{ ...good, id: 'new.com' }, bad]));
    expect(r.ok).toBe(false);
    if (r.ok) await store.importRecords(r.vendors);
    expect(await storage.get(null)).toEqual(before);
  });
});

describe('mergeImport', () => {
  it('merges pages by URL (newer wins), overrides (newer wins) and keeps both notes', () => {
    const mine = acme();
    let theirs = addAnalysis(undefined, makeAnalysis('https://acme.com/gdpr', { data_location: 'mixed' }, '2025-02-01T00:00:00.000Z'), 'v2', { now });
    theirs = addAnalysis(theirs, makeAnalysis('https://acme.com/tom.pdf', { encryption_at_rest: 'yes' }, '2025-02-01T00:00:00.000Z'), 'pdf', { now });
    theirs = setOverride(theirs, 'dpo_contact', 'exists_no_contact', 'older note', '2024-12-01T00:00:00.000Z');
    theirs = setOverride(theirs, 'dpa_offered', 'yes', 'signed', '2025-02-02T00:00:00.000Z');
    theirs = { ...theirs, notes: 'Their notes' };
    const m = mergeImport([mine], [theirs, addAnalysis(undefined, makeAnalysis('https://new.io/x', {}), 'x', { now })]);
    expect(m.added).toEqual(['new.io']);
    expect(m.updated).toEqual(['acme.com']);
    const rec = m.vendors.find((v) => v.id === 'acme.com')!;
    expect(rec.pages.map((p) => [p.url, p.analyzedAt])).toEqual([
      ['https://acme.com/gdpr', '2025-02-01T00:00:00.000Z'],
      ['https://acme.com/tom.pdf', '2025-02-01T00:00:00.000Z'],
    ]);
    expect(rec.pages[0]!.firstAnalyzedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(rec.pages[0]!.lastChange?.claims.map((c) => [c.claim, c.from, c.to])).toEqual([['data_location', 'eu_eea', 'mixed']]);
    expect(rec.overrides.dpo_contact?.note).toBe('from the DPA');
    expect(rec.overrides.dpa_offered?.note).toBe('signed');
    expect(rec.notes).toBe('Our notes\n\nTheir notes');
    expect(m.vendors).toHaveLength(2);
  });

  it('importing one\'s own export again changes nothing', async () => {
    const storage = new MemoryStorage();
    const store = new VendorStore(storage, { now });
    await store.save(acme());
    const { vendors } = await store.loadAll();
    const before = await storage.get(null);
    const parsed = parseImport(exportJson(vendors));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(mergeImport([acme()], parsed.vendors)).toMatchObject({ changed: [], unchanged: ['acme.com'] });
    expect(await store.importRecords(parsed.vendors)).toEqual({ added: [], updated: [], unchanged: ['acme.com'], failed: [] });
    expect(await storage.get(null)).toEqual(before);
  });
});
