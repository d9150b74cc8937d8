import { describe, expect, it } from 'vitest';
import { findTerms, hasTerm, vocabFor } from '../../../lib/claims/mechanisms/terms';

describe('terms', () => {
  it('matches words, stems, inner stems and compounds', () => {
    expect(hasTerm('Data krypteras i vila', ['krypter*'])).toBe(true);
    expect(hasTerm('okrypterad', ['krypter*'])).toBe(false);
    expect(hasTerm('en løsning som beskytter mot overføring', ['beskytte* mot'])).toBe(true);
    expect(findTerms('Vi gör inga tredjelandsöverföringar.', ['*överföring*'])[0]?.matched).toBe('tredjelandsöverföringar');
    expect(hasTerm('overföring', ['*överföring*'])).toBe(false);
    expect(hasTerm('stored\n  in', ['stored in'])).toBe(true);
  });
  it('merges a vocabulary with English, or all languages when undetermined', () => {
    const data = { en: { a: ['x'] }, sv: { a: ['y'] }, no: { a: [] }, da: { a: [] }, de: { a: ['z'] }, fi: { a: [] } };
    expect(vocabFor(data, 'sv').a.sort()).toEqual(['x', 'y']);
    expect(vocabFor(data, 'und').a.sort()).toEqual(['x', 'y', 'z']);
  });
  it('stays linear on a huge input', () => {
    const big = 'a'.repeat(2_000_000) + ' överföring';
    expect(findTerms(big, ['*överföring*', 'krypter*']).length).toBe(1);
  });
});
