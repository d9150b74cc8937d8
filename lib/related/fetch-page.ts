import { analyzePage } from '../analyze';
import { MAX_PDF_BYTES } from '../extract/pdf';
import { isPdfContentType } from '../extract/pdf-tab';
import { vendorFromUrl } from '../vendors/identity';
import type { Analysis, PageText } from '../types';
import { isLoginLink } from './find-links';

/**
 * Fetching and analysing one of a vendor's related pages from an extension page (which holds the
 * host permission for that site). The browser pieces are passed in, so this runs in Node tests too.
 */
export type RelatedProblem =
  | { code: 'login'; finalUrl: string }
  | { code: 'other_site'; finalUrl: string }
  | { code: 'http'; status: number }
  | { code: 'not_html'; contentType: string }
  | { code: 'pdf_password' | 'pdf_no_text' | 'pdf_invalid' | 'empty' }
  | { code: 'pdf_too_big'; size: number }
  | { code: 'network'; detail: string };

export type RelatedOutcome = { ok: true; page: PageText; analysis: Analysis } | { ok: false; problem: RelatedProblem };

export interface FetchedResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FetchPageDeps {
  fetch: (url: string) => Promise<FetchedResponse>;
  /** HTML string → PageText (DOMParser + readDocument in the extension, linkedom in Node). */
  readHtml: (html: string, url: string) => PageText;
  /** PDF bytes → PageText, or the PDF's problem. */
  readPdf: (bytes: Uint8Array, url: string) => Promise<{ ok: true; page: PageText } | { ok: false; problem: RelatedProblem }>;
  now?: () => Date;
}

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/** Why a response is not a readable page of the same vendor, or null when it is (HTML or PDF). */
export function problemWithResponse(requested: string, res: Pick<FetchedResponse, 'url' | 'status' | 'ok' | 'headers'>): RelatedProblem | null {
  const finalUrl = res.url || requested;
  // The final URL first: a login wall often answers 200 after its redirect.
  if (finalUrl !== requested && vendorFromUrl(finalUrl) !== vendorFromUrl(requested)) return { code: 'other_site', finalUrl };
  if (finalUrl !== requested && isLoginLink(finalUrl)) return { code: 'login', finalUrl };
  if (!res.ok) return { code: 'http', status: res.status };
  const type = mediaType(res.headers.get('content-type'));
  if (type && !HTML_TYPES.includes(type) && !isPdfContentType(type)) return { code: 'not_html', contentType: type };
  return null;
}

function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

export async function fetchRelatedPage(url: string, deps: FetchPageDeps): Promise<RelatedOutcome> {
  let res: FetchedResponse;
  try {
    res = await deps.fetch(url);
  } catch (e) {
    return { ok: false, problem: { code: 'network', detail: e instanceof Error ? e.message : String(e) } };
  }
  const problem = problemWithResponse(url, res);
  if (problem) return { ok: false, problem };
  const finalUrl = res.url || url;
  let page: PageText;
  try {
    if (isPdfContentType(res.headers.get('content-type')) || (!res.headers.get('content-type') && /\.pdf$/i.test(new URL(finalUrl).pathname))) {
      const declared = Number(res.headers.get('content-length') ?? '');
      if (declared > MAX_PDF_BYTES) return { ok: false, problem: { code: 'pdf_too_big', size: declared } };
      const read = await deps.readPdf(new Uint8Array(await res.arrayBuffer()), finalUrl);
      if (!read.ok) return read;
      page = read.page;
    } else {
      page = deps.readHtml(await res.text(), finalUrl);
    }
  } catch (e) {
    return { ok: false, problem: { code: 'network', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (!page.blocks.some((b) => b.text.trim())) return { ok: false, problem: { code: 'empty' } };
  return { ok: true, page, analysis: analyzePage(page, deps.now ? { now: deps.now } : {}) };
}

/** Maps a PdfError code to the related-page problem. */
export function pdfProblem(code: 'too_big' | 'password' | 'no_text' | 'invalid', size: number): RelatedProblem {
  if (code === 'too_big') return { code: 'pdf_too_big', size };
  return { code: code === 'password' ? 'pdf_password' : code === 'no_text' ? 'pdf_no_text' : 'pdf_invalid' };
}

/** Match patterns for the sites of these URLs (any port), for `permissions.request({ origins })`. */
export function originPatterns(urls: readonly string[]): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    try {
      const { protocol, hostname } = new URL(u);
      if (protocol === 'http:' || protocol === 'https:') out.add(`${protocol}//${hostname}/*`);
    } catch {
      // not a URL: nothing to ask for
    }
  }
  return [...out];
}
