/**
 * The part of `browser.storage.local` the vendor store uses. The extension passes
 * `browser.storage.local` itself; tests and Node use `MemoryStorage`.
 */
export interface KeyValueStorage {
  get(keys?: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Bytes a key/value pair counts for in `storage.local` (Chrome counts the JSON of both). */
export function storedBytes(key: string, value: unknown): number {
  return key.length + JSON.stringify(value).length;
}

export interface MemoryStorageOptions {
  /** Reject writes that would take the total over this many bytes, like Chrome's QUOTA_BYTES. */
  quotaBytes?: number;
  initial?: Record<string, unknown>;
}

/**
 * In-memory KeyValueStorage that keeps values as JSON (so callers never share objects with it, and
 * what cannot be stored as JSON is found in tests). A write is all-or-nothing, as in the browser.
 */
export class MemoryStorage implements KeyValueStorage {
  private readonly data = new Map<string, string>();
  private readonly quotaBytes: number;
  /** Test hook: when set, the next writes throw what it returns (undefined lets the write through). */
  failWrite?: (items: Record<string, unknown>) => Error | undefined;

  constructor(opts: MemoryStorageOptions = {}) {
    this.quotaBytes = opts.quotaBytes ?? Number.POSITIVE_INFINITY;
    for (const [k, v] of Object.entries(opts.initial ?? {})) this.data.set(k, JSON.stringify(v));
  }

  async get(keys?: string[] | null): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const wanted = keys ?? [...this.data.keys()];
    for (const k of wanted) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = JSON.parse(v);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const err = this.failWrite?.(items);
    if (err) throw err;
    const encoded = Object.entries(items).map(([k, v]) => [k, JSON.stringify(v)] as const);
    let total = this.bytesInUse();
    for (const [k, v] of encoded) total += k.length + v.length - (this.data.has(k) ? k.length + this.data.get(k)!.length : 0);
    if (total > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    for (const [k, v] of encoded) this.data.set(k, v);
  }

  async remove(keys: string[]): Promise<void> {
    for (const k of keys) this.data.delete(k);
  }

  bytesInUse(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }

  /** Test helper: put a raw value, bypassing quota and hooks (e.g. a corrupted record). */
  putRaw(key: string, value: unknown): void {
    this.data.set(key, JSON.stringify(value));
  }
}
