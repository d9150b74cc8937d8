import {
  migrateRecord, sameJson, VENDOR_KEY_PREFIX, type LoadProblem, type LoadResult, type VendorRecord,
} from '../../lib/vendors';

/** What `storage.onChanged` reports per key. */
export type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

function byId(a: VendorRecord, b: VendorRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The list with `rec` in place of the record of the same vendor (or added, kept in id order). */
export function replaceRecord(records: readonly VendorRecord[], rec: VendorRecord): VendorRecord[] {
  const i = records.findIndex((r) => r.id === rec.id);
  if (i >= 0) return records.map((r, j) => (j === i ? rec : r));
  return [...records, rec].sort(byId);
}

export function removeRecord(records: readonly VendorRecord[], id: string): VendorRecord[] {
  return records.filter((r) => r.id !== id);
}

/**
 * Storage changes made elsewhere (the popup saving a page, another dashboard tab) applied to what the
 * dashboard shows. A record that is JSON-equal to the one shown keeps its identity, so the dashboard's
 * own writes coming back cost nothing.
 */
export function applyStorageChanges(data: LoadResult, changes: StorageChanges): LoadResult {
  let records: VendorRecord[] = data.vendors;
  let problems: LoadProblem[] = data.problems;
  let changed = false;
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(VENDOR_KEY_PREFIX)) continue;
    const id = key.slice(VENDOR_KEY_PREFIX.length);
    const hadProblem = problems.some((p) => p.key === key);
    if (hadProblem) problems = problems.filter((p) => p.key !== key);
    if (change.newValue === undefined) {
      if (records.some((r) => r.id === id)) records = removeRecord(records, id);
      changed = true;
      continue;
    }
    const m = migrateRecord(change.newValue, key);
    if (!m.ok || m.value.record.id !== id) {
      problems = [...problems, { key, message: m.ok ? `${key}: holds the record of "${m.value.record.id}"` : m.error }];
      records = removeRecord(records, id);
      changed = true;
      continue;
    }
    const current = records.find((r) => r.id === id);
    if (current && sameJson(current, m.value.record)) {
      changed ||= hadProblem;
      continue;
    }
    records = replaceRecord(records, m.value.record);
    changed = true;
  }
  return changed ? { vendors: records, problems } : data;
}
