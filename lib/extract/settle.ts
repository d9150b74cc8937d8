/**
 * Waiting until a single-page app has rendered: the DOM must stay quiet (no mutations) for
 * `quietMs`, and — when the caller can tell — show some content; never longer than `maxMs`, so a
 * page that keeps changing (tickers, carousels) still gets read. A page that has loaded and shows
 * its text is read at once (`needsSettling`): the popup has 300 ms in all. No browser globals: the
 * caller passes the document and how to observe mutations (the content script wraps a MutationObserver).
 */
export interface SettleOptions {
  /** Start watching; call `onChange` on every DOM change; return a function that stops watching. */
  observe: (onChange: () => void) => () => void;
  /** True once the page shows its content (e.g. main text present); default: always true. */
  hasContent?: () => boolean;
  quietMs?: number;
  maxMs?: number;
}

export type SettleOutcome = 'settled' | 'timeout';

export const SETTLE_QUIET_MS = 300;
export const SETTLE_MAX_MS = 3000;

/** Characters of body text below which a page counts as "still loading". */
export const MIN_CONTENT_CHARS = 80;

/** Elements single-page apps render into: while one is empty, the app has not rendered yet. */
export const APP_ROOT_SELECTORS = ['#root', '#app', '#__next', '#__nuxt', '#svelte', '[data-reactroot]', '[ng-version]'];

/**
 * Whether to wait before reading: the document is still loading, has (almost) no text yet, or an
 * app root is still empty. `bodyTextChars`: characters of body text outside scripts (at least up to
 * MIN_CONTENT_CHARS). A document without `readyState` (linkedom) counts as still loading.
 */
export function needsSettling(doc: Document, bodyTextChars: number): boolean {
  if (doc.readyState !== 'complete' || bodyTextChars < MIN_CONTENT_CHARS) return true;
  return APP_ROOT_SELECTORS.some((sel) => {
    const el = doc.querySelector(sel);
    return !!el && !hasAnyText(el);
  });
}

/** Same as `(el.textContent ?? '').trim() !== ''`, but stops at the first text that is not blank (an app root can hold the whole page). */
function hasAnyText(el: Element): boolean {
  // Document order without recursion: text and CDATA nodes are what textContent joins.
  let n: Node | null = el.firstChild;
  while (n) {
    if ((n.nodeType === 3 || n.nodeType === 4) && /\S/.test((n as CharacterData).data)) return true;
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    n = n && n !== el ? n.nextSibling : null;
  }
  return false;
}

export function waitForSettle(opts: SettleOptions): Promise<SettleOutcome> {
  const quietMs = opts.quietMs ?? SETTLE_QUIET_MS;
  const maxMs = opts.maxMs ?? SETTLE_MAX_MS;
  const hasContent = opts.hasContent ?? (() => true);
  return new Promise((resolve) => {
    let done = false;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let stop: () => void = () => {};
    const finish = (outcome: SettleOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(quiet);
      clearTimeout(cap);
      stop();
      resolve(outcome);
    };
    const arm = () => {
      clearTimeout(quiet);
      // Quiet but still empty (data still loading): look again after another quiet period.
      quiet = setTimeout(() => (safe(hasContent) ? finish('settled') : arm()), quietMs);
    };
    const cap = setTimeout(() => finish('timeout'), maxMs);
    stop = opts.observe(() => {
      if (!done) arm();
    });
    arm();
  });
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return true;
  }
}
