import { readDocument } from './dom';
import { fetchPdfPayload, isPdfTab, type PdfTabEnv } from './pdf-tab';
import { waitForSettle } from './settle';
import { collectLinks } from '../related/collect-links';
import type { TabPage } from '../tab-read';

/**
 * The content script's whole reading step, with the browser passed in: a PDF tab hands back its
 * bytes; any other page is read once its DOM has settled (single-page apps render after load),
 * together with its links.
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

/** Characters of body text below which a page counts as "still loading". */
const MIN_CONTENT_CHARS = 80;

export async function readTabPage(env: TabEnv): Promise<TabPage> {
  const { doc, url } = env;
  const pdfEnv: PdfTabEnv = { url, contentType: doc.contentType ?? '', bodyText: pageText(doc, MIN_CONTENT_CHARS), fetch: env.fetch };
  if (await isPdfTab(pdfEnv)) {
    return { url, title: doc.title ?? '', declaredLang: '', kind: 'pdf', blocks: [], pdf: await fetchPdfPayload(pdfEnv) };
  }
  await waitForSettle({
    observe: env.observe,
    hasContent: () => pageText(doc, MIN_CONTENT_CHARS).length >= MIN_CONTENT_CHARS,
    quietMs: env.quietMs,
    maxMs: env.maxMs,
  });
  const page = readDocument(doc, url, { isRendered: env.isRendered });
  return { ...page, links: collectLinks(doc, url) };
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The body's text outside scripts and styles, whitespace collapsed; stops once it has `enough` characters. */
export function pageText(doc: Document, enough = Infinity): string {
  let out = '';
  const walk = (node: Node): boolean => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = (n as Text).data.replace(/\s+/g, ' ');
        if (t.trim()) out += (out && !out.endsWith(' ') ? ' ' : '') + t.trim();
        if (out.length >= enough) return true;
      } else if (n.nodeType === 1 && !NOT_TEXT.has((n as Element).tagName.toUpperCase())) {
        if (walk(n)) return true;
      }
    }
    return false;
  };
  if (doc.body) walk(doc.body);
  return out;
}
