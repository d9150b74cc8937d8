import type { Analysis, ClaimId } from '../types';
import { migrateRecord } from './migrations';
import { combineRecords, sameJson } from './combine';
import {
  addAnalysis,
  clearOverride,
  removePage,
  setName,
  setNotes,
  setOverride,
  vendorIdOf,
  type AddAnalysisOptions,
} from './record';
import type { KeyValueStorage } from './storage';
import type { VendorRecord } from './types';
import { STORED_SCHEMA_VERSION } from './types';
import { packRecord } from './pack';

export const VENDOR_KEY_PREFIX = 'vendor:';
/** Namespaced, so it cannot collide with other keys the extension keeps in storage.local. */
export const META_KEY = 'vendors:meta';

export interface StoreMeta {
  schemaVersion: number;
}

export interface LoadProblem {
  key: string;
  message: string;
}

export interface LoadResult {
  vendors: VendorRecord[];
  /** Records that could not be read: reported, skipped and left untouched in storage. */
  problems: LoadProblem[];
}

export interface ImportSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
  failed: { id: string; message: string }[];
}

/** A write or read that failed; the stored value it concerns is left as it was. */
export class VendorStoreError extends Error {
  override readonly name = 'VendorStoreError';
}

/** Runs `step` holding the named lock; held across every page of the extension that uses the same lock. */
export type LockFn = <T>(name: string, step: () => Promise<T>) => Promise<T>;

/**
 * The Web Locks API where the runtime has one (extension pages and the background share one origin,
 * hence one lock manager), so the popup, the dashboard and the background never interleave their
 * read-modify-write of one vendor. Feature-detected: Node and jsdom have none.
 */
function webLocks(): LockFn | undefined {
  type Locks = { request(name: string, cb: () => Promise<unknown>): Promise<unknown> };
  const locks = (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? (name, step) => locks.request(name, step) as ReturnType<typeof step> : undefined;
}

export function vendorKey(id: string): string {
  return VENDOR_KEY_PREFIX + id;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function writeError(what: string, e: unknown): VendorStoreError {
  const msg = messageOf(e);
  const full = /quota/i.test(msg)
    ? `Could not save ${what}: the extension's storage is full. The previous version is kept. ` +
      'Export to JSON, then delete vendors or pages you no longer need.'
    : `Could not save ${what}: ${msg}. The previous version is kept.`;
  return new VendorStoreError(full, { cause: e });
}

/**
 * Vendor records in a key/value storage: one key per vendor (`vendor:<domain>`), plus `vendors:meta`.
 * Every write touches one key only, so a failing write (quota, storage error) cannot leave half an
 * update behind, and an unreadable record never takes the others down with it.
 */
export class VendorStore {
  private readonly now: () => Date;
  /** Last pending change per vendor: changes to one vendor from this store run one after another. */
  private readonly pending = new Map<string, Promise<unknown>>();

  private readonly lock: LockFn | undefined;

  /** `lock`: shared across contexts (default: Web Locks when available; null for none). */
  constructor(
    private readonly storage: KeyValueStorage,
    opts: { now?: () => Date; lock?: LockFn | null } = {},
  ) {
    this.now = opts.now ?? (() => new Date());
    this.lock = opts.lock === null ? undefined : (opts.lock ?? webLocks());
  }

  private nowIso(): string {
    return this.now().toISOString();
  }

  /** Every readable vendor (migrated to the current schema and written back), and what could not be read. */
  async loadAll(opts: { persistMigrations?: boolean } = {}): Promise<LoadResult> {
    let all: Record<string, unknown>;
    try {
      all = await this.storage.get(null);
    } catch (e) {
      throw new VendorStoreError(`Could not read the vendor records: ${messageOf(e)}`, { cause: e });
    }
    const vendors: VendorRecord[] = [];
    const problems: LoadProblem[] = [];
    const migrated: VendorRecord[] = [];
    for (const [key, raw] of Object.entries(all)) {
      if (!key.startsWith(VENDOR_KEY_PREFIX)) continue;
      const r = migrateRecord(raw, key);
      if (!r.ok) {
        problems.push({ key, message: r.error });
        continue;
      }
      if (vendorKey(r.value.record.id) !== key) {
        problems.push({ key, message: `${key}: holds the record of "${r.value.record.id}"` });
        continue;
      }
      vendors.push(r.value.record);
      if (r.value.migrated) migrated.push(r.value.record);
    }
    if (opts.persistMigrations ?? true) {
      for (const rec of migrated) {
        try {
          await this.storage.set({ [vendorKey(rec.id)]: packRecord(rec) });
        } catch (e) {
          problems.push({ key: vendorKey(rec.id), message: `migrated in memory but not saved: ${messageOf(e)}` });
        }
      }
      const meta = all[META_KEY] as Partial<StoreMeta> | undefined;
      if (!problems.length && meta?.schemaVersion !== STORED_SCHEMA_VERSION && !(Number(meta?.schemaVersion) > STORED_SCHEMA_VERSION)) {
        try {
          await this.storage.set({ [META_KEY]: { schemaVersion: STORED_SCHEMA_VERSION } satisfies StoreMeta });
        } catch {
          // The meta key only records the version reached; records carry their own versions.
        }
      }
    }
    vendors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { vendors, problems };
  }

  /** One vendor; undefined when there is none. Throws VendorStoreError when its record cannot be read. */
  async get(id: string): Promise<VendorRecord | undefined> {
    const key = vendorKey(id);
    let raw: unknown;
    try {
      raw = (await this.storage.get([key]))[key];
    } catch (e) {
      throw new VendorStoreError(`Could not read ${id}: ${messageOf(e)}`, { cause: e });
    }
    if (raw === undefined) return undefined;
    const r = migrateRecord(raw, key);
    if (!r.ok) {
      throw new VendorStoreError(`The stored record of ${id} cannot be read (${r.error}); it was left untouched. Delete it to start it afresh.`);
    }
    return r.value.record;
  }

  async save(record: VendorRecord): Promise<void> {
    try {
      await this.storage.set({ [vendorKey(record.id)]: packRecord(record) });
    } catch (e) {
      throw writeError(record.id, e);
    }
  }

  /** Runs read-modify-write steps on one vendor in order, so two quick edits cannot undo each other. */
  private serial<T>(id: string, step: () => Promise<T>): Promise<T> {
    const before = this.pending.get(id) ?? Promise.resolve();
    const lock = this.lock;
    const run = before.catch(() => undefined).then(() => (lock ? lock(`vps:${vendorKey(id)}`, step) : step()));
    const tail = run.catch(() => undefined);
    this.pending.set(id, tail);
    void tail.then(() => {
      if (this.pending.get(id) === tail) this.pending.delete(id);
    });
    return run;
  }

  private update(id: string, change: (r: VendorRecord) => VendorRecord): Promise<VendorRecord> {
    return this.serial(id, async () => {
      const rec = await this.get(id);
      if (!rec) throw new VendorStoreError(`No vendor ${id}.`);
      const next = change(rec);
      if (next !== rec) await this.save(next);
      return next;
    });
  }

  /** Files an analysed page under its vendor (creating the vendor) and saves it. */
  async addAnalysis(analysis: Analysis, pageText: string, opts: AddAnalysisOptions = {}): Promise<VendorRecord> {
    const id = vendorIdOf(analysis);
    return this.serial(id, async () => {
      const prev = id ? await this.get(id) : undefined;
      const next = addAnalysis(prev, analysis, pageText, { now: this.now, ...opts });
      await this.save(next);
      return next;
    });
  }

  async delete(id: string): Promise<void> {
    try {
      await this.storage.remove([vendorKey(id)]);
    } catch (e) {
      throw new VendorStoreError(`Could not delete ${id}: ${messageOf(e)}`, { cause: e });
    }
  }

  /** Removes one page; a vendor left with no page, no value set by hand and no notes is deleted. */
  deletePage(id: string, url: string): Promise<VendorRecord | undefined> {
    return this.serial(id, async () => {
      const rec = await this.get(id);
      if (!rec) return undefined;
      const next = removePage(rec, url, this.nowIso());
      if (next === rec) return rec;
      if (!next.pages.length && !Object.keys(next.overrides).length && !next.notes.trim()) {
        await this.delete(id);
        return undefined;
      }
      await this.save(next);
      return next;
    });
  }

  setOverride(id: string, claim: ClaimId, value: string, note = ''): Promise<VendorRecord> {
    return this.update(id, (r) => setOverride(r, claim, value, note, this.nowIso()));
  }

  clearOverride(id: string, claim: ClaimId): Promise<VendorRecord> {
    return this.update(id, (r) => clearOverride(r, claim, this.nowIso()));
  }

  setNotes(id: string, notes: string): Promise<VendorRecord> {
    return this.update(id, (r) => setNotes(r, notes, this.nowIso()));
  }

  setName(id: string, name: string): Promise<VendorRecord> {
    return this.update(id, (r) => setName(r, name, this.nowIso()));
  }

  /**
   * Merges already validated records (see `parseImport`) into the store, one vendor at a time.
   * A vendor whose stored record is unreadable is not overwritten: it is listed under `failed`.
   */
  async importRecords(records: VendorRecord[]): Promise<ImportSummary> {
    const summary: ImportSummary = { added: [], updated: [], unchanged: [], failed: [] };
    for (const rec of records) {
      try {
        const outcome = await this.serial(rec.id, async () => {
          const mine = await this.get(rec.id);
          const next = mine ? combineRecords(mine, rec) : rec;
          if (mine && sameJson(mine, next)) return 'unchanged' as const;
          await this.save(next);
          return mine ? ('updated' as const) : ('added' as const);
        });
        summary[outcome].push(rec.id);
      } catch (e) {
        summary.failed.push({ id: rec.id, message: messageOf(e) });
      }
    }
    return summary;
  }
}
