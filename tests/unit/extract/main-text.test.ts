import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/extract/html';
import { readDocument, resolveLocator } from '../../../lib/extract/dom';
import { pageText } from '../../../lib/extract/read-tab-page';
import { findQuote, highlightQuote } from '../../../lib/highlight';
import type { PageText } from '../../../lib/types';

/** Choosing the page's main text without a <main>/<article> landmark, and reading very deep pages. */

const texts = (p: PageText) => p.blocks.map((b) => b.text);
const para = (n: number) =>
  `<p>Stycke ${n}: vi behandlar personuppgifter enligt dataskyddsförordningen och lagrar dem i Sverige hos en svensk leverantör.</p>`;
const paras = (from: number, n: number) => Array.from({ length: n }, (_, i) => para(from + i)).join('');
const read = (body: string) => readDocument(parseHtmlDocument(`<html><head><title>T</title></head><body>${body}</body></html>`));

const HEADER = '<div id="header"><a href="/">Acme</a> <a href="/produkt">Produkt</a> <a href="/priser">Priser</a></div>';
const FOOTER = '<div id="footer"><p>© 2025 Acme AB, Storgatan 1, Stockholm</p></div>';
const RELATED = '<div class="related"><h3>Läs också</h3><p><a href="/a">Så tänker vi kring säkerhet i stor skala år 2025</a></p><p><a href="/b">Vårt nya kontor i Göteborg har öppnat för besökare</a></p></div>';

describe('main text without a landmark', () => {
  it('keeps the article body and drops header, footer and a box of links around it', () => {
    const p = read(`${HEADER}<div id="page"><div class="post"><h1>Integritet</h1>${paras(0, 8)}</div>${RELATED}</div>${FOOTER}`);
    expect(texts(p)[0]).toBe('Integritet');
    expect(p.blocks).toHaveLength(9);
    for (const chrome of ['Acme', 'Läs också', '© 2025', 'Göteborg']) expect(texts(p).join('\n')).not.toContain(chrome);
  });

  it('keeps the smaller sections beside a dominant one (sections alike in tag and class)', () => {
    const p = read(`${HEADER}<div class="post"><div class="section"><h2>Lagring</h2>${paras(0, 9)}</div>
      <div class="section"><h2>Underbiträden</h2><ul><li>Hetzner Online GmbH</li><li>Amazon Web Services</li></ul></div></div>${FOOTER}`);
    expect(texts(p)).toContain('Underbiträden');
    expect(texts(p)).toContain('Hetzner Online GmbH');
    expect(texts(p)).not.toContain('© 2025 Acme AB, Storgatan 1, Stockholm');
  });

  it('keeps a lead paragraph beside the container holding most of the text', () => {
    const lead = 'Alla kunddata lagras i datacenter i Stockholm och lämnar aldrig EU; ingen amerikansk leverantör har åtkomst till dem, inte ens för support.';
    const p = read(`<div id="content"><h1>Vanliga frågor</h1><p class="lead">${lead}</p><div>${paras(0, 10)}</div></div>${FOOTER}`);
    expect(texts(p)).toContain(lead);
    expect(texts(p)).toContain('Vanliga frågor');
  });

  it('reads the whole body when no part holds most of the text', () => {
    const p = read(`<div class="a">${paras(0, 3)}</div><div class="b">${paras(3, 3)}</div><div class="c">${paras(6, 2)}</div>`);
    expect(p.blocks).toHaveLength(8);
  });

  it('still prefers a <main> landmark holding most of the text', () => {
    const p = read(`<div class="intro"><p>Utanför main: en rad som inte hör till sidans text alls.</p></div><main>${paras(0, 4)}</main>`);
    expect(p.blocks).toHaveLength(4);
  });
});

describe('very deep pages (no recursion)', () => {
  it('reads 10,000 nested blocks with text, each with a locator that resolves', () => {
    const d = parseHtmlDocument(`<html><body>${'<div>Data <b>lagras</b> i Sverige. '.repeat(10_000)}</body></html>`);
    const p = readDocument(d);
    expect(p.blocks).toHaveLength(10_000);
    for (const i of [0, 4_999, 9_999]) {
      const el = resolveLocator(d, p.blocks[i]!.locator);
      expect(el?.tagName.toLowerCase()).toBe('div');
      expect(el?.firstChild?.textContent).toBe('Data ');
    }
  });

  it('finds, highlights and measures text 10,000 elements deep', () => {
    const d = parseHtmlDocument(`<html><body>${'<span>x '.repeat(10_000)}<p>Vi krypterar all data med AES-256.</p></body></html>`);
    expect(pageText(d, Infinity).endsWith('Vi krypterar all data med AES-256.')).toBe(true);
    expect(findQuote(d.body, 'krypterar all data')).toHaveLength(1);
    const p = readDocument(d);
    const block = p.blocks.find((b) => b.text === 'Vi krypterar all data med AES-256.')!;
    expect(highlightQuote(d, { quote: 'krypterar all data', locator: block.locator }).found).toBe('quote');
  });
});
