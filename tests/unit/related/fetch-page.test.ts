import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../lib/extract/html';
import { PdfError, readPdf } from '../../../lib/extract/pdf';
import { fetchRelatedPage, originPatterns, pdfProblem, type FetchedResponse, type FetchPageDeps } from '../../../lib/related/fetch-page';

const fixture = (f: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${f}`, import.meta.url)));

function response(url: string, status: number, type: string, body: string | Uint8Array): FetchedResponse {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return {
    url,
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (n: string) => (n.toLowerCase() === 'content-type' ? type : n.toLowerCase() === 'content-length' ? String(bytes.byteLength) : null) },
    text: async () => new TextDecoder().decode(bytes),
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

const HTML = `<html lang="en"><body><main><h1>Security</h1><p>All customer data is encrypted at rest with AES-256.</p><p>We store all data in Germany.</p></main></body></html>`;

function deps(routes: Record<string, () => FetchedResponse | Promise<FetchedResponse>>): FetchPageDeps {
  return {
    fetch: async (url) => {
      const r = routes[url];
      if (!r) throw new TypeError('Failed to fetch');
      return r();
    },
    readHtml: (html, url) => readHtml(html, url),
    readPdf: async (bytes, url) => {
      try {
        return { ok: true, page: await readPdf(bytes, url) };
      } catch (e) {
        if (e instanceof PdfError) return { ok: false, problem: pdfProblem(e.code, bytes.byteLength) };
        throw e;
      }
    },
  };
}

describe('fetchRelatedPage', () => {
  const u = 'https://vendor.example/security';

  it('reads and analyses an HTML page', async () => {
    const out = await fetchRelatedPage(u, deps({ [u]: () => response(u, 200, 'text/html; charset=utf-8', HTML) }));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.analysis.source).toBe(u);
    expect(out.analysis.claims.encryption_at_rest.value).toBe('yes');
    expect(out.analysis.vendor).toBe('vendor.example');
  });

  it('reads a PDF by its content type', async () => {
    const p = 'https://vendor.example/files/tom';
    const out = await fetchRelatedPage(p, deps({ [p]: () => response(p, 200, 'application/pdf', fixture('tom-no.pdf')) }));
    expect(out.ok && out.page.kind).toBe('pdf');
  });

  it('says why a page was not read', async () => {
    const cases: Array<[FetchedResponse | null, unknown]> = [
      [response(u, 404, 'text/html', 'Not found'), { code: 'http', status: 404 }],
      [response(u, 500, 'text/html', 'Oops'), { code: 'http', status: 500 }],
      [response('https://vendor.example/login?next=%2Fsecurity', 200, 'text/html', HTML), { code: 'login', finalUrl: 'https://vendor.example/login?next=%2Fsecurity' }],
      [response('https://accounts.other.example/', 200, 'text/html', HTML), { code: 'other_site', finalUrl: 'https://accounts.other.example/' }],
      [response(u, 200, 'application/zip', 'PK'), { code: 'not_html', contentType: 'application/zip' }],
      [response(u, 200, 'text/html', '<html><body><div id="app"></div><script>render()</script></body></html>'), { code: 'empty' }],
      [response(u, 200, 'application/pdf', fixture('password.pdf')), { code: 'pdf_password' }],
      [response(u, 200, 'application/pdf', fixture('scan.pdf')), { code: 'pdf_no_text' }],
      [response(u, 200, 'application/pdf', new TextEncoder().encode('not a pdf')), { code: 'pdf_invalid' }],
      [null, { code: 'network', detail: 'Failed to fetch' }],
    ];
    for (const [res, problem] of cases) {
      const out = await fetchRelatedPage(u, deps(res ? { [u]: () => res } : {}));
      expect(out, JSON.stringify(problem)).toEqual({ ok: false, problem });
    }
  });

  it('refuses a PDF over the size cap before reading it, and says how big it is', async () => {
    const big = response(u, 200, 'application/pdf', new Uint8Array(1));
    const res = { ...big, headers: { get: (n: string) => (n === 'content-type' ? 'application/pdf' : n === 'content-length' ? String(40 * 1024 * 1024) : null) } };
    expect(await fetchRelatedPage(u, deps({ [u]: () => res }))).toEqual({ ok: false, problem: { code: 'pdf_too_big', size: 40 * 1024 * 1024 } });
  });
});

describe('originPatterns', () => {
  it('asks for each site once, any port', () => {
    expect(originPatterns(['https://vendor.example/a', 'https://vendor.example/b', 'https://trust.vendor.example/', 'http://127.0.0.1:8080/x', 'mailto:x'])).toEqual([
      'https://vendor.example/*', 'https://trust.vendor.example/*', 'http://127.0.0.1/*',
    ]);
  });
});
