import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import { runSentenceCases as run } from './helpers';

/** A company the data is handed to keeps its seat as a place of the data; the company as subject or owner does not. */
describe('recipient locations', () => {
  run([
    ['de', 'Eine Übermittlung personenbezogener Daten an unsere Muttergesellschaft in den USA findet nicht statt.', 'third_country_transfer', 'none_claimed'],
    ['de', 'Kontaktdaten werden an unsere Muttergesellschaft in den USA übermittelt.', 'third_country_transfer', 'yes'],
    ['de', 'Kontaktdaten werden an unsere Muttergesellschaft in den USA übermittelt.', 'data_location', 'non_eu'],
    ['fi', 'Käyttäjätilien perustiedot käsitellään myös emoyhtiön järjestelmissä Yhdysvalloissa.', 'data_location', 'non_eu'],
    ['en', 'Contact details are shared with our parent company in the United States.', 'third_country_transfer', 'yes'],
    ['sv', 'Kontaktuppgifter överförs till vårt moderbolag i USA.', 'third_country_transfer', 'yes'],
    // The company as the subject, or only its seat: no data there.
    ['en', 'Our parent company in the United States does not process customer data.', 'data_location', 'unknown'],
    ['de', 'Unsere Muttergesellschaft in den USA verarbeitet keine Kundendaten.', 'data_location', 'unknown'],
    ['en', 'Our offices in New York and Dublin serve customers worldwide.', 'data_location', 'unknown'],
  ]);
});

describe('German and Finnish transfer denials', () => {
  run([
    ['de', 'Wir übermitteln keine personenbezogenen Daten in Drittländer außerhalb der EU/des EWR.', 'third_country_transfer', 'none_claimed'],
    ['de', 'Eine Übermittlung personenbezogener Daten in Drittländer findet nicht statt.', 'third_country_transfer', 'none_claimed'],
    ['fi', 'Henkilötietoja ei siirretä EU:n tai ETA:n ulkopuolelle.', 'third_country_transfer', 'none_claimed'],
  ]);
});

/** The parent named before the subsidiary word (Finnish genitive, "X acquired …"), acquisitions, US places; any page of the vendor. */
describe('stated US ownership', () => {
  run([
    ['fi', 'Yhtiömme on yhdysvaltalaisen Acme Inc:n tytäryhtiö.', 'us_exposure', 'vendor_us'],
    ['en', 'Since January 2026 it has been part of Brightfunnel Corporation, a marketing software company headquartered in Austin, Texas.', 'us_exposure', 'vendor_us'],
    ['sv', 'Kalendra AB har förvärvats av Appointly Inc., ett amerikanskt mjukvaruföretag med huvudkontor i Denver, Colorado.', 'us_exposure', 'vendor_us'],
    ['no', 'Bilagsboks AS ble kjøpt opp av det amerikanske selskapet Ledgerware Inc. i 2025.', 'us_exposure', 'vendor_us'],
    // The vendor buying a US company, a pending deal, a negated owner: not US-owned.
    ['en', 'Beta AB acquired Acme Inc. in 2025.', 'us_exposure', 'unknown'],
    ['fi', 'Kokous Oy osti yhdysvaltalaisen Acme Inc:n vuonna 2025.', 'us_exposure', 'unknown'],
    ['en', 'Beta AB has signed an agreement to be acquired by Acme Inc., subject to regulatory approval.', 'us_exposure', 'unknown'],
    ['de', 'Die Zahlenwerk GmbH ist nicht im Besitz der Acme Inc. oder eines anderen US-Unternehmens.', 'us_exposure', 'unknown'],
  ]);
});

describe('ownership on a page that is not about privacy', () => {
  it('a press release about the acquisition gives vendor_us and nothing else', () => {
    const text = [
      '# Kalendra blir en del av amerikanska Appointly',
      'Göteborg, 2 oktober 2026 – Kalendra AB, som utvecklar bokningsverktyget Kalendra, har förvärvats av Appointly Inc., ett amerikanskt mjukvaruföretag med huvudkontor i Denver, Colorado.',
      'Kalendra finns kvar som eget varumärke och hela teamet stannar i Göteborg.',
      'Avtal, priser och support fortsätter som tidigare.',
    ].join('\n\n');
    const a = analyzeText(text, { lang: 'sv' });
    expect(a.claims.us_exposure.value).toBe('vendor_us');
    for (const [id, c] of Object.entries(a.claims)) if (id !== 'us_exposure') expect(c.value, id).toBe('unknown');
  });
});
