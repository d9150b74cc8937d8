import { checkVendorRecord, type Checked } from './validate';
import { PackError, unpackRecord } from './pack';
import { fitRecord } from './record';
import type { VendorRecord } from './types';
import { STORED_SCHEMA_VERSION, VENDOR_SCHEMA_VERSION } from './types';

type Raw = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  what: string;
  up(record: Raw): Raw;
}

function isObject(x: unknown): x is Raw {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The migration chain, one step per schema version. Each step takes a record of version `from`
 * and returns one of version `to`; records are migrated one by one, so a store can hold a mix.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    what: 'records from before versioning: add name, overrides, notes, created/updated dates; pages get firstAnalyzedAt and textLength',
    up(r) {
      // A malformed pages field is left as it is, for validation to report (never silently emptied).
      if (!Array.isArray(r.pages)) return { ...r, schemaVersion: 1 };
      const pages: unknown[] = r.pages;
      const dates = pages.map((p) => (isObject(p) && typeof p.analyzedAt === 'string' ? p.analyzedAt : '')).filter(Boolean).sort();
      const fallback = dates[0] ?? new Date(0).toISOString();
      return {
        ...r,
        schemaVersion: 1,
        name: typeof r.name === 'string' && r.name ? r.name : r.id,
        overrides: r.overrides ?? {},
        notes: r.notes ?? '',
        createdAt: r.createdAt ?? fallback,
        updatedAt: r.updatedAt ?? dates[dates.length - 1] ?? fallback,
        pages: pages.map((p) =>
          isObject(p) ? { ...p, firstAnalyzedAt: p.firstAnalyzedAt ?? p.analyzedAt, textLength: p.textLength ?? 0 } : p,
        ),
      };
    },
  },
];

/** Schema version of a stored or imported record; records from before versioning have none (0). */
export function recordVersion(raw: Raw): number | undefined {
  const v = raw.schemaVersion;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/**
 * Reads a stored, imported or changed record of any known version: the packed storage form
 * (`STORED_SCHEMA_VERSION`) is unpacked, older shapes are migrated step by step, then the record is
 * checked. `migrated` is true when the value was not in the packed form: a store writes it back packed.
 * Never throws.
 */
export function migrateRecord(raw: unknown, path = 'vendor'): Checked<{ record: VendorRecord; migrated: boolean }> {
  if (!isObject(raw)) return { ok: false, error: `${path}: expected an object` };
  let version = recordVersion(raw);
  if (version === undefined) return { ok: false, error: `${path}.schemaVersion: not a version number` };
  if (version > STORED_SCHEMA_VERSION) {
    return { ok: false, error: `${path}: written by a newer version of the extension (schema ${version}; this one reads up to ${STORED_SCHEMA_VERSION})` };
  }
  const packed = version === STORED_SCHEMA_VERSION;
  let r = raw;
  if (packed) {
    try {
      r = unpackRecord(raw, path);
    } catch (e) {
      if (e instanceof PackError) return { ok: false, error: e.message };
      throw e;
    }
    version = VENDOR_SCHEMA_VERSION;
  }
  while (version < VENDOR_SCHEMA_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) return { ok: false, error: `${path}: no migration from schema ${version}` };
    try {
      r = step.up(r);
    } catch (e) {
      return { ok: false, error: `${path}: migration ${step.from}→${step.to} failed: ${e instanceof Error ? e.message : String(e)}` };
    }
    version = step.to;
  }
  const checked = checkVendorRecord(r, path);
  if (!checked.ok) return checked;
  return { ok: true, value: { record: packed ? checked.value : fitRecord(checked.value), migrated: !packed } };
}
