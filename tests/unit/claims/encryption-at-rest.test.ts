import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';

type Case = [lang: string, text: string, value: string, detail?: string];

const CASES: Case[] = [
  ['en', 'All customer data is encrypted at rest with AES-256.', 'yes', 'AES-256'],
  ['en', 'Customer data is not encrypted at rest.', 'no'],
  ['en', 'Encrypting our database volumes is on the roadmap for next year.', 'no'],
  ['en', 'Your files are stored safely in our data centre in Oslo.', 'unknown'],
  ['en', 'All traffic to our API is encrypted with TLS 1.3.', 'unknown'],
  ['sv', 'Alla personuppgifter lagras krypterade med AES-256 i våra databaser.', 'yes', 'AES-256'],
  ['sv', 'Våra säkerhetskopior lagras okrypterade hos vår driftleverantör.', 'no'],
  ['sv', 'Vi utvärderar diskkryptering för våra databaser under nästa år.', 'no'],
  ['sv', 'Kunddata lagras säkert i Sverige.', 'unknown'],
  ['no', 'Alle data er kryptert i hvile med diskkryptering på alle servere.', 'yes', 'disk encryption'],
  ['no', 'Sikkerhetskopiene våre lagres ukryptert.', 'no'],
  ['no', 'Alle personopplysninger lagres trygt hos våre underleverandører.', 'unknown'],
  ['da', 'Alle backupdata er krypteret med AES 256-bit kryptering.', 'yes', 'AES-256'],
  ['da', 'Databasen er ikke krypteret, men adgangen er begrænset.', 'no'],
  ['da', 'Vi opbevarer dine data sikkert i Danmark.', 'unknown'],
  ['de', 'Die Kundendaten werden verschlüsselt gespeichert (AES-256).', 'yes', 'AES-256'],
  ['de', 'Unsere Backups werden unverschlüsselt gespeichert.', 'no'],
  ['de', 'Ihre Daten werden sicher in Frankfurt gespeichert.', 'unknown'],
  ['fi', 'Kaikki tiedot tallennetaan salattuna AES-256-salauksella.', 'yes', 'AES-256'],
  ['fi', 'Varmuuskopiot säilytetään salaamattomina.', 'no'],
  ['fi', 'Tietosi säilytetään turvallisesti Suomessa.', 'unknown'],
  // Staff laptops with disk encryption are not customer data at rest.
  ['en', 'Company laptops are protected with full disk encryption.', 'unknown'],
  // A skills line in a job ad names encryption without claiming it.
  ['en', 'Solid understanding of TLS and encryption at rest is required.', 'unknown'],
  ['da', 'Kundedata er i dag ikke krypteret i hvile. Vi arbejder på at indføre kryptering af databasen.', 'no'],
  ['en', 'We are working on encrypting our databases at rest.', 'no'],
  ['de', 'Kundendaten werden derzeit nicht verschlüsselt gespeichert; wir arbeiten an einer Datenbankverschlüsselung.', 'no'],
  ['no', 'Data vert ikkje kryptert i hvile i dag.', 'no'],
  ['sv', 'Vi arbetar på att införa kryptering av våra databaser.', 'no'],
  ['nl', 'Gegevens in de database worden versleuteld opgeslagen met AES-256.', 'yes'],
  ['fr', 'Vos données sont chiffrées au repos (AES-256), y compris les sauvegardes.', 'yes'],
];

describe('encryption_at_rest', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, value, detail) => {
    const c = analyzeText(text, { lang }).claims.encryption_at_rest;
    expect(c.value).toBe(value);
    if (detail) expect(c.details).toContain(detail);
    if (value !== 'unknown') expect(text).toContain(c.evidence[0]!.quote);
  });
});
