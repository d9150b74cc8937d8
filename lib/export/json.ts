import { combineRecords, sameJson } from '../vendors/combine';
import { migrateRecord, recordVersion } from '../vendors/migrations';
import type { VendorRecord } from '../vendors/types';
import { VENDOR_SCHEMA_VERSION } from '../vendors/types';

/** The tag that tells our exports from any other JSON file. */
export const EXPORT_FORMAT = 'vendor-privacy-scorecard';

export interface VendorExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  vendors: VendorRecord[];
}

/** Everything the store holds, re-importable by `parseImport`. */
export function exportJson(records: readonly VendorRecord[], opts: { now?: () => Date } = {}): string {
  const doc: VendorExport = {
    format: EXPORT_FORMAT,
    schemaVersion: VENDOR_SCHEMA_VERSION,
    exportedAt: (opts.now?.() ?? new Date()).toISOString(),
    vendors: [...records],
  };
  return JSON.stringify(doc, null, 1);
}

export type ParsedImport = { ok: true; vendors: VendorRecord[]; exportedAt: string } | { ok: false; error: string };

const NOTHING = ' Nothing was imported.';

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Reads an export file, strictly: anything wrong anywhere (not JSON, another program's file, a newer
 * schema, one malformed record) rejects the whole file with a message saying what, so an import
 * never half-happens. Records of older schemas are migrated; two records of one vendor are combined.
 */
export function parseImport(text: string): ParsedImport {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: 'The file is empty.' + NOTHING };
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).` + NOTHING };
  }
  if (!isObject(doc)) return { ok: false, error: 'The file is not a Vendor Privacy Scorecard export: it is not a JSON object.' + NOTHING };
  if (doc.format !== EXPORT_FORMAT) {
    const found = typeof doc.format === 'string' ? `its format is "${doc.format.slice(0, 60)}"` : 'it has no format tag';
    return { ok: false, error: `The file is not a Vendor Privacy Scorecard export (${found}).` + NOTHING };
  }
  const version = recordVersion(doc);
  if (version === undefined || doc.schemaVersion === undefined) {
    return { ok: false, error: 'The export has no valid schemaVersion.' + NOTHING };
  }
  if (version > VENDOR_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `The export was made by a newer version of the extension (schema ${version}; this one reads up to ${VENDOR_SCHEMA_VERSION}). Update the extension to import it.` + NOTHING,
    };
  }
  if (!Array.isArray(doc.vendors)) return { ok: false, error: 'The export has no list of vendors.' + NOTHING };
  const byId = new Map<string, VendorRecord>();
  for (let i = 0; i < doc.vendors.length; i++) {
    const raw: unknown = doc.vendors[i];
    // A record without its own version is as old as the file.
    const withVersion = isObject(raw) && raw.schemaVersion === undefined ? { ...raw, schemaVersion: version } : raw;
    const r = migrateRecord(withVersion, `vendors[${i}]`);
    if (!r.ok) {
      const id = isObject(raw) && typeof raw.id === 'string' ? ` (${raw.id.slice(0, 80)})` : '';
      return { ok: false, error: `Vendor ${i + 1}${id} in the file is malformed: ${r.error}.` + NOTHING };
    }
    const rec = r.value.record;
    const same = byId.get(rec.id);
    byId.set(rec.id, same ? combineRecords(same, rec) : rec);
  }
  return { ok: true, vendors: [...byId.values()], exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt : '' };
}

export interface MergedImport {
  /** Every vendor after the import: the existing ones with the imported merged in. */
  vendors: VendorRecord[];
  /** The records that differ from what was there (what a store must write). */
  changed: VendorRecord[];
  added: string[];
  updated: string[];
  unchanged: string[];
}

/** Imported records merged into existing ones (pages by URL, newer wins; overrides newer wins; notes kept). */
export function mergeImport(existing: readonly VendorRecord[], imported: readonly VendorRecord[]): MergedImport {
  const byId = new Map<string, VendorRecord>(existing.map((r) => [r.id, r]));
  const out: MergedImport = { vendors: [], changed: [], added: [], updated: [], unchanged: [] };
  for (const rec of imported) {
    const mine = byId.get(rec.id);
    const next = mine ? combineRecords(mine, rec) : rec;
    if (mine && sameJson(mine, next)) {
      out.unchanged.push(rec.id);
      continue;
    }
    (mine ? out.updated : out.added).push(rec.id);
    out.changed.push(next);
    byId.set(rec.id, next);
  }
  out.vendors = [...byId.values()];
  return out;
}
