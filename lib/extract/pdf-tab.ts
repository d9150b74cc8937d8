import { MAX_PDF_BYTES } from './pdf';
import { bytesToBase64, type PdfPayload } from '../tab-read';

/**
 * A tab showing a PDF (Chrome's viewer: the document's content type is application/pdf and its body
 * has no text), and getting its bytes from inside that tab (same origin, so the fetch is allowed).
 * The browser pieces are passed in: this runs in the content script and in unit tests.
 */
export interface PdfTabEnv {
  url: string;
  contentType: string;
  bodyText: string;
  fetch: (url: string, init?: { method?: string }) => Promise<{
    ok: boolean;
    status: number;
    headers: { get(name: string): string | null };
    arrayBuffer(): Promise<ArrayBuffer>;
  }>;
}

export async function isPdfTab(env: PdfTabEnv): Promise<boolean> {
  if (env.contentType.toLowerCase() === 'application/pdf') return true;
  if (env.bodyText.trim()) return false;
  // An empty page: maybe a PDF the browser shows another way (or an embed). A .pdf URL, or ask the server.
  if (isPdfUrl(env.url)) return true;
  try {
    const head = await env.fetch(env.url, { method: 'HEAD' });
    return isPdfContentType(head.headers.get('content-type'));
  } catch {
    return false;
  }
}

export function isPdfUrl(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

export function isPdfContentType(header: string | null | undefined): boolean {
  return (header ?? '').split(';')[0]!.trim().toLowerCase() === 'application/pdf';
}

export async function fetchPdfPayload(env: PdfTabEnv, max = MAX_PDF_BYTES): Promise<PdfPayload> {
  const url = env.url;
  try {
    const res = await env.fetch(url);
    if (!res.ok) return { ok: false, url, reason: 'fetch_failed', detail: `HTTP ${res.status}` };
    const declared = Number(res.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > max) return { ok: false, url, reason: 'too_big', size: declared };
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > max) return { ok: false, url, reason: 'too_big', size: bytes.byteLength };
    return { ok: true, url, size: bytes.byteLength, base64: bytesToBase64(bytes) };
  } catch (e) {
    return { ok: false, url, reason: 'fetch_failed', detail: e instanceof Error ? e.message : String(e) };
  }
}
