import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateRecord } from '../../../lib/vendors/migrations';
import { checkVendorRecord } from '../../../lib/vendors/validate';
import { packRecord } from '../../../lib/vendors/pack';
import { STORED_SCHEMA_VERSION, VENDOR_SCHEMA_VERSION } from '../../../lib/vendors/types';
import { V0_RECORD } from './helpers';

describe('migrations', () => {
  it('form one chain from 0 to the current version', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.from).toBe(i);
      expect(m.to).toBe(i + 1);
    });
    expect(MIGRATIONS.at(-1)?.to).toBe(VENDOR_SCHEMA_VERSION);
  });

  it('bring a v0 record to the current schema, keeping its pages and claims', () => {
    const r = migrateRecord(structuredClone(V0_RECORD));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rec = r.value.record;
    expect(r.value.migrated).toBe(true);
    expect(rec).toMatchObject({ schemaVersion: VENDOR_SCHEMA_VERSION, id: 'acme.se', name: 'acme.se', overrides: {}, notes: '' });
    expect(rec.createdAt).toBe('2024-03-01T10:00:00.000Z');
    expect(rec.updatedAt).toBe('2024-05-01T10:00:00.000Z');
    expect(rec.pages[0]).toMatchObject({ firstAnalyzedAt: '2024-05-01T10:00:00.000Z', textLength: 0 });
    expect(rec.pages[0]!.claims.data_location?.quotes).toEqual(['Data lagras i Stockholm.']);
    expect(checkVendorRecord(rec).ok).toBe(true);
  });

  it('read a current (packed) record as it is, and an unpacked current-shape record as one to write back', () => {
    const first = migrateRecord(structuredClone(V0_RECORD));
    if (!first.ok) throw new Error(first.error);
    const again = migrateRecord(packRecord(first.value.record));
    expect(again).toEqual({ ok: true, value: { record: first.value.record, migrated: false } });
    expect(migrateRecord(first.value.record)).toEqual({ ok: true, value: { record: first.value.record, migrated: true } });
  });

  it('refuse a record from a newer version and say so', () => {
    const r = migrateRecord({ ...V0_RECORD, schemaVersion: STORED_SCHEMA_VERSION + 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/newer version/);
  });

  it.each([
    ['not an object', 'garbage', /expected an object/],
    ['a bad version', { ...V0_RECORD, schemaVersion: 'one' }, /schemaVersion/],
    ['a bad claim value', { ...V0_RECORD, pages: [{ ...V0_RECORD.pages[0], claims: { data_location: { value: 'moon', details: [], quotes: [] } } }] }, /pages\[0\]\.claims\.data_location\.value: "moon" is not a value of data_location/],
    ['a foreign claim', { ...V0_RECORD, pages: [{ ...V0_RECORD.pages[0], claims: { vibes: { value: 'good', details: [], quotes: [] } } }] }, /"vibes" is not a claim/],
    ['no pages list', { ...V0_RECORD, pages: 'many' }, /pages: expected a list/],
    ['a bad date', { ...V0_RECORD, pages: [{ ...V0_RECORD.pages[0], analyzedAt: 'yesterday' }] }, /[aA]nalyzedAt: "yesterday" is not a date/],
    ['a bad id', { ...V0_RECORD, id: 'acme.se/../x' }, /id: .* is not a domain name/],
    ['a page twice', { ...V0_RECORD, pages: [V0_RECORD.pages[0], V0_RECORD.pages[0]] }, /appears twice/],
  ])('reject %s with a message naming what is wrong', (_name, raw, message) => {
    const r = migrateRecord(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
