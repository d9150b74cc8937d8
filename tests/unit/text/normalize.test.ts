import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../../lib/text/normalize';

describe('normalizeForMatch', () => {
  it('undoes hyphenation at line ends', () => {
    expect(normalizeForMatch('data er kryp-\nteret i hvile')).toBe('data er krypteret i hvile');
    expect(normalizeForMatch('kryp- \r\n  teret')).toBe('krypteret');
  });

  it('keeps real compounds and suspended hyphens', () => {
    expect(normalizeForMatch('IT-\nsystemer')).toBe('IT-systemer');
    expect(normalizeForMatch('sikkerhets-\nog krypteringsprotokoller')).toBe('sikkerhets- og krypteringsprotokoller');
    expect(normalizeForMatch('AES-256 og TLS 1.2')).toBe('AES-256 og TLS 1.2');
  });

  it('collapses whitespace, including non-breaking and narrow spaces', () => {
    expect(normalizeForMatch('  Alle\u00a0data\n\n lagres\t i\u202fNorge  ')).toBe('Alle data lagres i Norge');
  });

  it('drops invisible characters', () => {
    expect(normalizeForMatch('kryp\u00adtert\u200b data\ufeff')).toBe('kryptert data');
  });

  it('maps typographic quotes and dashes to ASCII', () => {
    expect(normalizeForMatch('EU–US “DPF” — ‘Privacy Shield’ «x» Data Privacy Framework \u2011sertifikaatti')).toBe(
      'EU-US "DPF" - \'Privacy Shield\' "x" Data Privacy Framework -sertifikaatti',
    );
  });

  it('is idempotent and leaves plain text alone', () => {
    const s = 'Vi lagrar all data i Sverige.';
    expect(normalizeForMatch(s)).toBe(s);
    expect(normalizeForMatch(normalizeForMatch('a –\nb  c'))).toBe(normalizeForMatch('a –\nb  c'));
  });
});
