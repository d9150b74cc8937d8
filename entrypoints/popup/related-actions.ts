import { browser } from 'wxt/browser';
import { readDocument } from '../../lib/extract/dom';
import { fetchRelatedPage, originPatterns, pdfProblem, type FetchedResponse } from '../../lib/related/fetch-page';
import type { RelatedActions } from '../../components/RelatedPages';
import type { VendorStorage } from '../../components/storage-usage';
import { readPdfBytes } from './pdf-reader';
import { saveAnalysis } from './save-analysis';

/** Seconds before a related page's fetch is given up. */
const FETCH_TIMEOUT_MS = 20_000;

/**
 * The popup's side of "Analyse all": the host permission for the vendor's site (asked for at the
 * user's click, optional_host_permissions), fetches from this extension page (no cookies sent),
 * HTML read with DOMParser + the same DOM reader, PDFs with pdf.js, each result filed under the vendor.
 */
export const relatedActions: RelatedActions = {
  async requestAccess(urls) {
    const origins = originPatterns(urls);
    if (origins.length === 0) return false;
    try {
      // Must run in the click's user gesture: request first (it resolves true at once when granted).
      return await browser.permissions.request({ origins });
    } catch {
      return browser.permissions.contains({ origins }).catch(() => false);
    }
  },

  analyse(url) {
    return fetchRelatedPage(url, {
      fetch: fetchWithTimeout,
      readHtml: (html, pageUrl) => readDocument(new DOMParser().parseFromString(html, 'text/html'), pageUrl),
      readPdf: async (bytes, pageUrl) => {
        const read = await readPdfBytes(bytes, pageUrl);
        if (read.ok) return read;
        const code = read.problem.code === 'fetch_failed' ? 'invalid' : read.problem.code;
        return { ok: false, problem: pdfProblem(code, bytes.byteLength) };
      },
    });
  },

  async save(outcome) {
    const saved = await saveAnalysis(outcome.analysis, outcome.page, browser.storage.local as unknown as VendorStorage);
    return saved.status === 'failed' ? { status: 'failed', message: saved.message } : { status: saved.status };
  },
};

async function fetchWithTimeout(url: string): Promise<FetchedResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: controller.signal });
    // Read the body before the timer is cleared: a stalled body is a stalled page too.
    const body = await res.arrayBuffer();
    return {
      url: res.url,
      status: res.status,
      ok: res.ok,
      headers: res.headers,
      text: async () => decodeText(body, res.headers.get('content-type')),
      arrayBuffer: async () => body,
    };
  } finally {
    clearTimeout(timer);
  }
}

function decodeText(body: ArrayBuffer, contentType: string | null): string {
  const charset = /charset=([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
