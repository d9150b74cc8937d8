import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { readTabPage } from '../lib/extract/read-tab-page';
import { readDocument } from '../lib/extract/dom';
import type { TabPage } from '../lib/tab-read';
import { highlightQuote, clearHighlight } from '../lib/highlight';
import { isContentMessage, type HighlightReply } from '../lib/messages';

/**
 * Injected on demand by the popup (no `matches`: no host permission is asked for). Reads the page
 * and returns it as PageText; stays to highlight quotes when the popup asks.
 */
const INSTALLED = Symbol.for('vendor-privacy-scorecard.content');

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main(): Promise<TabPage> {
    const scope = globalThis as unknown as Record<symbol, boolean>;
    // The popup injects this file each time it opens: listen for messages only once per page.
    if (!scope[INSTALLED]) {
      scope[INSTALLED] = true;
      browser.runtime.onMessage.addListener((message: unknown) => {
        // e2e build only (dropped from production): `npm run bench` times the page reader warm, in the page.
        if ((import.meta.env as { MODE?: string }).MODE === 'e2e' && isBenchRead(message)) return Promise.resolve(benchRead(message.runs, message.each));
        if (!isContentMessage(message)) return undefined;
        if (message.type === 'clear-highlight') {
          clearHighlight(document);
          return Promise.resolve({ found: 'none', opened: 0 } satisfies HighlightReply);
        }
        return Promise.resolve(showQuote(message.quote, message.locator));
      });
    }
    // A loaded page is read at once; one still loading or an unrendered single-page app is waited for (≤ 3 s).
    // A PDF tab returns its bytes instead of text.
    return readTabPage({
      doc: document,
      url: location.href,
      fetch: (url, init) => fetch(url, init),
      observe: (onChange) => {
        const mo = new MutationObserver(onChange);
        mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        return () => mo.disconnect();
      },
      isRendered,
    });
  },
});

function isRendered(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
  return el.getClientRects().length > 0;
}

/** Shows an element that a stylesheet hides (a collapsed panel whose script did not open it). */
function forceVisible(el: Element): boolean {
  const style = getComputedStyle(el);
  if (style.display === 'none') {
    (el as HTMLElement).style.setProperty('display', 'block', 'important');
    return true;
  }
  if (style.visibility === 'hidden') {
    (el as HTMLElement).style.setProperty('visibility', 'visible', 'important');
    return true;
  }
  return false;
}

function showQuote(quote: string, locator?: string): HighlightReply {
  const result = highlightQuote(document, { quote, locator }, { isRendered, forceVisible });
  const first = result.targets[0];
  if (first) first.scrollIntoView({ block: 'center', inline: 'nearest' });
  return { found: result.found, opened: result.opened };
}

function isBenchRead(m: unknown): m is { type: 'bench-read'; runs: number; each?: number } {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'bench-read' && typeof (m as { runs?: unknown }).runs === 'number';
}

/** The reader run `runs` × `each` times on this page; the mean ms of each group of `each` runs. */
function benchRead(runs: number, each = 1): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    for (let k = 0; k < each; k++) readDocument(document, location.href, { isRendered });
    times.push((performance.now() - t) / each);
  }
  return times;
}
