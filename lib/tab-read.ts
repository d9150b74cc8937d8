import type { PageText } from './types';
import type { PageLink } from './related/find-links';

/**
 * What the content script hands back to the popup: the page text, plus the page's links (for the
 * vendor's related pages) and — when the tab shows a PDF — the PDF's bytes for the popup to read.
 */
export interface TabPage extends PageText {
  links?: PageLink[];
  pdf?: PdfPayload;
}

export type PdfPayload =
  | { ok: true; url: string; size: number; base64: string }
  | { ok: false; url: string; reason: 'too_big'; size: number }
  | { ok: false; url: string; reason: 'fetch_failed'; detail: string };

/** Bytes ↔ base64, in chunks (a 25 MB PDF must not blow the call stack). `btoa`/`atob` exist in Node too. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
