import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';

type Case = [lang: string, text: string, value: string, detail?: string];

const CASES: Case[] = [
  ['en', 'Our data protection officer, Jane Miller, can be reached at dpo@vendor.example.', 'named', 'dpo@vendor.example'],
  ['en', 'We have not appointed a data protection officer. Questions about privacy: privacy@vendor.example.', 'generic_contact_only', 'privacy@vendor.example'],
  ['en', 'We have appointed an external data protection officer.', 'exists_no_contact', 'external DPO'],
  ['en', 'Please involve the customer\'s DPO in the assessment.', 'unknown'],
  ['en', 'Our office is open Monday to Friday.', 'unknown'],
  ['sv', 'Dataskyddsombud: Anna Lind, e-post dataskyddsombud@leverantor.se.', 'named', 'Anna Lind'],
  ['sv', 'Vi har ett externt dataskyddsombud som granskar vårt arbete.', 'exists_no_contact'],
  ['sv', 'Frågor om personuppgifter skickas till info@leverantor.se.', 'generic_contact_only', 'info@leverantor.se'],
  ['no', 'Vårt personvernombud Ola Nordmann nås på personvernombud@leverandor.no.', 'named', 'Ola Nordmann'],
  ['no', 'Vi har et eget personvernombud.', 'exists_no_contact'],
  ['no', 'Kundeservice når du på telefon 22 33 44 55.', 'unknown'],
  ['da', 'Kontakt vores databeskyttelsesrådgiver på dpo@leverandoer.dk eller telefon +45 33 12 34 56.', 'named', '+45 33 12 34 56'],
  ['da', 'Vi har udpeget en ekstern databeskyttelsesrådgiver.', 'exists_no_contact'],
  ['de', 'Unser Datenschutzbeauftragter ist Max Mustermann, E-Mail: datenschutz@anbieter.de.', 'named', 'Max Mustermann'],
  ['de', 'Wir sind nicht verpflichtet, einen Datenschutzbeauftragten zu benennen. Fragen zum Datenschutz an hallo@anbieter.de.', 'generic_contact_only'],
  ['de', 'Bitte stimmen Sie das mit Ihrem Datenschutzbeauftragten ab.', 'unknown'],
  ['fi', 'Tietosuojavastaavamme Matti Virtanen, tietosuoja@toimittaja.fi.', 'named', 'tietosuoja@toimittaja.fi'],
  ['fi', 'Olemme nimenneet ulkoisen tietosuojavastaavan.', 'exists_no_contact'],
  ['fi', 'Palvelu toimii selaimessa.', 'unknown'],
  // An address for information-security questions is not a DPO contact.
  ['sv', 'Säkerhetsfrågor om informationssäkerhet skickas till info@leverantor.se.', 'unknown'],
  // A customer-service mailbox on a privacy page is not a privacy contact, unless the sentence is about privacy.
  ['sv', 'Integritet och GDPR är viktigt för oss. Vi skyddar dina personuppgifter. En aktuell lista över våra underbiträden skickas på begäran – mejla support@vendor.se.', 'unknown'],
  ['en', 'Privacy and GDPR matter to us. We protect personal data. For a copy of our sub-processor list, email support@vendor.example.', 'unknown'],
  ['fi', 'Tietosuoja ja GDPR ovat meille tärkeitä. Suojaamme henkilötietoja. Yleisissä kysymyksissä auttaa asiakastukemme: tuki@vendor.fi.', 'unknown'],
  ['de', 'Fragen zum Datenschutz richten Sie bitte an support@vendor.de.', 'generic_contact_only', 'support@vendor.de'],
  // A heading naming the DPO topic is no DPO; the text under it decides.
  ['no', 'Personvernombud og kontakt\n\nTimeliste har ikke oppnevnt personvernombud. Har du spørsmål om personvern, skriv til personvern@timeliste.no.', 'generic_contact_only'],
  ['en', 'Data protection officer\n\nWe have not appointed a DPO. Questions about privacy: privacy@vendor.example.', 'generic_contact_only'],
];

describe('dpo_contact', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, value, detail) => {
    const c = analyzeText(text, { lang }).claims.dpo_contact;
    expect(c.value).toBe(value);
    if (detail) expect(c.details).toContain(detail);
    if (value !== 'unknown') expect(text).toContain(c.evidence[0]!.quote);
  });
});
