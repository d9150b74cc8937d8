import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import { seedCorpus, syntheticText } from '../../fixtures/hostile/big-page';

/**
 * Not a timing assertion: these inputs take a few seconds when the pipeline is linear and many
 * minutes when something in it is quadratic (per-sentence scans of the whole page, a regular
 * expression that backtracks), so a regression shows up as a timeout.
 */
describe('the pipeline stays linear', () => {
  const corpus = seedCorpus();

  it('analyses 2 MB of privacy-page text', () => {
    const a = analyzeText(syntheticText(2_000_000, corpus), { url: 'https://vendor.example/privacy' });
    expect(a.claims.data_location.value).not.toBe('unknown');
    expect(a.warnings ?? []).toEqual([]);
  }, 60_000);

  it('analyses a page of 30 000 short table rows and list items', () => {
    const rows = Array.from({ length: 15_000 }, (_, i) => `| Vendor ${i} AB | Hosting | Sverige |`).join('\n');
    const items = Array.from({ length: 15_000 }, (_, i) => `- Item ${i} lagras i Sverige.`).join('\n');
    const text = `Underbiträden\n\n| Namn | Tjänst | Land |\n|---|---|---|\n${rows}\n\nVi lagrar data:\n${items}`;
    const a = analyzeText(text, { url: 'https://vendor.example/privacy', lang: 'sv' });
    expect(a.claims.data_location.value).toBe('eu_eea');
  }, 60_000);

  it('analyses 5 MB without sentence breaks or spaces', () => {
    const a = analyzeText('krypterad'.repeat(300_000) + ' ' + 'a-'.repeat(1_000_000), { lang: 'sv' });
    expect(a.lang).toBe('sv');
  }, 60_000);
});
