import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import { CLAIM_IDS } from '../../../lib/types';

const allUnknown = (text: string, lang: string) => {
  const claims = analyzeText(text, { lang }).claims;
  return CLAIM_IDS.every((id) => claims[id].value === 'unknown');
};

describe('page kind: pages not about data handling decide no claim', () => {
  const OFF: [string, string, string][] = [
    ['en', 'changelog', 'Acme API\nDocs | Changelog | Status\n\nChangelog\n\nv4.2: We migrated our queue workers to Amazon Web Services. TLS 1.0 is no longer accepted. Webhooks are signed with HMAC.'],
    ['sv', 'prissida', 'Planera\nFunktioner  Priser  Blogg  Logga in\n\nPriser\n\nBas 99 kr/mån. Pro 199 kr/mån. All trafik skickas över SSL och vi följer GDPR.'],
    ['no', 'kundecase', 'Vaktliste\n\nKundecase\n\nSlik sparte Bergen IL tre timer i uka. Løsningen kjører i skyen hos Microsoft Azure og følger GDPR.'],
    ['da', 'webinar', 'Regnskabet\n\nWebinar\n\nTilmeld dig vores webinar om bogføring. Vi gennemgår nye funktioner og hvordan data krypteres med TLS.'],
    ['de', 'Marktplatz', 'Kassenwelt Marktplatz\n\nShopify-Connector\n\nSynchronisiert Bestellungen alle fünf Minuten. Der Connector läuft auf Google Cloud und ist DSGVO-konform.'],
    ['fi', 'yrityksen historia', 'Kirjanpito Oy\n\nMeistä › Yrityksen historia\n\nPerustimme yrityksen 2012. Vuonna 2019 siirryimme pilveen Amazon Web Servicesiin ja tavoitteenamme on ISO 27001 -sertifiointi.'],
  ];
  it.each(OFF)('%s: %s', (lang, _name, text) => {
    expect(allUnknown(text, lang)).toBe(true);
  });

  it('a privacy page with a pricing link in its menu is kept', () => {
    const text = 'Acme\nProduct · Pricing · Blog · Sign in\n\nPrivacy policy\n\nCustomer data is stored in Frankfurt, Germany, and hosted on Amazon Web Services.';
    expect(allUnknown(text, 'en')).toBe(false);
  });

  it('a short excerpt with no heading at all is kept', () => {
    expect(allUnknown('Alle Daten werden in einem Rechenzentrum in Deutschland gespeichert.', 'de')).toBe(false);
  });

  it('an off-topic heading on a page dense with privacy vocabulary is kept', () => {
    const text = 'Blog\n\nHow we handle your personal data. Personal data is stored in Sweden; our sub-processors are listed in the DPA; encryption at rest and in transit; GDPR data processing; privacy and security reviews; data protection officer; breach notification within 24 hours.';
    expect(allUnknown(text, 'en')).toBe(false);
  });
});

describe('page kind: guides explaining GDPR concepts and support articles', () => {
  const OFF: [string, string, string][] = [
    ['en', 'DPA explainer', 'Compliance Corner\n\nWhat is a DPA and why do you need one?\n\nEvery controller must sign a data processing agreement with each processor. The processor must notify you of a personal data breach without undue delay. Ask whether the processor is ISO 27001 certified and who the data protection officer is.'],
    ['sv', 'guide', 'Dataskyddsbloggen\n\nVad är ett personuppgiftsbiträdesavtal?\n\nEn leverantör som behandlar personuppgifter åt er måste skriva ett personuppgiftsbiträdesavtal. Biträdet ska meddela er om en personuppgiftsincident utan onödigt dröjsmål.'],
    ['de', 'Ratgeber', 'Recht im Netz\n\nRatgeber: Was ist ein Auftragsverarbeitungsvertrag?\n\nDer Auftragsverarbeiter muss einen AVV unterzeichnen und Datenpannen unverzüglich melden. Die Autorin ist Datenschutzbeauftragte und berät Unternehmen.'],
    ['da', 'forklaring', 'Jura for SMV\n\nHvad er en databehandleraftale?\n\nEn databehandler skal underskrive en databehandleraftale og underrette jer om brud på persondatasikkerheden uden unødig forsinkelse.'],
    ['sv', 'hjälpartikel', 'Hjälpcenter\nKonto › Jag har glömt mitt lösenord\n\nKlicka på Glömt lösenord så skickar vi en länk. Inloggningen sker sedan via en krypterad anslutning.'],
    ['fi', 'tukiartikkeli', 'Ohjekeskus\nTili › En pääse kirjautumaan\n\nValitse Unohtuiko salasana, niin lähetämme linkin. Kirjautuminen tapahtuu salatun yhteyden kautta.'],
  ];
  it.each(OFF)('%s: %s', (lang, _name, text) => {
    expect(allUnknown(text, lang)).toBe(true);
  });

  it('an explainer about a named provider\'s DPA reports that provider\'s terms and is kept', () => {
    const text = 'Hva er en databehandleravtale i Microsoft 365?\n\nMicrosoft inkluderer databehandleravtalen automatisk i alle Microsoft 365-abonnement.';
    expect(allUnknown(text, 'no')).toBe(false);
  });

  it('a privacy FAQ in a help centre is a vendor statement and is kept', () => {
    const text = 'Help Center\nPrivacy › Where is my data stored?\n\nAll customer data is stored in data centres in Frankfurt, Germany.';
    expect(allUnknown(text, 'en')).toBe(false);
    const sv = 'Hjälpcenter\nSäkerhet › Var lagras mina uppgifter?\n\nAll kunddata lagras i datacenter i Stockholm.';
    expect(allUnknown(sv, 'sv')).toBe(false);
  });
});
