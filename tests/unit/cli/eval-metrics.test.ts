import { describe, expect, it } from 'vitest';
import { evaluate, prf, quotesOverlap, type GoldPage } from '../../../lib/cli/eval-metrics';
import type { Analysis, ClaimId } from '../../../lib/types';
import { CLAIM_IDS } from '../../../lib/types';

const allUnknown = () => Object.fromEntries(CLAIM_IDS.map((id) => [id, { value: 'unknown', details: [], evidence: [] }]));

function page(gold: Partial<Record<ClaimId, string>>, got: Partial<Record<ClaimId, string>>, privacy = true) {
  const g = { id: 'p', file: 'p.txt', lang: 'en', privacy, claims: allUnknown() } as unknown as GoldPage;
  const a = { claims: allUnknown() } as unknown as Analysis;
  for (const [k, v] of Object.entries(gold)) (g.claims as Record<string, { value: string }>)[k] = { value: v! };
  for (const [k, v] of Object.entries(got)) (a.claims as Record<string, unknown>)[k] = { value: v, details: [], evidence: [{ quote: 'q' }] };
  return { gold: g, got: a };
}

describe('evaluate', () => {
  it('counts a right value as tp, a wrong value as fp+fn, a missed one as fn, an invented one as fp', () => {
    const r = evaluate([
      page({ data_location: 'eu_eea', dpa_offered: 'yes', key_control: 'customer' }, { data_location: 'eu_eea', dpa_offered: 'on_request', breach_notification: 'yes' }),
    ]);
    expect(r.perClaim.data_location).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.perClaim.dpa_offered).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.perClaim.key_control).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(r.perClaim.breach_notification).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(r.exact).toBe(9);
    expect(r.mistakes).toHaveLength(3);
    expect(r.inventions).toHaveLength(0);
  });
  it('reports values invented on a non-privacy page', () => {
    const r = evaluate([page({}, { certifications: 'certified' }, false)]);
    expect(r.inventions.map((m) => m.claim)).toEqual(['certifications']);
  });
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2, tn: 0 })).toMatchObject({ p: 0.75, r: 0.6 });
    expect(prf({ tp: 0, fp: 0, fn: 0, tn: 5 }).f1).toBe(1);
  });
  it('matches quotes whitespace-insensitively in either direction', () => {
    expect(quotesOverlap('gjøres over\nkrypterte linjer', 'over krypterte')).toBe(true);
    expect(quotesOverlap('abc', 'xyz')).toBe(false);
  });
});
