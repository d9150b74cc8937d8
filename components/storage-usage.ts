import type { KeyValueStorage } from '../lib/vendors';

/** Chrome's storage.local quota without `unlimitedStorage` (chrome.storage.local.QUOTA_BYTES). */
export const STORAGE_QUOTA_BYTES = 10 * 1024 * 1024;
/** Above this share of the quota the popup and the dashboard suggest a JSON export. */
export const STORAGE_WARN_SHARE = 0.8;

/** storage.local, with Chrome's `getBytesInUse` when the browser has it (Firefox has not). */
export type VendorStorage = KeyValueStorage & { getBytesInUse?: (keys?: string | string[] | null) => Promise<number> };

/** Bytes in use, or undefined when the browser cannot tell (best effort, never throws). */
export async function bytesInUse(storage: VendorStorage): Promise<number | undefined> {
  if (typeof storage.getBytesInUse !== 'function') return undefined;
  try {
    const n = await storage.getBytesInUse(null);
    return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

export function storageNearlyFull(bytes: number | undefined): boolean {
  return bytes !== undefined && bytes > STORAGE_QUOTA_BYTES * STORAGE_WARN_SHARE;
}

/** "8.4" (megabytes, one decimal). */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
