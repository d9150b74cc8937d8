import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage, analyzeText, joinBlocks } from '../../../lib/analyze';
import { readHtml } from '../../../lib/extract/html';
import { readPlainText } from '../../../lib/extract/text';
import { CLAIM_IDS, CLAIM_VALUES, type Analysis, type PageText } from '../../../lib/types';
import { CLAIM_SENTENCES, pageHtml, pageText, sprinkled } from './inputs';

/**
 * For any text or HTML the analysis never throws, always returns the twelve claims with allowed
 * values, and every quote is an exact substring of the page text it was read from.
 * Big inputs (1 MB line, deep nesting, 100,000 elements) are single examples.
 */

/** Returns the problems found (empty when the analysis keeps its contract). */
function contractProblems(a: Analysis, page: PageText): string[] {
  const problems: string[] = [];
  const { text } = joinBlocks(page);
  const ids = Object.keys(a.claims).sort();
  if (ids.join() !== [...CLAIM_IDS].sort().join()) problems.push(`claims: ${ids.join()}`);
  for (const id of CLAIM_IDS) {
    const c = a.claims[id];
    if (!c) continue;
    if (!(CLAIM_VALUES[id] as readonly string[]).includes(c.value)) problems.push(`${id}: value ${c.value}`);
    if (!Array.isArray(c.details) || c.details.some((d) => typeof d !== 'string')) problems.push(`${id}: details`);
    if (c.value === 'unknown' && c.evidence.length > 0) problems.push(`${id}: unknown with evidence`);
    for (const e of c.evidence) {
      if (!e.quote || !text.includes(e.quote)) problems.push(`${id}: quote not in page text: ${JSON.stringify(e.quote.slice(0, 80))}`);
      if (e.block !== undefined && (e.block < 0 || e.block >= page.blocks.length)) problems.push(`${id}: block ${e.block} out of range`);
    }
  }
  if (!['A', 'B', 'C', 'D', 'E'].includes(a.score.grade)) problems.push(`grade ${a.score.grade}`);
  if (!(a.score.points >= 0 && a.score.points <= 100)) problems.push(`points ${a.score.points}`);
  if (a.score.answered !== CLAIM_IDS.filter((id) => a.claims[id]?.value !== 'unknown').length) problems.push('answered count');
  return problems;
}

function checkText(text: string): string[] {
  const page = readPlainText(text);
  return contractProblems(analyzeText(text), page);
}

function checkHtml(html: string): string[] {
  const page = readHtml(html, 'https://vendor.example/privacy');
  return contractProblems(analyzePage(page), page);
}

describe('analyzeText on any text', () => {
  it('the contract check finds a broken analysis (so the properties can fail)', () => {
    const page = readPlainText('We store all data in Sweden.');
    const a = analyzeText('We store all data in Sweden.');
    a.claims.data_location = { value: 'eu_eea', details: [], evidence: [{ quote: 'Data is in Norway.' }] };
    expect(contractProblems(a, page).join()).toMatch(/quote not in page text/);
    (a.claims as Record<string, unknown>).encryption_at_rest = { value: 'maybe', details: [], evidence: [] };
    expect(contractProblems(a, page).join()).toMatch(/encryption_at_rest: value maybe/);
  });

  it('keeps its contract for any mix of Unicode, right-to-left, zero-width and claim sentences', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        expect(checkText(text)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('keeps its contract when zero-width characters sit inside the words of claim sentences', () => {
    fc.assert(
      fc.property(fc.array(sprinkled, { maxLength: 6 }), (ss) => {
        expect(checkText(ss.join(' '))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('finds claims in the labelled sentences (the generators do reach the extractor)', () => {
    const a = analyzeText(CLAIM_SENTENCES.join('\n\n'));
    expect(CLAIM_IDS.filter((id) => a.claims[id].value !== 'unknown').length).toBeGreaterThanOrEqual(6);
  });

  it('a single 1 MB line with no line break', () => {
    let line = CLAIM_SENTENCES.join(' ');
    while (line.length < 1_000_000) line += ' ' + line;
    expect(checkText(line.slice(0, 1_000_000))).toEqual([]);
  }, 120_000);

  it('a single 1 MB word (no space, no punctuation)', () => {
    expect(checkText('a'.repeat(1_000_000))).toEqual([]);
  }, 60_000);
});

describe('readHtml + analyzePage on any HTML', () => {
  it('keeps its contract for random, often malformed HTML', () => {
    fc.assert(
      fc.property(pageHtml, (html) => {
        expect(checkHtml(html)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('10,000 nested elements', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>${CLAIM_SENTENCES[0]}</p>${'</div>'.repeat(10_000)}</body></html>`;
    expect(checkHtml(html)).toEqual([]);
  }, 60_000);

  it('10,000 unclosed inline elements', () => {
    expect(checkHtml(`<html><body><main>${'<span>Data '.repeat(10_000)}</main></body></html>`)).toEqual([]);
  }, 60_000);

  it('100,000 elements', () => {
    // 5,000 paragraphs of 20 inline elements each, then one claim sentence per paragraph.
    const inline = '<b>x</b> '.repeat(19) + '<a href="#">y</a>';
    const paras = Array.from({ length: 5_000 }, (_, i) => `<p>${inline} ${CLAIM_SENTENCES[i % CLAIM_SENTENCES.length]}</p>`);
    expect(checkHtml(`<html><body><main>${paras.join('')}</main></body></html>`)).toEqual([]);
  }, 120_000);
});
