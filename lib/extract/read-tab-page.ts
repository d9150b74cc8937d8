import { readDocument } from './dom';
import { fetchPdfPayload, isPdfTab, type PdfTabEnv } from './pdf-tab';
import { MIN_CONTENT_CHARS, needsSettling, waitForSettle } from './settle';
import { collectLinks } from '../related/collect-links';
import type { TabPage } from '../tab-read';

/**
 * The content script's whole reading step, with the browser passed in: a PDF tab hands back its
 * bytes; any other page is read with its links — at once when it has loaded and shows its text,
 * else once its DOM has settled (single-page apps render after load).
 */
export interface TabEnv {
  doc: Document;
  url: string;
  fetch: PdfTabEnv['fetch'];
  /** Watch DOM changes (a MutationObserver); returns a function that stops watching. */
  observe: (onChange: () => void) => () => void;
  isRendered?: (el: Element) => boolean;
  /** Settling limits, for tests. */
  quietMs?: number;
  maxMs?: number;
}

export async function readTabPage(env: TabEnv): Promise<TabPage> {
  const { doc, url } = env;
  const pdfEnv = (): PdfTabEnv => ({ url, contentType: doc.contentType ?? '', bodyText: pageText(doc, MIN_CONTENT_CHARS), fetch: env.fetch });
  const asPdf = async (): Promise<TabPage> => ({
    url, title: doc.title ?? '', declaredLang: '', kind: 'pdf', blocks: [], pdf: await fetchPdfPayload(pdfEnv()),
  });
  // Chrome's PDF viewer says so at once; only a page still empty after settling is asked (HEAD) whether it is a PDF.
  if ((doc.contentType ?? '').toLowerCase() === 'application/pdf') return asPdf();
  if (needsSettling(doc, pageText(doc, MIN_CONTENT_CHARS).length)) {
    await waitForSettle({
      observe: env.observe,
      hasContent: () => pageText(doc, MIN_CONTENT_CHARS).length >= MIN_CONTENT_CHARS,
      quietMs: env.quietMs,
      maxMs: env.maxMs,
    });
  }
  if (!pageText(doc, 1) && (await isPdfTab(pdfEnv()))) return asPdf();
  const page = readDocument(doc, url, { isRendered: env.isRendered });
  return { ...page, links: collectLinks(doc, url) };
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The body's text outside scripts and styles, whitespace collapsed; stops once it has `enough` characters. */
export function pageText(doc: Document, enough = Infinity): string {
  const body = doc.body;
  let out = '';
  // Document order without recursion (pages nest 10,000 elements deep).
  let n: Node | null = body?.firstChild ?? null;
  while (n && out.length < enough) {
    if (n.nodeType === 3) {
      const t = (n as Text).data.replace(/\s+/g, ' ').trim();
      if (t) out += (out ? ' ' : '') + t;
    } else if (n.nodeType === 1 && n.firstChild && !NOT_TEXT.has((n as Element).tagName.toUpperCase())) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== body && !n.nextSibling) n = n.parentNode;
    n = n && n !== body ? n.nextSibling : null;
  }
  return out;
}
