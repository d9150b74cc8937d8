import fc from 'fast-check';
import { loadSeedLabels } from '../../fixtures/site/render-seeds';

/** Arbitraries for hostile page text and HTML, built around sentences the extractor reacts to. */

/** Labelled evidence sentences of the seed pages: text that makes claims fire (and quotes appear). */
export const CLAIM_SENTENCES: string[] = [
  ...new Set(loadSeedLabels().flatMap((l) => Object.values(l.claims).flatMap((c) => c.evidence ?? []))),
];

export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069'];
const RTL = ['نحن نخزن البيانات في السويد.', 'אנו מצפינים את כל הנתונים.', '\u202eSweden in stored is Data.\u202c', 'مرکز داده در آلمان'];
const ODD = [
  '\u0000', '\ud800', '\udfff', '😀👩‍👩‍👧', 'e\u0301\u0301\u0301', '\r\n', '\r', '\n\n\n', '\t', '\u2028', '\u2029', '\u00a0',
  '...', '?!', '“”', '«»', 'z.B.', 't.ex.', 'f.eks.', '1. januar', 'ISO 27001:2022.', 'AES-256', 'eu-north-1',
  '&amp;', '&lt;script&gt;', '<script>alert(1)</script>', 'javascript:alert(1)', '$&', '$1', '\\', '(?:', '[',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CLAIM_SENTENCES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD, ...ZERO_WIDTH) },
);

/** Text: fragments joined by spaces, newlines, blank lines or zero-width characters. */
export const pageText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fragment, fc.constantFrom(' ', '\n', '\n\n', '', '. ', ...ZERO_WIDTH)), { maxLength: 30 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

/** A fragment with zero-width characters sprinkled inside words. */
export const sprinkled: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...CLAIM_SENTENCES), fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom(...ZERO_WIDTH))
  .map(([s, at, zw]) => {
    let out = s;
    for (const i of at) {
      const p = i % (out.length + 1);
      out = out.slice(0, p) + zw + out.slice(p);
    }
    return out;
  });

const TAGS = ['p', 'div', 'span', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'main', 'article', 'section', 'nav', 'header', 'footer', 'aside',
  'details', 'summary', 'table', 'tr', 'td', 'th', 'pre', 'code', 'b', 'a', 'button', 'br', 'img', 'script', 'style', 'template',
  'noscript', 'iframe', 'svg', 'math', 'textarea', 'select', 'option', 'dialog', 'blockquote', 'x-custom', 'font'];
const ATTRS = ['hidden', 'aria-hidden="true"', 'aria-expanded="false"', 'aria-controls="p1"', 'id="p1"', 'class="collapse"',
  'class="cookie-banner"', 'role="dialog"', 'role="tabpanel"', 'style="display:none"', 'open', 'lang="sv"',
  'onerror="window.__pwned=1"', 'href="javascript:alert(1)"', 'dir="rtl"', 'class="nav"', 'role="main"', 'data-x="<b>"'];

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Random (often malformed) HTML: nested elements with odd attributes, text, entities, stray tags. */
export const pageHtml: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...TAGS), fc.subarray(ATTRS, { maxLength: 3 })).map(([t, a]) => `<${t}${a.length ? ' ' + a.join(' ') : ''}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fragment.map(escapeText),
      fragment, // unescaped: may contain < and &
      fc.constantFrom('&nbsp;', '&#x200b;', '&#0;', '&#xD800;', '&lt;', '&amp;amp;', '&bogus;', '<!-- c -->', '<![CDATA[x]]>', '<', '>', '</'),
    ),
    { maxLength: 40 },
  )
  .chain((parts) =>
    fc.constantFrom('', '<!doctype html>', '<html lang="de"><body>').map((prefix) => prefix + parts.join('')),
  );
