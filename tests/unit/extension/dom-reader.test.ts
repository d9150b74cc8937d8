import { describe, expect, it } from 'vitest';
import { parseHtmlDocument, readHtml } from '../../../lib/extract/html';
import { readDocument, resolveLocator, locatorOf } from '../../../lib/extract/dom';

import { chromeStrings } from '../../fixtures/site/site-chrome';
import { loadSeedLabels, renderSeedSite } from '../../fixtures/site/render-seeds';
import type { PageText } from '../../../lib/types';

const doc = parseHtmlDocument;
const texts = (p: PageText) => p.blocks.map((b) => b.text);
const joined = (p: PageText) => texts(p).join('\n\n');
const block = (p: PageText, text: string) => p.blocks.find((b) => b.text === text);

const SITE = `<!doctype html><html lang="sv-SE"><head><title> Integritet | Acme </title></head><body>
<a class="skip-link" href="#main">Hoppa till huvudinnehåll</a>
<header class="site-header"><a href="/">Acme</a><nav><ul><li><a>Produkt</a></li><li><a>Priser</a></li></ul></nav></header>
<main id="main">
  <nav class="breadcrumb"><a>Hem</a> / <a>Juridik</a></nav>
  <article>
    <header><h1>Integritet hos Acme</h1><p>Senast uppdaterad 2025</p></header>
    <p>Vi lagrar all data i <strong>Sverige</strong>, hos en svensk leverantör.</p>
    <h2>Frågor</h2>
    <details><summary>Krypterar ni data?</summary><p>Ja, med AES-256 i vila.</p></details>
    <details open><summary>Öppen fråga</summary><p>Synligt svar.</p></details>
    <h3><button aria-expanded="false" aria-controls="panel-1">Var finns servrarna?</button></h3>
    <div id="panel-1" class="panel"><p>I Stockholm och Oslo.</p></div>
    <button aria-expanded="false" aria-controls="panel-2">Underbiträden</button>
    <div id="panel-2" hidden><ul><li>Amazon Web Services</li><li>Hetzner<ul><li>Tyskland</li></ul></li></ul></div>
    <div role="tablist"><button role="tab" aria-selected="true" aria-controls="t1">A</button><button role="tab" aria-selected="false" aria-controls="t2">B</button></div>
    <div role="tabpanel" id="t1"><p>Flik ett.</p></div>
    <div role="tabpanel" id="t2" style="display: none"><p>Flik två.</p></div>
    <div class="collapse" id="bs"><p>Bootstrap-panel.</p></div>
    <div class="collapse show"><p>Öppen bootstrap-panel.</p></div>
    <table><tr><th>Certifiering</th><td>ISO 27001</td></tr></table>
    <p>Rad ett<br>rad två</p>
    <button type="button">Kopiera länk</button>
    <aside><p>Relaterade artiklar</p></aside>
    <footer><p>Dela artikeln</p></footer>
  </article>
</main>
<aside class="sidebar"><p>Boka demo</p></aside>
<footer><p>© 2025 Acme AB, Stockholm</p></footer>
<div id="cookie-notice" class="cookie-banner"><p>Vi använder cookies med partner i USA.</p><button>OK</button></div>
<div class="cc-window" role="dialog"><p>Kakor!</p></div>
<script>var x = "script text";</script>
</body></html>`;

describe('readDocument', () => {
  const page = readDocument(doc(SITE), 'https://acme.se/integritet');

  it('reads url, title and the declared language', () => {
    expect(page.url).toBe('https://acme.se/integritet');
    expect(page.title).toBe('Integritet | Acme');
    expect(page.declaredLang).toBe('sv-SE');
    expect(page.kind).toBe('html');
  });

  it('leaves out navigation, site header, sidebars, footers, cookie banners, skip links, buttons and scripts', () => {
    const all = joined(page);
    for (const chrome of [
      'Hoppa till huvudinnehåll', 'Produkt', 'Priser', 'Hem', 'Juridik', 'Boka demo', '© 2025 Acme AB',
      'cookies med partner', 'Kakor!', 'script text', 'Kopiera länk', 'Relaterade artiklar', 'Dela artikeln',
    ]) {
      expect(all, chrome).not.toContain(chrome);
    }
  });

  it('keeps the article header (inside the main content) and inline text joined in one block', () => {
    expect(texts(page)[0]).toBe('Integritet hos Acme');
    expect(texts(page)).toContain('Senast uppdaterad 2025');
    expect(texts(page)).toContain('Vi lagrar all data i Sverige, hos en svensk leverantör.');
  });

  it('includes collapsed text, marked hidden, and visible text not marked', () => {
    expect(block(page, 'Ja, med AES-256 i vila.')?.hidden).toBe(true);
    expect(block(page, 'Synligt svar.')?.hidden).toBeUndefined();
    expect(block(page, 'I Stockholm och Oslo.')?.hidden).toBe(true);
    expect(block(page, 'Amazon Web Services')?.hidden).toBe(true);
    expect(block(page, 'Tyskland')?.hidden).toBe(true);
    expect(block(page, 'Flik ett.')?.hidden).toBeUndefined();
    expect(block(page, 'Flik två.')?.hidden).toBe(true);
    expect(block(page, 'Bootstrap-panel.')?.hidden).toBe(true);
    expect(block(page, 'Öppen bootstrap-panel.')?.hidden).toBeUndefined();
    // The question of a closed <details> is visible.
    expect(block(page, 'Krypterar ni data?')?.hidden).toBeUndefined();
  });

  it('gives each block a kind', () => {
    expect(block(page, 'Integritet hos Acme')?.kind).toBe('heading');
    expect(block(page, 'Krypterar ni data?')?.kind).toBe('heading');
    expect(block(page, 'Var finns servrarna?')?.kind).toBe('heading');
    expect(block(page, 'Underbiträden')?.kind).toBe('heading');
    expect(block(page, 'Hetzner')?.kind).toBe('list-item');
    // A table row is one block, its cells joined as in a Markdown table.
    expect(block(page, 'Certifiering | ISO 27001')?.kind).toBe('cell');
    expect(block(page, 'Ja, med AES-256 i vila.')?.kind).toBe('paragraph');
  });

  it('keeps <br> as a line break and collapses other whitespace', () => {
    expect(texts(page)).toContain('Rad ett\nrad två');
    const p = readDocument(doc('<body><main><p>  a\n\t  b&nbsp;&nbsp;c\u200b </p></main></body>'));
    expect(texts(p)).toEqual(['a b c']);
  });

  it('gives every block a locator that resolves to the element holding its text', () => {
    const d = doc(SITE);
    const p = readDocument(d);
    for (const b of p.blocks) {
      const el = resolveLocator(d, b.locator);
      expect(el, b.locator).not.toBeNull();
      // A row's block joins its cells with " | ", which the page does not have between them.
      expect((el!.textContent ?? '').replace(/\s+/g, '')).toContain(b.text.split(' | ').join('').replace(/\s+/g, ''));
    }
  });

  it('falls back to the whole body when there is no main landmark, still without chrome', () => {
    const p = readDocument(
      doc(`<body><div class="top"><nav><a>Meny</a></nav></div><div class="c"><h1>Villkor</h1><p>Första.</p>
      <div><p>Andra.</p></div></div><footer>Sidfot</footer></body>`),
    );
    expect(texts(p)).toEqual(['Villkor', 'Första.', 'Andra.']);
  });

  it('keeps the article body on a page without landmarks, dropping unrelated boxes', () => {
    const para = (n: number) =>
      `<p>Stycke ${n}: vi behandlar personuppgifter enligt dataskyddsförordningen, lagrar dem i Sverige och krypterar dem med AES-256, och vi informerar kunder om incidenter.</p>`;
    const related = Array.from({ length: 3 }, (_, i) => `<div class="promo"><a href="/p${i}">Läs mer om produkt ${i}</a></div>`).join('');
    const d = doc(`<html><head><title>T</title></head><body><div id="wrap"><div id="content" class="post">
      ${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</div><div class="widgets">${related}</div></div></body></html>`);
    const p = readDocument(d);
    expect(p.blocks).toHaveLength(8);
    expect(joined(p)).not.toContain('Läs mer om produkt');
  });

  it('returns no blocks for an empty page and never throws on odd markup', () => {
    expect(readDocument(doc('<html><head><title></title></head><body></body></html>')).blocks).toEqual([]);
    expect(() => readDocument(doc('<p>unclosed <b><i>tags'))).not.toThrow();
    expect(readDocument(doc('<html><body><o:p>Word</o:p><p>Text</p></body></html>')).blocks.length).toBeGreaterThan(0);
  });

  it('uses the optional live-page visibility check to mark CSS-hidden blocks', () => {
    const d = doc('<body><main><p class="a">Synlig.</p><p class="b">Dold av CSS.</p></main></body>');
    const p = readDocument(d, '', { isRendered: (el) => !el.classList.contains('b') });
    expect(block(p, 'Synlig.')?.hidden).toBeUndefined();
    expect(block(p, 'Dold av CSS.')?.hidden).toBe(true);
  });

  it('reads a large page (speed is measured by npm run bench)', () => {
    const big = `<body><main>${'<section><h2>Rubrik</h2><p>Text med <a href="#">länk</a> och mer text om kryptering och lagring.</p><ul><li>Punkt</li></ul></section>'.repeat(4000)}</main></body>`;
    const p = readHtml(big);
    expect(p.blocks.length).toBe(12000);
  });
});

describe('locatorOf / resolveLocator', () => {
  it('builds nth-of-type paths that resolve to the same element', () => {
    const d = doc('<body><div><p>a</p><p>b</p><span><p>c</p></span></div><div><p id="x">d</p></div></body>');
    const x = d.getElementById('x')!;
    expect(locatorOf(x)).toBe('body > div:nth-of-type(2) > p');
    expect(resolveLocator(d, locatorOf(x))).toBe(x);
    const c = d.querySelectorAll('p')[2]!;
    expect(resolveLocator(d, locatorOf(c))).toBe(c);
  });

  it('returns null for a missing, stale or invalid locator', () => {
    const d = doc('<body><p>a</p></body>');
    expect(resolveLocator(d, undefined)).toBeNull();
    expect(resolveLocator(d, 'body > div:nth-of-type(9) > p')).toBeNull();
    expect(resolveLocator(d, 'body >>> ][')).toBeNull();
  });
});

describe('readHtml on the rendered seed pages', () => {
  const pages = renderSeedSite();
  const labels = loadSeedLabels();

  it('renders all five seeds', () => {
    expect(pages.map((p) => p.id).sort()).toEqual(labels.map((l) => l.id).sort());
  });

  for (const site of pages) {
    describe(site.id, () => {
      const page = readHtml(site.html, `http://127.0.0.1${site.path}`);
      const text = joined(page);
      const label = labels.find((l) => l.id === site.id)!;

      it('keeps every labelled evidence quote verbatim in the page text', () => {
        const quotes = Object.values(label.claims).flatMap((c) => c.evidence ?? []);
        expect(quotes.length).toBeGreaterThan(0);
        for (const q of quotes) expect(text, q).toContain(q);
      });

      it('leaves out the site chrome (nav, cookie banner, footer, sidebar)', () => {
        for (const s of chromeStrings(site.chrome)) {
          if (s.length > 25) expect(text, s).not.toContain(s);
          else expect(texts(page), s).not.toContain(s);
        }
      });

      it('reads the title and the language', () => {
        expect(page.title).toBe(`${site.title} | ${site.chrome.brand}`);
        expect(page.declaredLang).toBe(site.lang);
      });
    });
  }

  it('marks the Safespring accordion and FAQ answers hidden, and their titles visible', () => {
    const gdpr = readHtml(pages.find((p) => p.id === 'no-safespring-gdpr')!.html);
    const enc = gdpr.blocks.find((b) => b.text.includes('diskkryptering på alle disker'));
    expect(enc?.hidden).toBe(true);
    expect(gdpr.blocks.find((b) => b.text === 'Datakryptering')).toMatchObject({ kind: 'heading' });
    expect(gdpr.blocks.find((b) => b.text === 'Datakryptering')?.hidden).toBeUndefined();

    const faq = readHtml(pages.find((p) => p.id === 'sv-safespring-datacenter-faq')!.html);
    const dpo = faq.blocks.find((b) => b.text.includes('Safespring har en extern DPO'));
    expect(dpo?.hidden).toBe(true);
    expect(faq.blocks.find((b) => b.text === 'Erbjuder ni PUB-avtal eller DPA?')).toMatchObject({ kind: 'heading' });
  });
});
