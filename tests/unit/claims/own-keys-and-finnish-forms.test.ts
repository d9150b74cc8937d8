import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import type { ClaimId } from '../../../lib/types';

type Case = [lang: string, text: string, claim: ClaimId, value: string, detail?: string];

const claim = (text: string, lang: string, id: ClaimId) => analyzeText(text, { lang }).claims[id];

/** "Customers can manage their own keys": the customer's option, not keys the vendor manages. */
const OWN_KEYS: Case[] = [
  ['en', 'Customers can manage their own encryption keys.', 'key_control', 'customer'],
  ['en', "Each customer's own keys can be uploaded in the admin console.", 'key_control', 'customer'],
  ['no', 'Kundane kan sjølve forvalte eigne krypteringsnøklar.', 'key_control', 'customer'],
  ['fi', 'Asiakas voi hallita omia salausavaimiaan.', 'key_control', 'customer'],
  ['fi', 'Yritysasiakkaat voivat käyttää omaa salausavaintaan.', 'key_control', 'customer'],
  // The vendor managing keys itself is still `vendor`.
  ['en', 'We manage the encryption keys ourselves in our own HSM.', 'key_control', 'vendor'],
  ['fi', 'Hallinnoimme itse salausavaimia omassa HSM-laitteessamme.', 'key_control', 'vendor'],
];

/** Finnish inflection: possessive suffixes (-mme "our", -si "your"), passives, and two-word sentences that are statements. */
const FINNISH: Case[] = [
  ['fi', 'Alihankkijamme, kuten Google Cloud, on lueteltu alla.', 'subprocessors', 'listed', 'Google Cloud'],
  ['fi', 'Alihankkijamme, kuten Google Cloud, on lueteltu alla.', 'us_exposure', 'us_subprocessor'],
  ['fi', 'Tarjoamme tietojenkäsittelysopimuksen.', 'dpa_offered', 'yes'],
  ['fi', 'Salasanat salataan laitteellasi ennen kuin ne lähetetään palvelimillemme, ja salausavain muodostetaan pääsalasanastasi.', 'key_control', 'customer', 'client-side / zero-knowledge option'],
  ['fi', 'Palvelu perustuu nollatietoarkkitehtuuriin: emme koskaan näe salausavaintasi.', 'key_control', 'customer'],
  // A bare label is still a label, in Finnish and elsewhere.
  ['fi', 'Tietojenkäsittelysopimus', 'dpa_offered', 'unknown'],
  ['sv', 'Personuppgiftsbiträdesavtal.', 'dpa_offered', 'unknown'],
  ['en', 'DPA available.', 'dpa_offered', 'unknown'],
];

describe('key_control: the customer managing its own keys', () => {
  it.each(OWN_KEYS)('%s: %s → %s=%s', (lang, text, id, value, detail) => {
    const c = claim(text, lang, id);
    expect(c.value).toBe(value);
    if (detail) expect(c.details).toContain(detail);
  });
});

describe('Finnish inflected forms', () => {
  it.each(FINNISH)('%s: %s → %s=%s', (lang, text, id, value, detail) => {
    const c = claim(text, lang, id);
    expect(c.value).toBe(value);
    if (detail) expect(c.details).toContain(detail);
    if (value !== 'unknown') expect(text).toContain(c.evidence[0]!.quote);
  });
});
