import { describe, expect, it } from 'vitest';
import { isNegated, isNegatedAfter, isContrasted, hasException, opensConditional } from '../../../lib/claims/mechanisms/negation';

const at = (s: string, w: string) => s.indexOf(w);

describe('isNegated', () => {
  const cases: [string, string, string, boolean][] = [
    ['en', 'We do not use AWS.', 'AWS', true],
    ['en', 'Not only AWS but also Azure.', 'AWS', false],
    ['en', 'We do not sell data; we use AWS.', 'AWS', false],
    ['sv', 'Vi överför inga personuppgifter utanför EU.', 'utanför', true],
    ['sv', 'Vi använder inte bara AWS.', 'AWS', false],
    ['no', 'Data lagres ikke i USA.', 'USA', true],
    ['no', 'Vi er ikke bare en leverandør, men bruker Azure.', 'Azure', false],
    ['da', 'Partnere er placeret uden for EU og bruger AWS.', 'AWS', false],
    ['de', 'Wir übermitteln keine Daten in Drittländer.', 'Drittländer', true],
    ['fi', 'Emme siirrä tietoja EU:n ulkopuolelle.', 'EU', true],
    ['fi', 'Yhdysvaltojen välistä kehystä noudatamme.', 'noudatamme', false],
  ];
  it.each(cases)('%s: %s [%s]', (lang, s, w, expected) => {
    expect(isNegated(s, at(s, w), lang as 'en')).toBe(expected);
  });
});

describe('negation after the verb and other scopes', () => {
  it('German and Nordic post-verbal negation', () => {
    const s = 'Eine Übermittlung in Drittländer findet nicht statt.';
    expect(isNegatedAfter(s, at(s, 'Übermittlung'), 'de')).toBe(true);
    const t = 'Data overføres aldri ut av EØS.';
    expect(isNegatedAfter(t, at(t, 'overføres'), 'no')).toBe(true);
    const u = 'Data is transferred to the US, but not sold.';
    expect(isNegatedAfter(u, at(u, 'transferred'), 'en')).toBe(false);
  });
  it('contrast, exceptions, conditional openers', () => {
    const s = 'Instead of AWS we use Hetzner.';
    expect(isContrasted(s, at(s, 'AWS'), 'en')).toBe(true);
    expect(isContrasted(s, at(s, 'Hetzner'), 'en')).toBe(false);
    expect(hasException('We do not transfer data unless SCCs are in place.', 'en')).toBe(true);
    expect(hasException('Vi överför inte data.', 'sv')).toBe(false);
    expect(opensConditional('Anvendes en underdatabehandler, skal kunden informeres.', 'da')).toBe(true);
    expect(opensConditional('Drittland: Werden Daten übermittelt, prüfen Sie.', 'de')).toBe(true);
    expect(opensConditional('Vi anvender kun EU-servere.', 'da')).toBe(false);
  });
});
