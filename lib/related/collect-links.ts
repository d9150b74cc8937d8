import { allRoots } from '../extract/dom';
import type { PageLink } from './find-links';

/** Most links a page hands back to the popup (mega-menus can have thousands). */
export const MAX_PAGE_LINKS = 3000;

/**
 * Every link of a page (navigation and footer included: that is where privacy links live), open
 * shadow roots and same-origin iframes too. Hrefs are resolved against `baseUrl`.
 */
export function collectLinks(doc: Document, baseUrl: string, max = MAX_PAGE_LINKS): PageLink[] {
  const out: PageLink[] = [];
  for (const root of allRoots(doc)) {
    for (const a of Array.from(root.querySelectorAll('a[href], area[href]'))) {
      if (out.length >= max) return out;
      const raw = a.getAttribute('href') ?? '';
      let href: string;
      try {
        href = new URL(raw, baseUrl).toString();
      } catch {
        continue;
      }
      const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || a.getAttribute('aria-label') || a.getAttribute('title') || '';
      out.push({ href, text: text.slice(0, 200) });
    }
  }
  return out;
}
