import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/extract/html';
import { pageText, readTabPage, type TabEnv } from '../../../lib/extract/read-tab-page';
import { fetchPdfPayload, isPdfTab } from '../../../lib/extract/pdf-tab';
import { base64ToBytes, bytesToBase64 } from '../../../lib/tab-read';

const pdf = new Uint8Array(readFileSync(new URL('../../fixtures/pdf/tom-no.pdf', import.meta.url)));

function fetchOf(routes: Record<string, { type: string; body: Uint8Array; status?: number }>): TabEnv['fetch'] {
  return async (url) => {
    const r = routes[url];
    if (!r) throw new TypeError('Failed to fetch');
    return {
      ok: (r.status ?? 200) < 300,
      status: r.status ?? 200,
      headers: { get: (n: string) => (n === 'content-type' ? r.type : n === 'content-length' ? String(r.body.byteLength) : null) },
      arrayBuffer: async () => r.body.slice().buffer,
    };
  };
}

const noMutations: TabEnv['observe'] = () => () => {};

describe('readTabPage', () => {
  it('reads an HTML page with its links, once it has settled', async () => {
    const doc = parseHtmlDocument(`<html lang="sv"><body><main><h1>Integritet</h1><p>Vi lagrar all data i Sverige, hos en svensk leverantör, och krypterar den i vila.</p></main>
      <footer><a href="/pub-avtal">Personuppgiftsbiträdesavtal</a> <a href="https://other.example/x">Annan</a></footer><script>var a = 1;</script></body></html>`);
    const page = await readTabPage({ doc, url: 'https://acme.se/integritet', fetch: fetchOf({}), observe: noMutations, quietMs: 5, maxMs: 50 });
    expect(page.kind).toBe('html');
    expect(page.pdf).toBeUndefined();
    expect(page.blocks[0]?.text).toBe('Integritet');
    expect(page.links).toEqual([
      { href: 'https://acme.se/pub-avtal', text: 'Personuppgiftsbiträdesavtal' },
      { href: 'https://other.example/x', text: 'Annan' },
    ]);
  });

  it('hands back the bytes of a PDF tab (Chrome viewer: application/pdf, no body text)', async () => {
    const doc = parseHtmlDocument('<html><body><embed type="application/pdf"></body></html>');
    Object.defineProperty(doc, 'contentType', { value: 'application/pdf' });
    const url = 'https://acme.no/tom';
    const page = await readTabPage({ doc, url, fetch: fetchOf({ [url]: { type: 'application/pdf', body: pdf } }), observe: noMutations });
    expect(page.kind).toBe('pdf');
    expect(page.blocks).toEqual([]);
    expect(page.pdf?.ok).toBe(true);
    if (page.pdf?.ok) expect(base64ToBytes(page.pdf.base64)).toEqual(pdf);
  });
});

describe('readTabPage: when to wait', () => {
  const TEXT = '<p>Vi lagrar all data i Sverige, hos en svensk leverantör, och krypterar den i vila med AES-256.</p>';
  const complete = (html: string) => {
    const doc = parseHtmlDocument(html);
    Object.defineProperty(doc, 'readyState', { value: 'complete' });
    return doc;
  };
  const watching = () => {
    const calls = { observed: 0 };
    const observe: TabEnv['observe'] = () => (calls.observed++, () => {});
    return { calls, observe };
  };

  it('reads a loaded page with its text at once, without watching for changes', async () => {
    const w = watching();
    const page = await readTabPage({ doc: complete(`<html><body><main>${TEXT}</main></body></html>`), url: 'https://acme.se/', fetch: fetchOf({}), observe: w.observe, quietMs: 2000, maxMs: 4000 });
    expect(w.calls.observed).toBe(0);
    expect(page.blocks).toHaveLength(1);
  });

  it('waits for the quiet period on a loaded page whose app root is still empty', async () => {
    const w = watching();
    const started = Date.now();
    const doc = complete(`<html><body><header>${TEXT}</header><div id="root"></div></body></html>`);
    await readTabPage({ doc, url: 'https://acme.se/', fetch: fetchOf({}), observe: w.observe, quietMs: 40, maxMs: 1000 });
    expect(w.calls.observed).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });
});

describe('PDF tabs', () => {
  const env = (over: Partial<Parameters<typeof isPdfTab>[0]>) => ({ url: 'https://a.example/doc', contentType: 'text/html', bodyText: '', fetch: fetchOf({}), ...over });

  it('knows a PDF by content type, by a .pdf URL on an empty page, or by asking the server', async () => {
    expect(await isPdfTab(env({ contentType: 'application/pdf' }))).toBe(true);
    expect(await isPdfTab(env({ url: 'https://a.example/DPA.PDF' }))).toBe(true);
    expect(await isPdfTab(env({ url: 'https://a.example/dpa.pdf', bodyText: 'An HTML page about dpa.pdf' }))).toBe(false);
    expect(await isPdfTab(env({ fetch: fetchOf({ 'https://a.example/doc': { type: 'application/pdf; qs=1', body: new Uint8Array() } }) }))).toBe(true);
    expect(await isPdfTab(env({ fetch: fetchOf({ 'https://a.example/doc': { type: 'text/html', body: new Uint8Array() } }) }))).toBe(false);
    expect(await isPdfTab(env({}))).toBe(false); // HEAD failed
  });

  it('refuses a PDF over the cap and says how big it is; reports a failed fetch', async () => {
    const url = 'https://a.example/big.pdf';
    const big = await fetchPdfPayload(env({ url, fetch: fetchOf({ [url]: { type: 'application/pdf', body: new Uint8Array(2048) } }) }), 1024);
    expect(big).toEqual({ ok: false, url, reason: 'too_big', size: 2048 });
    const gone = await fetchPdfPayload(env({ url, fetch: fetchOf({ [url]: { type: 'text/html', body: new Uint8Array(), status: 404 } }) }));
    expect(gone).toEqual({ ok: false, url, reason: 'fetch_failed', detail: 'HTTP 404' });
  });

  it('base64 round-trips bytes larger than one chunk', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});

describe('pageText', () => {
  it('leaves out scripts and styles, and stops early', () => {
    const doc = parseHtmlDocument('<html><body><div id="app"></div><script>render("a long script text that is not page text")</script><style>p{}</style></body></html>');
    expect(pageText(doc)).toBe('');
    const doc2 = parseHtmlDocument('<html><body><p>One</p><p>Two three</p></body></html>');
    expect(pageText(doc2)).toBe('One Two three');
    expect(pageText(doc2, 3)).toBe('One');
  });
});

describe('readTabPage on an empty page', () => {
  it('asks the server whether it is a PDF only after the page stayed empty', async () => {
    const doc = parseHtmlDocument('<html><body><div id="app"></div></body></html>');
    const url = 'https://acme.no/file';
    const calls: string[] = [];
    const base = fetchOf({ [url]: { type: 'application/pdf', body: pdf } });
    const page = await readTabPage({
      doc, url, observe: noMutations, quietMs: 5, maxMs: 30,
      fetch: (u, init) => (calls.push(init?.method ?? 'GET'), base(u, init)),
    });
    expect(calls).toEqual(['HEAD', 'GET']);
    expect(page.kind).toBe('pdf');
  });

  it('makes no request for a page with text', async () => {
    const doc = parseHtmlDocument('<html><body><p>Short page.</p></body></html>');
    const calls: string[] = [];
    const fetch: TabEnv['fetch'] = async (u) => {
      calls.push(u);
      throw new TypeError('Failed to fetch');
    };
    const page = await readTabPage({ doc, url: 'https://acme.no/a.pdf', observe: noMutations, quietMs: 5, maxMs: 30, fetch });
    expect(page.blocks.map((b) => b.text)).toEqual(['Short page.']);
    expect(calls).toEqual([]);
  });
});
