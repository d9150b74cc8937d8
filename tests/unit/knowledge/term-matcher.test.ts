import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TermMatcher, isSentenceInitial, isDomainPart } from '../../../lib/knowledge/term-matcher';

const find = (terms: ConstructorParameters<typeof TermMatcher<string>>[0], text: string) =>
  new TermMatcher(terms).find(text).map((h) => [h.value, h.matched] as const);

describe('TermMatcher', () => {
  it('prefers the longest term at a position and never overlaps', () => {
    const terms = [
      { text: 'Amazon', value: 'amazon' },
      { text: 'Amazon Web Services', value: 'aws' },
      { text: 'Amazon Web Services EU SARL', value: 'aws-eu' },
      { text: 'Web Services', value: 'generic' },
    ];
    expect(find(terms, 'Amazon Web Services EU Sarl, Amazon Web Services and Amazon.')).toEqual([
      ['aws-eu', 'Amazon Web Services EU Sarl'],
      ['aws', 'Amazon Web Services'],
      ['amazon', 'Amazon'],
    ]);
  });

  it('matches a space in a term against any whitespace run, line breaks included', () => {
    expect(find([{ text: 'Microsoft Azure', value: 'azure' }], 'hosted on Microsoft\n  Azure in')).toEqual([['azure', 'Microsoft\n  Azure']]);
  });

  it('tells apart terms that branch at any letter, non-ASCII first letters included', () => {
    const names = ['Sverige', 'Svenska', 'Sveriges', 'Schweiz', 'Spanien', 'Skottland', 'Österrike', 'Östersund', 'Åland', 'EU', 'EES'];
    const terms = names.map((n) => ({ text: n, value: n }));
    expect(find(terms, 'Åland, Österrike och Östersund; Sveriges Schweiz Spanien Skottland Sverige EES EU Sv Ös')).toEqual(
      ['Åland', 'Österrike', 'Östersund', 'Sveriges', 'Schweiz', 'Spanien', 'Skottland', 'Sverige', 'EES', 'EU'].map((n) => [n, n]),
    );
  });

  it('respects Unicode word boundaries', () => {
    const terms = [{ text: 'Oslo', value: 'oslo' }, { text: 'EU', value: 'eu', caseSensitive: true }];
    expect(find(terms, 'Osloer, ÄOslo, Oslo. EUROPE, EU-alueella, EU:ssa')).toEqual([
      ['oslo', 'Oslo'],
      ['eu', 'EU'],
      ['eu', 'EU'],
    ]);
  });

  it('case-sensitive terms only match as written; others in any case', () => {
    const terms = [{ text: 'US', value: 'us', caseSensitive: true }, { text: 'Hetzner', value: 'hetzner' }];
    expect(find(terms, 'tell us about HETZNER and the US')).toEqual([
      ['hetzner', 'HETZNER'],
      ['us', 'US'],
    ]);
  });

  it('stems swallow inflections, suffixes are allowed but not included', () => {
    const terms = [
      { text: 'Ruotsi', value: 'se', stem: true },
      { text: 'Google', value: 'google', suffixes: ['n', 's'] },
    ];
    expect(find(terms, 'Ruotsissa ja Googlen; Googles; Googlex')).toEqual([
      ['se', 'Ruotsissa'],
      ['google', 'Google'],
      ['google', 'Google'],
    ]);
  });

  it('strict terms do not match at the start of a sentence, line or bullet', () => {
    const terms = [{ text: 'Front', value: 'front', caseSensitive: true, strict: true }];
    expect(find(terms, 'Front desk.\n• Front page\nWe use Front for mail. in front of')).toEqual([['front', 'Front']]);
    expect(find(terms, '| Front | support |')).toEqual([['front', 'Front']]);
  });

  it('falls back to a shorter candidate when the longer one is rejected', () => {
    const terms = [
      { text: 'Box', value: 'box-strict', caseSensitive: true, strict: true },
      { text: 'Box.com', value: 'box' },
    ];
    expect(find(terms, 'Box.com stores files. Box is a word.')).toEqual([['box', 'Box.com']]);
  });

  it('isSentenceInitial and isDomainPart', () => {
    expect(isSentenceInitial('Hello. "Box', 8)).toBe(true);
    expect(isSentenceInitial('We use Box', 7)).toBe(false);
    const t = 'see ec.europa.eu and mail info@sverige.se or Sverige.';
    expect(isDomainPart(t, t.indexOf('europa'), t.indexOf('europa') + 6)).toBe(true);
    expect(isDomainPart(t, t.indexOf('sverige'), t.indexOf('sverige') + 7)).toBe(true);
    expect(isDomainPart(t, t.indexOf('Sverige'), t.indexOf('Sverige') + 7)).toBe(false);
  });

  it('is linear on pathological input', () => {
    const m = new TermMatcher([{ text: 'Amazon Web Services', value: 'aws' }, { text: 'Suomi', value: 'fi', stem: true }]);
    const t = 'Amazon' + ' '.repeat(1_000_000) + 'Web ' + 'Suomi' + 'x'.repeat(1_000_000) + ' ' + 'Amazon '.repeat(200_000);
    const hits = m.find(t);
    expect(hits.map((h) => h.value)).toEqual(['fi']);
  });
});

describe('TermMatcher first-units filter', () => {
  // A one-letter term turns the filters (first pair, first three units) off: with one that never occurs, the hits must be the same.
  const word = fc.stringMatching(/^[abcÄäİ]{1,4}$/);
  const term = fc.record({
    text: fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
    stem: fc.boolean(),
    caseSensitive: fc.boolean(),
  });
  const gap = fc.constantFrom(' ', '  ', '\n', '\u00a0', '.', '-', '', 'x');
  const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''));

  it('finds exactly what the unfiltered trie finds', () => {
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 12 }), text, (terms, t) => {
        const list = terms.map((x, k) => ({ ...x, value: String(k) }));
        const hits = (m: TermMatcher<string>) => m.find(t).map((h) => [h.value, h.start, h.end]);
        const unfiltered = new TermMatcher([...list, { text: 'ж', value: 'never' }]);
        expect(hits(new TermMatcher(list))).toEqual(hits(unfiltered));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same with a trie grown by earlier texts as with a fresh one', () => {
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 12 }), fc.array(text, { minLength: 2, maxLength: 4 }), (terms, texts) => {
        const list = terms.map((x, k) => ({ ...x, value: String(k) }));
        const hits = (m: TermMatcher<string>, t: string) => m.find(t).map((h) => [h.value, h.start, h.end]);
        const reused = new TermMatcher(list);
        for (const t of texts) expect(hits(reused, t)).toEqual(hits(new TermMatcher(list), t));
      }),
      { numRuns: 300 },
    );
  });
});
