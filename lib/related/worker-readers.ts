import * as pdfjs from 'pdfjs-dist';
import * as pdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs';
import { readHtml } from '../extract/html';
import { PdfError, readPdf } from '../extract/pdf';
import type { FetchPageDeps } from './fetch-page';
import { pdfProblem } from './fetch-page';
import { fetchWithTimeout } from './fetch-with-timeout';

/**
 * How the background reads a fetched page. A service worker has no DOMParser, so HTML goes through
 * linkedom (the same reader as the CLI); and it cannot start a Worker or import() a module, so pdf.js
 * runs its worker code in the same thread: it uses `globalThis.pdfjsWorker` when that is set.
 * Bundled statically into the background script (an MV3 service worker cannot load chunks later).
 */
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

type PdfJs = NonNullable<Parameters<typeof readPdf>[2]>;

export const workerPageDeps: FetchPageDeps = {
  fetch: (url) => fetchWithTimeout(url),
  readHtml: (html, url) => readHtml(html, url),
  readPdf: async (bytes, url) => {
    try {
      return { ok: true, page: await readPdf(bytes, url, pdfjs as unknown as PdfJs) };
    } catch (e) {
      const code = e instanceof PdfError ? e.code : 'invalid';
      return { ok: false, problem: pdfProblem(code, bytes.byteLength) };
    }
  },
};
