import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/extract/html';
import { LOCATOR_SEPARATOR, readDocument, resolveLocator } from '../../../lib/extract/dom';
import { clearHighlight, highlightQuote } from '../../../lib/highlight';
import type { PageText } from '../../../lib/types';

const block = (p: PageText, text: string) => p.blocks.find((b) => b.text === text);

/** A page whose FAQ is a web component with an open shadow root (slotting one light-DOM answer). */
function shadowPage() {
  const doc = parseHtmlDocument(`<html lang="en"><body><main>
    <h1>Security at Acme</h1>
    <p>We take security seriously.</p>
    <acme-faq><p slot="extra">Slotted: backups are kept in Finland.</p><span slot="nowhere">Unassigned text.</span></acme-faq>
    <closed-box><p>Light text of a closed component.</p></closed-box>
  </main></body></html>`);
  const host = doc.querySelector('acme-faq')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<section><h2>FAQ</h2>
    <details><summary>Is data encrypted?</summary><p>Yes, all data is encrypted at rest with AES-256.</p></details>
    <div><p>Data is stored in Sweden.</p><slot name="extra"></slot></div>
    <nested-box></nested-box></section>`;
  const nested = root.querySelector('nested-box')!.attachShadow({ mode: 'open' });
  nested.innerHTML = '<p>Nested shadow: keys are held by the customer.</p>';
  return doc;
}

describe('open shadow roots', () => {
  const doc = shadowPage();
  const page = readDocument(doc, 'https://acme.example/security');

  it('reads the text inside them in place of the host, with collapsed parts marked hidden', () => {
    const texts = page.blocks.map((b) => b.text);
    expect(texts).toEqual([
      'Security at Acme', 'We take security seriously.', 'FAQ', 'Is data encrypted?',
      'Yes, all data is encrypted at rest with AES-256.', 'Data is stored in Sweden.',
      'Slotted: backups are kept in Finland.', 'Nested shadow: keys are held by the customer.',
      'Light text of a closed component.',
    ]);
    expect(block(page, 'Yes, all data is encrypted at rest with AES-256.')?.hidden).toBe(true);
    expect(block(page, 'Data is stored in Sweden.')?.hidden).toBeUndefined();
    expect(texts.join(' ')).not.toContain('Unassigned text.');
  });

  it('gives locators that cross into the shadow root and resolve back to the same element', () => {
    const inShadow = block(page, 'Data is stored in Sweden.')!;
    expect(inShadow.locator).toBe(`body > main > acme-faq${LOCATOR_SEPARATOR}section > div > p`);
    expect(resolveLocator(doc, inShadow.locator)?.textContent).toBe('Data is stored in Sweden.');
    const nested = block(page, 'Nested shadow: keys are held by the customer.')!;
    expect(nested.locator!.split(LOCATOR_SEPARATOR)).toHaveLength(3);
    expect(resolveLocator(doc, nested.locator)?.textContent).toBe('Nested shadow: keys are held by the customer.');
    // Slotted content lives in the light DOM: a plain locator.
    const slotted = block(page, 'Slotted: backups are kept in Finland.')!;
    expect(slotted.locator).toBe('body > main > acme-faq > p');
    expect(resolveLocator(doc, slotted.locator)?.textContent).toContain('Finland');
  });

  it('resolves nothing for a path that is not there', () => {
    expect(resolveLocator(doc, `body > main > acme-faq${LOCATOR_SEPARATOR}section > div:nth-of-type(4) > p`)).toBeNull();
    expect(resolveLocator(doc, `body > main > h1${LOCATOR_SEPARATOR}p`)).toBeNull();
    expect(resolveLocator(doc, `body > main > acme-faq${LOCATOR_SEPARATOR}p[onclick]`)).toBeNull();
  });

  it('highlights a quote in a collapsed answer inside the shadow root, opening it, and clears it', () => {
    const b = block(page, 'Yes, all data is encrypted at rest with AES-256.')!;
    const result = highlightQuote(doc, { quote: 'encrypted at rest with AES-256', locator: b.locator });
    expect(result.found).toBe('quote');
    expect(result.opened).toBe(1);
    const details = resolveLocator(doc, b.locator)!.parentElement!;
    expect(details.hasAttribute('open')).toBe(true);
    expect(result.targets[0]!.textContent).toBe('encrypted at rest with AES-256');
    clearHighlight(doc);
    expect(resolveLocator(doc, b.locator)!.querySelector('mark')).toBeNull();
    expect(resolveLocator(doc, b.locator)!.textContent).toBe('Yes, all data is encrypted at rest with AES-256.');
  });
});

describe('same-origin iframes', () => {
  function framePage(withFrameDoc: boolean) {
    const doc = parseHtmlDocument(`<html><body><main><h1>Sub-processors</h1>
      <p>The current list is below.</p><iframe src="/list.html"></iframe><p>After the frame.</p>
      <iframe src="https://youtube.example/embed"></iframe></main></body></html>`);
    const inner = parseHtmlDocument(`<html><body><nav>Menu</nav><table><tr><td>Hetzner</td><td>Germany</td></tr></table></body></html>`);
    const [first] = Array.from(doc.querySelectorAll('iframe'));
    if (withFrameDoc) Object.defineProperty(first!, 'contentDocument', { value: inner });
    return { doc, inner };
  }

  it('reads the body of a readable iframe where the iframe is, with a locator into it', () => {
    const { doc, inner } = framePage(true);
    const page = readDocument(doc, 'https://acme.example/sub');
    // A table row is one block, its cells joined as in a Markdown table.
    expect(page.blocks.map((b) => b.text)).toEqual(['Sub-processors', 'The current list is below.', 'Hetzner | Germany', 'After the frame.']);
    const row = block(page, 'Hetzner | Germany')!;
    expect(row.kind).toBe('cell');
    expect(row.locator!.startsWith(`body > main > iframe:nth-of-type(1)${LOCATOR_SEPARATOR}body > table > `)).toBe(true);
    expect(row.locator!.endsWith(' > tr')).toBe(true);
    expect(resolveLocator(doc, row.locator)?.textContent?.replace(/\s+/g, '')).toBe('HetznerGermany');
    const result = highlightQuote(doc, { quote: 'Hetzner | Germany', locator: row.locator });
    expect(result.found).toBe('quote');
    expect([...inner.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Hetzner', 'Germany']);
    clearHighlight(doc);
    expect(inner.querySelector('mark')).toBeNull();
  });

  it('leaves out iframes it cannot read (cross-origin: no document)', () => {
    const { doc } = framePage(false);
    const page = readDocument(doc, 'https://acme.example/sub');
    expect(page.blocks.map((b) => b.text)).toEqual(['Sub-processors', 'The current list is below.', 'After the frame.']);
  });
});

describe('tab panels', () => {
  const doc = parseHtmlDocument(`<html><body><main>
    <div role="tablist"><button role="tab" id="tab-a" aria-selected="true">EU</button><button role="tab" id="tab-b" aria-selected="false">US</button></div>
    <div role="tabpanel" id="panel-a" aria-labelledby="tab-a"><p>EU customers: data stays in Frankfurt.</p></div>
    <div role="tabpanel" id="panel-b" aria-labelledby="tab-b"><p>US customers: data is stored in Virginia.</p></div>
    <div class="tab-content"><div class="tab-pane active" id="x"><p>Active pane.</p></div><div class="tab-pane" id="y"><p>Inactive pane.</p></div></div>
  </main></body></html>`);
  const page = readDocument(doc, 'https://acme.example/');

  it('marks panels of unselected tabs (aria-labelledby) and inactive Bootstrap panes hidden', () => {
    expect(block(page, 'EU customers: data stays in Frankfurt.')?.hidden).toBeUndefined();
    expect(block(page, 'US customers: data is stored in Virginia.')?.hidden).toBe(true);
    expect(block(page, 'Active pane.')?.hidden).toBeUndefined();
    expect(block(page, 'Inactive pane.')?.hidden).toBe(true);
  });

  it('selects the tab and activates the pane to show a quote', () => {
    const r1 = highlightQuote(doc, { quote: 'stored in Virginia', locator: block(page, 'US customers: data is stored in Virginia.')!.locator });
    expect(r1.found).toBe('quote');
    expect(doc.getElementById('tab-b')!.getAttribute('aria-selected')).toBe('true');
    const r2 = highlightQuote(doc, { quote: 'Inactive pane.', locator: block(page, 'Inactive pane.')!.locator });
    expect(r2.opened).toBeGreaterThan(0);
    expect(doc.getElementById('y')!.classList.contains('active')).toBe(true);
  });
});
