import { describe, expect, it } from 'vitest';
import { statusOf, isHedged } from '../../../lib/claims/mechanisms/status';

describe('statusOf / isHedged', () => {
  const cases: [string, string, 'done' | 'in_progress'][] = [
    ['en', 'We are ISO 27001 certified.', 'done'],
    ['en', 'We are in the process of ISO 27001 certification.', 'in_progress'],
    ['sv', 'Vi är i färd med att certifiera oss.', 'in_progress'],
    ['no', 'Sertifiseringen pågår.', 'in_progress'],
    ['da', 'Vi er i gang med certificeringen.', 'in_progress'],
    ['de', 'Die Zertifizierung ist geplant.', 'in_progress'],
    ['fi', 'Olemme parhaillaan rakentamassa järjestelmää.', 'in_progress'],
    ['fi', 'Olemme sertifioitu.', 'done'],
  ];
  it.each(cases)('%s: %s', (lang, s, expected) => expect(statusOf(s, lang as 'en')).toBe(expected));
  it('hedges', () => {
    expect(isHedged('Data may be sent to the US.', 'en')).toBe(true);
    expect(isHedged('Data is stored in Sweden.', 'en')).toBe(false);
    expect(isHedged('Dataa voidaan siirtää.', 'fi')).toBe(true);
  });
});
