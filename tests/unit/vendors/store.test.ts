import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../lib/vendors/storage';
import { META_KEY, VendorStore, VendorStoreError, vendorKey, type LockFn } from '../../../lib/vendors/store';
import { STORED_SCHEMA_VERSION, VENDOR_SCHEMA_VERSION } from '../../../lib/vendors/types';
import { makeAnalysis, V0_RECORD } from './helpers';

const now = () => new Date('2025-06-01T00:00:00.000Z');

async function storeWith(...urls: string[]) {
  const storage = new MemoryStorage();
  const store = new VendorStore(storage, { now });
  for (const u of urls) await store.addAnalysis(makeAnalysis(u, { dpa_offered: 'yes' }), `text of ${u}`);
  return { storage, store };
}

describe('VendorStore', () => {
  it('keeps one key per vendor and loads them back sorted', async () => {
    const { storage, store } = await storeWith('https://www.beta.com/privacy', 'https://alpha.io/gdpr', 'https://app.beta.com/security');
    const keys = Object.keys(await storage.get(null));
    expect(keys.sort()).toEqual(['vendor:alpha.io', 'vendor:beta.com']);
    const { vendors, problems } = await store.loadAll();
    expect(problems).toEqual([]);
    expect(vendors.map((v) => [v.id, v.pages.length])).toEqual([['alpha.io', 1], ['beta.com', 2]]);
    expect((await storage.get([META_KEY]))[META_KEY]).toEqual({ schemaVersion: STORED_SCHEMA_VERSION });
  });

  it('reports and skips a record it cannot read, loads the others, and leaves the bad one untouched', async () => {
    const { storage, store } = await storeWith('https://alpha.io/gdpr', 'https://beta.com/gdpr');
    storage.putRaw('vendor:broken.com', { id: 'broken.com', schemaVersion: 1, pages: 'oops' });
    storage.putRaw('vendor:wrong.com', (await storage.get(['vendor:alpha.io']))['vendor:alpha.io']);
    storage.putRaw('settings', { theme: 'dark' });
    const { vendors, problems } = await store.loadAll();
    expect(vendors.map((v) => v.id)).toEqual(['alpha.io', 'beta.com']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ key: 'vendor:broken.com' });
    expect(problems[0]!.message).toMatch(/pages: expected a list/);
    expect(problems[1]!.message).toMatch(/holds the record of "alpha.io"/);
    expect((await storage.get(['vendor:broken.com']))['vendor:broken.com']).toEqual({ id: 'broken.com', schemaVersion: 1, pages: 'oops' });
    // Saving another vendor does not touch it either; writing to the broken vendor is refused.
    await store.addAnalysis(makeAnalysis('https://gamma.org/x', {}), 'x');
    await expect(store.addAnalysis(makeAnalysis('https://broken.com/x', {}), 'x')).rejects.toThrow(/cannot be read.*left untouched/);
    expect((await storage.get(['vendor:broken.com']))['vendor:broken.com']).toEqual({ id: 'broken.com', schemaVersion: 1, pages: 'oops' });
  });

  it('migrates old records on load and writes them back', async () => {
    const storage = new MemoryStorage({ initial: { [vendorKey('acme.se')]: V0_RECORD } });
    const store = new VendorStore(storage, { now });
    const { vendors, problems } = await store.loadAll();
    expect(problems).toEqual([]);
    expect(vendors[0]).toMatchObject({ id: 'acme.se', schemaVersion: VENDOR_SCHEMA_VERSION, notes: '' });
    const raw = (await storage.get(['vendor:acme.se']))['vendor:acme.se'] as { schemaVersion: number; quotes: string[] };
    expect(raw.schemaVersion).toBe(STORED_SCHEMA_VERSION);
    expect(raw.quotes).toEqual(['Data lagras i Stockholm.']);
    // Read again: nothing left to migrate, the same record.
    expect(await new VendorStore(storage, { now }).loadAll()).toEqual({ vendors, problems: [] });
  });

  it('a full storage raises a clear error and keeps the previous stored record', async () => {
    const { storage, store } = await storeWith('https://acme.com/a');
    const before = await storage.get(null);
    const small = new MemoryStorage({ quotaBytes: storage.bytesInUse() + 50, initial: before });
    const tight = new VendorStore(small, { now });
    const big = makeAnalysis('https://acme.com/b', { subprocessors: { value: 'listed', details: Array.from({ length: 40 }, (_, i) => `Provider ${i}`) } });
    const err = await tight.addAnalysis(big, 'b').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VendorStoreError);
    expect((err as Error).message).toMatch(/storage is full.*previous version is kept/);
    expect(await small.get(null)).toEqual(before);
  });

  it('a failing storage raises a clear error and changes nothing', async () => {
    const { storage, store } = await storeWith('https://acme.com/a');
    const before = await storage.get(null);
    storage.failWrite = () => new Error('IO error: disk unavailable');
    await expect(store.setNotes('acme.com', 'new notes')).rejects.toThrow(/Could not save acme.com: IO error: disk unavailable. The previous version is kept/);
    expect(await storage.get(null)).toEqual(before);
  });

  it('sets and clears overrides and notes; an invalid value changes nothing', async () => {
    const { store } = await storeWith('https://acme.com/a');
    await store.setOverride('acme.com', 'certifications', 'certified', 'ISO 27001 certificate seen');
    await store.setNotes('acme.com', 'Shortlisted');
    await expect(store.setOverride('acme.com', 'certifications', 'platinum')).rejects.toThrow(/not a value/);
    let r = await store.get('acme.com');
    expect(r?.overrides.certifications).toEqual({ value: 'certified', note: 'ISO 27001 certificate seen', setAt: '2025-06-01T00:00:00.000Z' });
    expect(r?.notes).toBe('Shortlisted');
    await store.clearOverride('acme.com', 'certifications');
    r = await store.get('acme.com');
    expect(r?.overrides).toEqual({});
    await expect(store.setNotes('nobody.com', 'x')).rejects.toThrow(/No vendor nobody.com/);
  });

  it('deletes pages, and the vendor with its last page unless the user left something on it', async () => {
    const { store } = await storeWith('https://acme.com/a', 'https://acme.com/b', 'https://beta.com/a');
    expect((await store.deletePage('acme.com', 'https://acme.com/a'))?.pages.map((p) => p.url)).toEqual(['https://acme.com/b']);
    expect(await store.deletePage('acme.com', 'https://acme.com/b')).toBeUndefined();
    expect(await store.get('acme.com')).toBeUndefined();
    await store.setNotes('beta.com', 'keep me');
    expect((await store.deletePage('beta.com', 'https://beta.com/a'))?.pages).toEqual([]);
    await store.delete('beta.com');
    expect((await store.loadAll()).vendors).toEqual([]);
  });
});

describe('VendorStore edits in quick succession', () => {
  it('does not lose an edit when several run at once', async () => {
    const { store } = await storeWith('https://acme.com/a');
    await Promise.all([
      store.setOverride('acme.com', 'dpa_offered', 'on_request', 'a'),
      store.setOverride('acme.com', 'certifications', 'certified', 'b'),
      store.setNotes('acme.com', 'c'),
      store.addAnalysis(makeAnalysis('https://acme.com/b', { breach_notification: 'yes' }), 'b'),
    ]);
    const r = await store.get('acme.com');
    expect(Object.keys(r!.overrides).sort()).toEqual(['certifications', 'dpa_offered']);
    expect(r!.notes).toBe('c');
    expect(r!.pages).toHaveLength(2);
  });

  it('two stores on one storage (popup and background) keep both pages when they share a lock', async () => {
    const storage = new MemoryStorage();
    // A plain mutex, as navigator.locks is to the extension's pages and service worker.
    let tail: Promise<unknown> = Promise.resolve();
    const held: string[] = [];
    const lock: LockFn = (name, step) => {
      const run = tail.then(() => {
        held.push(name);
        return step();
      });
      tail = run.catch(() => undefined);
      return run;
    };
    const popup = new VendorStore(storage, { now, lock });
    const background = new VendorStore(storage, { now, lock });
    await Promise.all([
      popup.addAnalysis(makeAnalysis('https://acme.com/gdpr', { dpa_offered: 'yes' }), 'a'),
      background.addAnalysis(makeAnalysis('https://acme.com/dpa', { dpa_offered: 'yes' }), 'b'),
      background.addAnalysis(makeAnalysis('https://acme.com/security', { encryption_at_rest: 'yes' }), 'c'),
    ]);
    expect((await popup.get('acme.com'))!.pages.map((p) => p.url).sort()).toEqual(['https://acme.com/dpa', 'https://acme.com/gdpr', 'https://acme.com/security']);
    expect(held).toEqual(['vps:vendor:acme.com', 'vps:vendor:acme.com', 'vps:vendor:acme.com']);
  });
});
