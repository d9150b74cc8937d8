import { PdfError, readPdf } from '../../lib/extract/pdf';
import { base64ToBytes, type PdfPayload } from '../../lib/tab-read';
import type { PageText } from '../../lib/types';

/**
 * Reads PDF bytes with pdf.js inside the extension (no remote code: the worker is bundled as an
 * extension asset, eval is off, MV3's default CSP). pdf.js is loaded only when a PDF is read.
 */
type PdfJs = NonNullable<Parameters<typeof readPdf>[2]>;

let loading: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs as unknown as PdfJs;
  });
  return loading;
}

export type PdfProblem =
  | { code: 'too_big'; size: number }
  | { code: 'password' | 'no_text' | 'invalid' }
  | { code: 'fetch_failed'; detail: string };

export type PdfOutcome = { ok: true; page: PageText } | { ok: false; problem: PdfProblem };

export async function readPdfBytes(bytes: Uint8Array, url: string): Promise<PdfOutcome> {
  try {
    return { ok: true, page: await readPdf(bytes, url, await loadPdfJs()) };
  } catch (e) {
    if (e instanceof PdfError) {
      return { ok: false, problem: e.code === 'too_big' ? { code: 'too_big', size: bytes.byteLength } : { code: e.code } };
    }
    return { ok: false, problem: { code: 'invalid' } };
  }
}

/** The PDF a tab shows, from the bytes its content script fetched. */
export async function readPdfPayload(payload: PdfPayload): Promise<PdfOutcome> {
  if (!payload.ok) {
    return {
      ok: false,
      problem: payload.reason === 'too_big' ? { code: 'too_big', size: payload.size } : { code: 'fetch_failed', detail: payload.detail },
    };
  }
  return readPdfBytes(base64ToBytes(payload.base64), payload.url);
}
