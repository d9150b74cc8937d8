import { vendorFromUrl } from '../vendors/identity';
import {
  LOGIN_TEXT_TERMS, LOGIN_URL_TERMS, RELATED_CATEGORIES, RELATED_VOCAB, SKIPPED_EXTENSIONS,
  TRACKING_PARAM_PREFIXES, type RelatedCategory,
} from './vocab';

/** A link as found in a page: its href (as written or resolved) and its visible text. */
export interface PageLink {
  href: string;
  text: string;
}

export interface RelatedLink {
  /** Absolute URL, without fragment or tracking parameters. */
  url: string;
  /** The link's text (the longest one when several links lead to the same page). */
  text: string;
  category: RelatedCategory;
  /** Whether the link text named the category (strong), or only its URL did. */
  matchedBy: 'text' | 'url';
}

export const MAX_RELATED_LINKS = 12;

/**
 * The vendor's other privacy-relevant pages linked from `pageUrl`: same registrable domain only,
 * without the page itself, mail/script/fragment-only links, and login or account pages. One entry
 * per page, best first (category order of RELATED_CATEGORIES, text matches before URL matches, then
 * page order).
 */
export function findRelatedLinks(links: readonly PageLink[], pageUrl: string, max = MAX_RELATED_LINKS): RelatedLink[] {
  const vendor = vendorFromUrl(pageUrl);
  if (!vendor) return [];
  const self = normalizeUrl(pageUrl, pageUrl);
  const found = new Map<string, RelatedLink & { order: number }>();
  links.forEach((link, order) => {
    const href = link.href.trim();
    if (!href || href.startsWith('#')) return;
    const url = normalizeUrl(href, pageUrl);
    if (!url || url === self) return;
    if (vendorFromUrl(url) !== vendor) return;
    const text = link.text.replace(/\s+/g, ' ').trim();
    if (isLoginLink(url, text) || hasSkippedExtension(url)) return;
    const match = categorise(url, text);
    if (!match) return;
    const candidate = { url, text, ...match, order };
    const prev = found.get(url);
    if (!prev) {
      found.set(url, candidate);
      return;
    }
    // Same page linked twice (header and footer): keep the better reading of it.
    const better = compare(candidate, prev) < 0 ? candidate : prev;
    const longer = candidate.text.length > prev.text.length ? candidate.text : prev.text;
    found.set(url, { ...better, text: longer, order: Math.min(prev.order, candidate.order) });
  });
  return [...found.values()]
    .sort(compare)
    .slice(0, max)
    .map(({ order: _order, ...link }) => link);
}

function compare(a: RelatedLink & { order: number }, b: RelatedLink & { order: number }): number {
  const ca = RELATED_CATEGORIES.indexOf(a.category);
  const cb = RELATED_CATEGORIES.indexOf(b.category);
  if (ca !== cb) return ca - cb;
  if (a.matchedBy !== b.matchedBy) return a.matchedBy === 'text' ? -1 : 1;
  return a.order - b.order;
}

/** The category of a link: by its text first (what the vendor calls it), else by its URL. */
export function categorise(url: string, text: string): { category: RelatedCategory; matchedBy: 'text' | 'url' } | null {
  const foldedText = fold(text);
  const textWords = new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const foldedTextWords = new Set([...textWords].map(fold));
  for (const category of RELATED_CATEGORIES) {
    const v = RELATED_VOCAB[category].text;
    if (v.contains.some((t) => foldedText.includes(t))) return { category, matchedBy: 'text' };
    if (v.words.some((w) => (w === w.toLowerCase() ? foldedTextWords.has(w) : textWords.has(w)))) {
      return { category, matchedBy: 'text' };
    }
  }
  const path = urlPath(url);
  const pathWords = new Set(path.split(/[^a-z0-9]+/).filter(Boolean));
  for (const category of RELATED_CATEGORIES) {
    const v = RELATED_VOCAB[category].url;
    if (v.contains.some((t) => path.includes(t)) || v.words.some((w) => pathWords.has(w))) {
      return { category, matchedBy: 'url' };
    }
  }
  return null;
}

/** True when a URL (and, if given, a link text) looks like a login, sign-up or account page. */
export function isLoginLink(url: string, text = ''): boolean {
  const path = urlPath(url);
  if (LOGIN_URL_TERMS.some((t) => path.includes(t))) return true;
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (/^(login|signin|auth|sso|accounts?|id)\./.test(host)) return true;
  const folded = fold(text);
  return LOGIN_TEXT_TERMS.some((t) => folded === t || folded.startsWith(t + ' '));
}

function hasSkippedExtension(url: string): boolean {
  const path = new URL(url).pathname.toLowerCase();
  return SKIPPED_EXTENSIONS.some((e) => path.endsWith(e));
}

/**
 * Absolute http(s) URL without fragment, tracking parameters or trailing slash; null for mailto:,
 * javascript:, tel: and anything else that is not a web page.
 */
export function normalizeUrl(href: string, base: string): string | null {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) {
    if (TRACKING_PARAM_PREFIXES.some((p) => key.toLowerCase().startsWith(p))) u.searchParams.delete(key);
  }
  let s = u.toString();
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) s = s.replace(/\/(?=$|\?)/, '');
  return s.replace(/\?$/, '');
}

/** Host-less path + query of a URL, decoded and folded, with a leading and trailing '/'. */
function urlPath(url: string): string {
  try {
    const u = new URL(url);
    let p = u.pathname + (u.search ? '/' + u.search.slice(1) : '');
    try {
      p = decodeURIComponent(p);
    } catch {
      // keep it encoded
    }
    return fold(p.endsWith('/') ? p : p + '/');
  } catch {
    return '';
  }
}

const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l' };

/** Lower case, accents removed, ø → o, æ → ae, ß → ss, whitespace collapsed. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øæßđł]/g, (c) => FOLD[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}
