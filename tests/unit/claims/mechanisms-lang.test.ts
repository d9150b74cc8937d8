import { describe, expect, it } from 'vitest';
import { mechanismsFor } from '../../../lib/claims/lang';
import { isNegated } from '../../../lib/claims/mechanisms/negation';

describe('mechanismsFor', () => {
  it('gives a Dutch or French page its own words and English, not the Nordic or Finnish ones', () => {
    for (const lang of ['nl', 'fr'] as const) {
      const m = mechanismsFor(lang);
      expect(m.negation).toContain('not');
      for (const w of ['en', 'et', 'ei', 'inte', 'ikke', 'nicht']) expect(m.negation).not.toContain(w);
    }
    expect(mechanismsFor('nl').negation).toContain('niet');
  });

  it('gives a page of undetermined language English only', () => {
    expect(mechanismsFor('und').negation).toEqual(mechanismsFor('en').negation);
  });

  it('keeps a page language first, then English', () => {
    const sv = mechanismsFor('sv').negation;
    expect(sv).toContain('inte');
    expect(sv).toContain('not');
    expect(sv.indexOf('inte')).toBeLessThan(sv.indexOf('not'));
  });

  it('does not read French "et" as a negation', () => {
    const s = 'Vos données sont hébergées dans les centres de données de Roubaix et de Gravelines.';
    expect(isNegated(s, s.indexOf('Gravelines'), 'fr')).toBe(false);
  });
});
