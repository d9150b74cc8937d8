import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHtmlDocument } from '../../../lib/extract/html';
import { pageText } from '../../../lib/extract/read-tab-page';
import { MIN_CONTENT_CHARS, needsSettling, waitForSettle, type SettleOutcome } from '../../../lib/extract/settle';

/** A fake DOM that mutates when told to, and records whether it is still observed. */
function fakeDom() {
  let listener: (() => void) | null = null;
  return {
    observe: (cb: () => void) => {
      listener = cb;
      return () => {
        listener = null;
      };
    },
    mutate: () => listener?.(),
    get observed() {
      return listener !== null;
    },
  };
}

function track(p: Promise<SettleOutcome>) {
  const state: { outcome?: SettleOutcome } = {};
  void p.then((o) => (state.outcome = o));
  return state;
}

describe('waitForSettle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers after 300 ms without changes', async () => {
    const dom = fakeDom();
    const s = track(waitForSettle({ observe: dom.observe }));
    await vi.advanceTimersByTimeAsync(299);
    expect(s.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.outcome).toBe('settled');
    expect(dom.observed).toBe(false);
  });

  it('waits while the page keeps changing, then answers 300 ms after the last change', async () => {
    const dom = fakeDom();
    const s = track(waitForSettle({ observe: dom.observe }));
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(200);
      dom.mutate();
    }
    expect(s.outcome).toBeUndefined(); // 1000 ms in, last change just now
    await vi.advanceTimersByTimeAsync(299);
    expect(s.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.outcome).toBe('settled');
  });

  it('gives up after 3 s on a page that never settles', async () => {
    const dom = fakeDom();
    const s = track(waitForSettle({ observe: dom.observe }));
    const ticker = setInterval(dom.mutate, 100);
    await vi.advanceTimersByTimeAsync(2999);
    expect(s.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.outcome).toBe('timeout');
    expect(dom.observed).toBe(false);
    clearInterval(ticker);
  });

  it('keeps waiting on a quiet but empty page until its content appears (SPA fetching data)', async () => {
    const dom = fakeDom();
    let rendered = false;
    const s = track(waitForSettle({ observe: dom.observe, hasContent: () => rendered }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.outcome).toBeUndefined();
    rendered = true;
    dom.mutate();
    await vi.advanceTimersByTimeAsync(300);
    expect(s.outcome).toBe('settled');
  });

  it('answers "timeout" for a page that stays empty', async () => {
    const dom = fakeDom();
    const s = track(waitForSettle({ observe: dom.observe, hasContent: () => false, maxMs: 1500 }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(s.outcome).toBe('timeout');
  });
});

describe('needsSettling', () => {
  const TEXT = 'Vi lagrar all data i Sverige, hos en svensk leverantör, och krypterar den i vila med AES-256.';
  const docOf = (html: string, readyState?: DocumentReadyState) => {
    const doc = parseHtmlDocument(html);
    if (readyState) Object.defineProperty(doc, 'readyState', { value: readyState });
    return doc;
  };
  const needs = (doc: Document) => needsSettling(doc, pageText(doc, MIN_CONTENT_CHARS).length);

  it('reads a loaded page that shows its text at once', () => {
    expect(needs(docOf(`<html><body><main><p>${TEXT}</p></main></body></html>`, 'complete'))).toBe(false);
    expect(needs(docOf(`<html><body><div id="root"><main><p>${TEXT}</p></main></div></body></html>`, 'complete'))).toBe(false);
  });

  it('waits while the document is still loading (or cannot say: linkedom has no readyState)', () => {
    expect(needs(docOf(`<html><body><p>${TEXT}</p></body></html>`, 'loading'))).toBe(true);
    expect(needs(docOf(`<html><body><p>${TEXT}</p></body></html>`, 'interactive'))).toBe(true);
    expect(needs(docOf(`<html><body><p>${TEXT}</p></body></html>`))).toBe(true);
  });

  it('waits on a loaded page with almost no text, or whose app root has not rendered yet', () => {
    expect(needs(docOf('<html><body><p>Laddar…</p><script>render("a long script text that is not page text at all, really")</script></body></html>', 'complete'))).toBe(true);
    expect(needs(docOf(`<html><body><header><p>${TEXT}</p></header><div id="app"><div class="spinner"></div></div></body></html>`, 'complete'))).toBe(true);
    expect(needs(docOf(`<html><body><p>${TEXT}</p><div data-reactroot=""> </div></body></html>`, 'complete'))).toBe(true);
  });

  it('counts an app root as rendered by any text in it, however deep, as textContent would', () => {
    const blank = '<div>\n <span> \u00a0</span><!-- a comment --></div>';
    expect(needs(docOf(`<html><body><p>${TEXT}</p><div id="root">${blank}${blank}</div></body></html>`, 'complete'))).toBe(true);
    const deep = `<div id="root">${blank}${'<div>'.repeat(50)}<b>x</b>${'</div>'.repeat(50)}</div>`;
    expect(needs(docOf(`<html><body><p>${TEXT}</p>${deep}</body></html>`, 'complete'))).toBe(false);
    // textContent includes a script's text: the root is not empty.
    expect(needs(docOf(`<html><body><p>${TEXT}</p><div id="app">${blank}<script>window.x = 1</script></div></body></html>`, 'complete'))).toBe(false);
  });
});
