import { describe, expect, it, vi } from 'vitest';
import { parseHtmlDocument } from '../../../lib/extract/html';
import { readDocument } from '../../../lib/extract/dom';
import { clearHighlight, findQuote, highlightQuote, MARK_ATTR, BLOCK_ATTR } from '../../../lib/highlight';

const PAGE = `<html><body><main>
<p id="a">Vi lagrar data i <strong>Stockholm</strong> och
   Oslo, alltid krypterat.</p>
<details id="d"><summary>Nycklar?</summary><div><p id="k">Nycklarna finns i AWS KMS.</p></div></details>
<h3><button id="btn" aria-expanded="false" aria-controls="panel">Incidenter</button></h3>
<div id="panel" hidden><p id="i">Vi meddelar kunder inom 72 timmar.</p></div>
<p id="br">Namn: Klas<br>E-post: dpo@example.com</p>
</main></body></html>`;

const marks = (d: Document) => Array.from(d.querySelectorAll(`mark[${MARK_ATTR}]`));
const markedText = (d: Document) => marks(d).map((m) => m.textContent).join('');

describe('findQuote', () => {
  it('finds a quote across inline elements and whitespace differences', () => {
    const d = parseHtmlDocument(PAGE);
    const segs = findQuote(d.getElementById('a')!, 'i Stockholm och Oslo, alltid');
    expect(segs).not.toBeNull();
    expect(segs!.map((s) => s.node.data.slice(s.start, s.end)).join('|')).toBe('i |Stockholm| och\n   Oslo, alltid');
  });

  it('matches a quote whose line break came from <br>', () => {
    const d = parseHtmlDocument(PAGE);
    expect(findQuote(d.getElementById('br')!, 'Klas\nE-post: dpo@example.com')).not.toBeNull();
  });

  it('returns null when the quote is not there or empty', () => {
    const d = parseHtmlDocument(PAGE);
    expect(findQuote(d.body, 'not on this page')).toBeNull();
    expect(findQuote(d.body, '   ')).toBeNull();
  });
});

describe('highlightQuote', () => {
  it('wraps the quote in <mark> using the block locator and leaves the text unchanged', () => {
    const d = parseHtmlDocument(PAGE);
    const before = d.body.textContent;
    const page = readDocument(d);
    const b = page.blocks.find((x) => x.text.startsWith('Vi lagrar data'))!;
    const r = highlightQuote(d, { quote: 'data i Stockholm och Oslo', locator: b.locator });
    expect(r.found).toBe('quote');
    expect(markedText(d).replace(/\s+/g, ' ')).toBe('data i Stockholm och Oslo');
    expect(d.body.textContent).toBe(before);
    expect(r.targets[0]).toBe(marks(d)[0]);
  });

  it('opens the closed <details> the quote is in', () => {
    const d = parseHtmlDocument(PAGE);
    const r = highlightQuote(d, { quote: 'Nycklarna finns i AWS KMS.', locator: 'body > main > details > div > p' });
    expect(r.found).toBe('quote');
    expect(r.opened).toBe(1);
    expect(d.getElementById('d')!.hasAttribute('open')).toBe(true);
  });

  it('expands an aria-expanded accordion by clicking its button, and unhides the panel', () => {
    const d = parseHtmlDocument(PAGE);
    const btn = d.getElementById('btn')!;
    const clicked = vi.fn();
    btn.addEventListener('click', clicked);
    const r = highlightQuote(d, { quote: 'inom 72 timmar', locator: 'body > main > div > p' });
    expect(r.found).toBe('quote');
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect(d.getElementById('panel')!.hasAttribute('hidden')).toBe(false);
  });

  it('uses the live-page hooks to show what CSS still hides', () => {
    const d = parseHtmlDocument('<html><body><div class="panel" id="p"><p>Dold text här.</p></div></body></html>');
    const shown = new Set<Element>();
    const r = highlightQuote(d, { quote: 'Dold text' }, {
      isRendered: (el) => el.id !== 'p' || shown.has(el),
      forceVisible: (el) => (shown.add(el), true),
    });
    expect(r.opened).toBe(1);
    expect(shown.has(d.getElementById('p')!)).toBe(true);
  });

  it('searches the whole page when the locator is stale, and removes the previous highlight', () => {
    const d = parseHtmlDocument(PAGE);
    const original = d.body.textContent;
    highlightQuote(d, { quote: 'Stockholm', locator: 'body > main > p:nth-of-type(1)' });
    const r = highlightQuote(d, { quote: 'dpo@example.com', locator: 'body > section:nth-of-type(7)' });
    expect(r.found).toBe('quote');
    expect(markedText(d)).toBe('dpo@example.com');
    clearHighlight(d);
    expect(marks(d)).toHaveLength(0);
    expect(d.body.textContent).toBe(original);
  });

  it('outlines the block when the quote is gone but the block is there; reports none otherwise', () => {
    const d = parseHtmlDocument(PAGE);
    const r = highlightQuote(d, { quote: 'a sentence that changed', locator: 'body > main > p:nth-of-type(1)' });
    expect(r.found).toBe('element');
    expect(d.getElementById('a')!.hasAttribute(BLOCK_ATTR)).toBe(true);
    expect(highlightQuote(d, { quote: 'nowhere', locator: 'body > aside' })).toMatchObject({ found: 'none', targets: [] });
    expect(d.getElementById('a')!.hasAttribute(BLOCK_ATTR)).toBe(false);
  });

  it('never interprets page text as HTML', () => {
    const d = parseHtmlDocument('<html><body><p>Use &lt;img src=x onerror=alert(1)&gt; carefully.</p></body></html>');
    highlightQuote(d, { quote: '<img src=x onerror=alert(1)>' });
    expect(d.querySelector('img')).toBeNull();
    expect(markedText(d)).toBe('<img src=x onerror=alert(1)>');
  });
});
