import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import { claimOf } from './helpers';

type Case = [lang: string, text: string, value: string, detail?: string];

const CASES: Case[] = [
  ['en', 'All connections to the service are encrypted with TLS 1.2 or higher.', 'yes', 'TLS 1.2'],
  ['en', 'Data is not encrypted in transit between our offices.', 'unknown'],
  ['en', 'The SMTP relay uses TLS when your mail server supports it.', 'unknown'],
  ['en', 'Read our terms at https://vendor.example/terms for details.', 'unknown'],
  ['en', 'We take security seriously and keep your data secure.', 'unknown'],
  ['sv', 'All data överförs via krypterade förbindelser (HTTPS).', 'yes', 'HTTPS'],
  ['sv', 'Trafiken mellan våra servrar krypteras inte.', 'unknown'],
  ['sv', 'Vi är säkra och pålitliga.', 'unknown'],
  ['no', 'All overføring av data skjer over krypterte linjer med TLS 1.3.', 'yes', 'TLS 1.3'],
  ['no', 'Tjenesten er trygg å bruke.', 'unknown'],
  ['da', 'Al kommunikation mellem browser og server er krypteret med TLS.', 'yes', 'TLS'],
  ['da', 'Vi passer godt på dine data.', 'unknown'],
  ['de', 'Die Übertragung der Daten erfolgt verschlüsselt (TLS 1.2 oder höher).', 'yes', 'TLS 1.2'],
  ['de', 'Ihre Daten sind bei uns sicher.', 'unknown'],
  ['fi', 'Kaikki tietoliikenne palvelimen ja selaimen välillä salataan SSL-tekniikalla.', 'yes', 'SSL'],
  ['fi', 'Palvelumme on turvallinen.', 'unknown'],
  // A bare pricing bullet is a label, not a claim.
  ['no', 'SSL-kryptering', 'unknown'],
  // "Encrypted when sent between your browser and our servers".
  ['sv', 'Uppgifterna krypteras både när de lagras och när de skickas mellan din webbläsare och våra servrar.', 'yes'],
  ['no', 'Opplysningene krypteres når de sendes mellom nettleseren og våre servere.', 'yes'],
  ['de', 'Die Daten werden zwischen Ihrem Browser und unseren Servern verschlüsselt.', 'yes'],
];

describe('encryption_in_transit', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, value, detail) => {
    const c = analyzeText(text, { lang }).claims.encryption_in_transit;
    expect(c.value).toBe(value);
    if (detail) expect(c.details).toContain(detail);
    if (value !== 'unknown') expect(text).toContain(c.evidence[0]!.quote);
  });
});

describe('encryption in transit: a login method is not encryption of the service traffic', () => {
  it.each([
    ['sv', 'Inloggning med BankID sker över en krypterad förbindelse mellan appen och BankID.'],
    ['da', 'Login med MitID foregår via en krypteret forbindelse til MitID.'],
    ['en', 'Single sign-on uses an encrypted connection to your identity provider.'],
  ])('%s', (lang, text) => {
    expect(claimOf('encryption_in_transit', text, lang).value).toBe('unknown');
  });

  it('a sentence naming a login method and a protocol still counts', () => {
    expect(claimOf('encryption_in_transit', 'Log in with BankID; all traffic is encrypted with TLS 1.3.', 'en').value).toBe('yes');
  });
});
