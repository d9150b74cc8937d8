import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTermSet, findIn, groupTerms, hasIn, termSet } from '../../../lib/claims/mechanisms/term-scan';

/**
 * The regular expression the matcher stands for: its terms longest first, a compound as
 * `[\p{L}\p{N}]*-?tail`. The matcher must find exactly what this finds, hit for hit.
 */
function referenceRegex(terms: readonly string[]): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = (t: string) =>
    t.trim().split(/\s+/).map((w) => (w.endsWith('*') && w.length > 1 ? `${escape(w.slice(0, -1))}[\\p{L}\\p{N}-]*` : escape(w))).join('\\s+');
  const alts = [...terms]
    .sort((a, b) => b.length - a.length)
    .filter((t) => t.replace(/^\*/, '').trim())
    .map((t) => (t.startsWith('*') && t.length > 1 ? `[\\p{L}\\p{N}]*-?${words(t.slice(1))}` : words(t)));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'giu');
}

const spans = (hits: { start: number; end: number }[]) => hits.map((h) => [h.start, h.end]);
const reference = (text: string, terms: readonly string[]) => spans([...text.matchAll(referenceRegex(terms))].map((m) => ({ start: m.index, end: m.index + m[0].length })));

// Pieces that exercise case, stems, compounds, hyphens, whitespace runs and non-Latin letters.
const WORDS = ['över', 'föring', 'Över', 'ÖVER', 'tredje', 'land', 'EU', 'EU:n', 'krypter', 'ad', 'mot', 'beskytte', 'a', 'k', 'r', 'ß', 'İ', 'data'];
const NOISE = [' ', '  ', '\n', '-', '.', '(', ')', ':', '1', 'é', 'Ж', 'α', 'ı', 'K', '’'];
const term = fc
  .tuple(fc.boolean(), fc.constantFrom(...WORDS), fc.constantFrom('', ...WORDS), fc.boolean(), fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.boolean()), { maxLength: 2 }))
  // Up to three words: lists then share multi-word prefixes, walked once (see testAll).
  .map(([compound, a, b, stem, next]) => `${compound ? '*' : ''}${a}${b}${stem ? '*' : ''}${next.map(([w, s]) => ` ${w}${s ? '*' : ''}`).join('')}`);
const terms = fc.array(term, { minLength: 1, maxLength: 6 });
const text = fc.array(fc.constantFrom(...WORDS, ...NOISE), { maxLength: 16 }).map((xs) => xs.join(''));
/** The terms' own words between whitespace runs and other separators: multi-word terms match often. */
const phraseOf = (ts: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...ts.flatMap((t) => t.replace(/^\*/, '').split(' ').map((w) => w.replace(/\*$/, '')))), fc.constantFrom(' ', '  ', '\n ', '-', '', 'ad ')), { maxLength: 10 })
    .map((xs) => xs.map(([w, sep]) => w + sep).join(''));

describe('term-scan', () => {
  it('finds exactly what the reference regular expression finds', () => {
    fc.assert(
      fc.property(terms, text, (ts, s) => {
        expect(spans(findIn(s, buildTermSet(ts)))).toEqual(reference(s, ts));
        expect(hasIn(s, buildTermSet(ts))).toBe(reference(s, ts).length > 0);
      }),
      { numRuns: 800 },
    );
    fc.assert(
      fc.property(terms.chain((ts) => fc.tuple(fc.constant(ts), phraseOf(ts))), ([ts, s]) => {
        expect(spans(findIn(s, buildTermSet(ts)))).toEqual(reference(s, ts));
      }),
      { numRuns: 800 },
    );
  }, 60_000);

  it('agrees with the reference on real vocabulary shapes', () => {
    const list = ['*överföring*', 'tredje land*', 'EU/EES', 'data importer(s)', 'AB (publ)', 'krypter*', 'beskytte* mot', 'EU'];
    for (const s of [
      'Vi gör inga tredjelandsöverföringar till tredje länder.',
      'IT-överföring, EU-överföring och EU:n alue; EU/EES-området.',
      'The data importer(s) signed; Acme AB (publ) är vårt bolag.',
      'Data krypteras och beskytter\n  mot intrång. okrypterad',
    ]) {
      expect(spans(findIn(s, termSet(list)))).toEqual(reference(s, list));
    }
  });

  it('reads any whitespace where a key has a space, right after its first one or two characters too', () => {
    // The start filters hash a start's first three characters with whitespace read as a space.
    const list = ['a us company', 'i klartext', 'om inte', 'eu', 'ab*', 'kryptering'];
    const grouped = [...list, '\u0000ws'];
    groupTerms([grouped, ['\u0000other', 'krypter*']]);
    for (const s of ['a\u00a0us company', 'i\n\tklartext', 'om\u2003inte', 'a\r\nus  company', 'EU\tab\u00a0x', 'av usa i klartext', 'kryptering\u00a0']) {
      expect(spans(findIn(s, termSet(list))), s).toEqual(reference(s, list));
      expect(hasIn(s, termSet(grouped)), s).toBe(reference(s, list).length > 0);
    }
  });

  it('answers grouped lists the same as each list alone', () => {
    fc.assert(
      fc.property(fc.array(terms, { minLength: 2, maxLength: 5 }).chain((lists) => fc.tuple(fc.constant(lists), fc.array(fc.oneof(text, phraseOf(lists.flat())), { minLength: 1, maxLength: 4 }))), ([lists, texts]) => {
        // Fresh copies: lists compiled before stay in their own groups.
        const grouped = lists.map((l) => [...l, '\u0000group']);
        groupTerms(grouped);
        for (const l of grouped) {
          for (const s of texts) {
            expect(hasIn(s, termSet(l))).toBe(reference(s, l).length > 0);
            expect(spans(findIn(s, termSet(l)))).toEqual(spans(findIn(s, buildTermSet(l))));
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reads letters, digits and spaces the same in the lower-cased copy it scans', () => {
    // The scanner classifies characters of the lower-cased text: lower-casing must keep every class.
    const kind = (ch: string) => (/[\p{L}\p{N}]/u.test(ch) ? 'word' : /\s/.test(ch) ? 'space' : 'other');
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const low = ch.toLowerCase();
      if (low.length === 1) expect(kind(low), ch).toBe(kind(ch));
    }
  });

  it('stays linear on long words and long texts', () => {
    const long = 'a'.repeat(1_000_000) + '-överföring ' + 'EU '.repeat(300_000);
    const set = buildTermSet(['*överföring*', 'krypter*', 'a*', 'EU']);
    expect(findIn(long, set)).toHaveLength(300_001);
  });
});
