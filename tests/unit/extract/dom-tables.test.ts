import { describe, expect, it } from 'vitest';
import { parseHtmlDocument, readHtml } from '../../../lib/extract/html';
import { readMarkdown } from '../../../lib/extract/markdown';
import { readDocument } from '../../../lib/extract/dom';
import { clearHighlight, highlightQuote } from '../../../lib/highlight';
import { analyzePage } from '../../../lib/analyze';

const texts = (html: string) => readHtml(html, 'https://acme.example/sub').blocks.map((b) => `${b.kind}: ${b.text}`);

describe('tables in the DOM reader', () => {
  it('reads a data table row as one block, its cells joined as in a Markdown table', () => {
    const html = `<html><body><main><h1>Sub-processors</h1><table>
      <thead><tr><th>Name</th><th>Purpose</th><th>Location</th></tr></thead>
      <tbody><tr><td><a href="https://aws.example">Amazon Web Services</a></td><td><p>Hosting</p><p>Backups</p></td><td>Ireland<br>Germany</td></tr>
      <tr><td>Mailjet</td><td></td><td>France</td></tr></tbody></table></main></body></html>`;
    expect(texts(html)).toEqual([
      'heading: Sub-processors',
      'cell: Name | Purpose | Location',
      'cell: Amazon Web Services | Hosting Backups | Ireland\nGermany',
      'cell: Mailjet | | France',
    ]);
  });

  it('reads ARIA grid rows the same way', () => {
    const html = `<html><body><main><div role="table"><div role="row"><span role="columnheader">Name</span><span role="columnheader">Country</span></div>
      <div role="row"><span role="cell">Hetzner Online GmbH</span><span role="cell">Germany</span></div></div></main></body></html>`;
    expect(texts(html)).toEqual(['cell: Name | Country', 'cell: Hetzner Online GmbH | Germany']);
  });

  it('keeps the cells of a layout table as blocks: one cell, a nested table, or a page of text in a row', () => {
    const long = 'We store all data in Sweden. '.repeat(80);
    const html = `<html><body><main><table><tr><td><p>Only cell, first paragraph.</p><p>Second paragraph.</p></td></tr></table>
      <table><tr><td><table><tr><td>Inner A</td><td>Inner B</td></tr></table></td><td>Side</td></tr></table>
      <table><tr><td><p>${long}</p></td><td>Menu</td></tr></table></main></body></html>`;
    const got = texts(html);
    expect(got.slice(0, 2)).toEqual(['paragraph: Only cell, first paragraph.', 'paragraph: Second paragraph.']);
    expect(got).toContain('cell: Inner A | Inner B');
    expect(got).toContain('cell: Side');
    expect(got).toContain(`paragraph: ${long.trim()}`);
    expect(got).toContain('cell: Menu');
  });

  it('finds a row quote again in the page and marks each cell', () => {
    const doc = parseHtmlDocument(`<html><body><main><table><tr><td>Cloudflare, Inc.</td><td>CDN</td><td>United States</td></tr></table></main></body></html>`);
    const page = readDocument(doc, 'https://acme.example/sub');
    const row = page.blocks[0]!;
    expect(row.text).toBe('Cloudflare, Inc. | CDN | United States');
    const result = highlightQuote(doc, { quote: row.text, locator: row.locator });
    expect(result.found).toBe('quote');
    expect([...doc.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Cloudflare, Inc.', 'CDN', 'United States']);
    clearHighlight(doc);
    expect(doc.querySelector('mark')).toBeNull();
  });

  it('gives the claims the same table as the Markdown reader does (sv and en)', () => {
    const rows = [['Amazon Web Services EMEA SARL', 'Hosting', 'Ireland'], ['Twilio Inc.', 'SMS', 'United States'], ['Hetzner Online GmbH', 'Backups', 'Germany']];
    for (const [lang, title, lead, head] of [
      ['en', 'Sub-processors', 'We use the following sub-processors to provide the service.', ['Sub-processor', 'Purpose', 'Location']],
      ['sv', 'Underbiträden', 'Vi anlitar följande underbiträden för att leverera tjänsten.', ['Underbiträde', 'Ändamål', 'Land']],
    ] as const) {
      const html = `<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${lead}</p><table>
        <tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></main></body></html>`;
      const md = `# ${title}\n\n${lead}\n\n| ${head.join(' | ')} |\n|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
      const fromHtml = analyzePage(readHtml(html, 'https://acme.example/sub'), { now: () => new Date(0) });
      const mdPage = readMarkdown(md, 'https://acme.example/sub');
      mdPage.declaredLang = lang;
      const fromMd = analyzePage(mdPage, { now: () => new Date(0) });
      const values = (a: typeof fromHtml) => Object.fromEntries(Object.entries(a.claims).map(([k, c]) => [k, [c.value, c.details]]));
      expect(values(fromHtml), lang).toEqual(values(fromMd));
      expect(fromHtml.claims.subprocessors.value, lang).toBe('listed');
    }
    const en = analyzePage(readHtml(`<html lang="en"><body><main><h1>Sub-processors</h1><p>We use the following sub-processors.</p><table>
      ${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></main></body></html>`, 'https://acme.example/sub'));
    expect(en.claims.subprocessors.details).toEqual(expect.arrayContaining(['Amazon Web Services', 'Twilio', 'Hetzner']));
    expect(en.claims.us_exposure.value).toBe('us_subprocessor');
  });
});
