import { describe, expect, it } from 'vitest';
import { claimOf, type Case } from './helpers';

const CASES: Case[] = [
  { lang: 'en', name: 'hosted on AWS', text: 'Our service is hosted on Amazon Web Services in Frankfurt.', value: 'us_subprocessor', details: ['Amazon Web Services'] },
  { lang: 'en', name: 'negated list', text: 'No AWS · no Azure · no Google Cloud. We run our own data centres in Sweden.', value: 'eu_owned_stack' },
  { lang: 'en', name: 'generic CLOUD Act discussion', text: 'Microsoft and Google are American companies and fall under the CLOUD Act.', value: 'unknown' },
  { lang: 'en', name: 'Delaware corporation', text: 'This agreement is between Example, Inc., a Delaware corporation, and you.', value: 'vendor_us' },
  { lang: 'en', name: 'European provider', text: 'Our servers are hosted by Hetzner in Falkenstein, Germany.', value: 'eu_owned_stack', details: ['Hetzner'] },
  { lang: 'sv', name: 'underbiträde', text: 'Vi använder Amazon Web Services EU Sarl som underbiträde.', value: 'us_subprocessor' },
  { lang: 'sv', name: 'exempel i allmänhet', text: 'Titta på om något underbiträde är ett amerikanskt bolag, som Microsoft eller Google.', value: 'unknown' },
  { lang: 'sv', name: 'egna datacenter', text: 'Vi driver våra datacenter i Stockholm själva.', value: 'eu_owned_stack' },
  { lang: 'no', name: 'kjører i Azure', text: 'Tjenesten kjører i Microsoft Azure i Norge.', value: 'us_subprocessor' },
  { lang: 'no', name: 'ikke amerikanske skyleverandører', text: 'Vi bruker ikke Microsoft Azure eller Google Cloud.', value: 'unknown' },
  { lang: 'no', name: 'eget driftsmiljø', text: 'Tjenesten driftes i vårt eget driftsmiljø i Oslo.', value: 'eu_owned_stack' },
  { lang: 'da', name: 'hostes hos Azure', text: 'Platformen hostes hos Microsoft Azure i Amsterdam.', value: 'us_subprocessor' },
  { lang: 'da', name: 'login med Google', text: 'Brugerne kan logge ind med Google eller Microsoft.', value: 'unknown' },
  { lang: 'da', name: 'danskejet', text: 'Vi er en danskejet hostingvirksomhed med egne servere.', value: 'eu_owned_stack' },
  { lang: 'de', name: 'gehostet in AWS', text: 'Alle Informationen werden in Amazon AWS gehostet.', value: 'us_subprocessor' },
  { lang: 'de', name: 'anstatt', text: 'Anstatt Amazon Web Services nutzen wir die IONOS Cloud in Deutschland.', value: 'eu_owned_stack' },
  { lang: 'de', name: 'eigene Rechenzentren', text: 'Wir betreiben eigene Rechenzentren in Nürnberg.', value: 'eu_owned_stack' },
  { lang: 'fi', name: 'alusta', text: 'Amazon AWS on palvelualusta, jolla tämä palvelu toimii.', value: 'us_subprocessor' },
  { lang: 'fi', name: 'kirjautuminen', text: 'Käyttäjät voivat kirjautua palveluun Googlen tai Microsoftin tunnuksilla.', value: 'unknown' },
  { lang: 'no', name: 'eige serverrom (nynorsk)', text: 'Alle meldingar vert lagra i Noreg, i vårt eige serverrom i Bergen.', value: 'eu_owned_stack' },
  { lang: 'da', name: 'egne serverrum', text: 'Personoplysninger behandles udelukkende i Skyhavns egne serverrum i Aarhus.', value: 'eu_owned_stack' },
  { lang: 'fi', name: 'Hetzner', text: 'Palvelimet sijaitsevat Hetzner Online GmbH:n palvelinkeskuksissa Suomessa.', value: 'eu_owned_stack' },
];

describe('us_exposure', () => {
  it.each(CASES)('$lang: $name', (c) => {
    const r = claimOf('us_exposure', c.text, c.lang);
    expect(r.value).toBe(c.value);
    for (const d of c.details ?? []) expect(r.details).toContain(d);
  });

  describe('a US-company phrase next to sub-processors', () => {
    const SUB: Case[] = [
      { lang: 'en', name: 'the US vendor uses sub-processors', text: 'Quillnote, Inc. (a Delaware corporation, headquartered in Austin, Texas) uses the third-party sub-processors below.', value: 'vendor_us' },
      { lang: 'de', name: 'das US-Unternehmen nutzt Unterauftragsverarbeiter', text: 'Die Beispiel Inc., ein US-Unternehmen, nutzt die folgenden Unterauftragsverarbeiter.', value: 'vendor_us' },
      { lang: 'en', name: 'the sub-processor is the US company', text: 'Our sub-processor Stripe, Inc., a Delaware corporation, processes card payments.', value: 'us_subprocessor' },
      { lang: 'en', name: 'an unknown company is the sub-processor', text: 'Acme Payments, Inc., a Delaware corporation, is our sub-processor for payments.', value: 'unknown' },
    ];
    it.each(SUB)('$lang: $name', (c) => {
      expect(claimOf('us_exposure', c.text, c.lang).value).toBe(c.value);
    });
  });

  it('vendor_us from the vendor domain when the page names the vendor', () => {
    const text = 'Microsoft encrypts your data in Azure. Customer data stays in the region you choose.';
    expect(claimOf('us_exposure', text, 'en', 'https://azure.microsoft.com/en-us/trust').value).toBe('vendor_us');
  });

  it("a US provider's own security page that speaks for itself without naming itself", () => {
    const de = 'So schützen wir unsere Kunden. Wir verschlüsseln alle Daten. Unsere Serverinfrastruktur basiert auf Amazon AWS.';
    expect(claimOf('us_exposure', de, 'de', 'https://tripactions.com/de/security').value).toBe('vendor_us');
    const en = 'This is how we protect our customers. We encrypt all data. Our infrastructure runs on Amazon Web Services.';
    expect(claimOf('us_exposure', en, 'en', 'https://www.tripactions.com/security').value).toBe('vendor_us');
    // The same text in an app listing or a tenant help centre on the platform is someone else's.
    expect(claimOf('us_exposure', en, 'en', 'https://slack.com/marketplace/x-acme').value).toBe('us_subprocessor');
    expect(claimOf('us_exposure', en, 'en', 'https://acme.freshdesk.com/support/solutions/1').value).toBe('us_subprocessor');
  });

  it('a question about US ownership states nothing; the answer does', () => {
    const sv = 'Ägs Nordmöte av ett amerikanskt bolag?\n\nNej. Nordmöte AB är helt svenskägt.';
    expect(claimOf('us_exposure', sv, 'sv').value).toBe('eu_owned_stack');
    const en = 'Is Acme a subsidiary of a US company, Inc.?\n\nNo. Acme AB is Swedish-owned.';
    expect(claimOf('us_exposure', en, 'en').value).toBe('eu_owned_stack');
  });

  it('vendor_us for a Google page on a country domain', () => {
    const fi = 'Google LLC (ja sen kokonaan omistamat tytäryhtiöt Yhdysvalloissa) on osoittanut noudattavansa DPF-periaatteita.';
    expect(claimOf('us_exposure', fi, 'fi', 'https://policies.google.cn/privacy/frameworks?hl=fi').value).toBe('vendor_us');
  });

  it('a marketplace listing on a US platform is not the platform vendor', () => {
    const text = 'Where we use trusted third-party service providers (Microsoft Azure), they are bound by contract.';
    expect(claimOf('us_exposure', text, 'en', 'https://slack.com/marketplace/x-trueclicks').value).toBe('us_subprocessor');
  });
});

describe('us_exposure: the vendor names a US parent', () => {
  const PARENT: Case[] = [
    { lang: 'en', name: 'wholly owned subsidiary, Delaware', text: 'Brightdesk Ltd is a wholly owned subsidiary of Brightdesk Holdings, Inc., a Delaware corporation.', value: 'vendor_us' },
    { lang: 'sv', name: 'dotterbolag till … Inc.', text: 'Kassaboken AB är ett helägt dotterbolag till Ledgerly Inc. med säte i Boston, USA.', value: 'vendor_us' },
    { lang: 'no', name: 'datterselskap av … USA', text: 'Timeføring AS er et datterselskap av Worktime LLC, Austin, USA.', value: 'vendor_us' },
    { lang: 'da', name: 'datterselskab af', text: 'Lønportalen ApS er et datterselskab af Payroll Corp. i USA.', value: 'vendor_us' },
    { lang: 'de', name: 'Tochtergesellschaft', text: 'Die Rechnungsfix GmbH ist eine Tochtergesellschaft der Billfast Inc. (USA).', value: 'vendor_us' },
    { lang: 'fi', name: 'tytäryhtiö Yhdysvalloissa', text: 'Laskuapu Oy on Yhdysvalloissa toimivan Invoicely Inc:n tytäryhtiö, jonka pääkonttori on Yhdysvalloissa.', value: 'vendor_us' },
  ];
  it.each(PARENT)('$lang: $name', (c) => {
    expect(claimOf('us_exposure', c.text, c.lang).value).toBe(c.value);
  });

  it('a provider that is a subsidiary of its US parent is not the vendor', () => {
    const text = 'Our platform is hosted by Amazon Web Services EMEA SARL, a subsidiary of Amazon.com, Inc.';
    expect(claimOf('us_exposure', text, 'en').value).toBe('us_subprocessor');
  });

  it('"owned by our founders … no US company" is no US parent', () => {
    const text = 'We are a Danish company, owned by our founders, and no US company has access to your data.';
    expect(claimOf('us_exposure', text, 'en').value).not.toBe('vendor_us');
  });

  it('names US sub-processors listed after a "processors we use" lead-in', () => {
    const text = 'Vi anlitar följande personuppgiftsbiträden:\n\n- Textly Inc., Seattle, USA – sms-utskick\n- Twilio Inc., San Francisco, USA – telefoni';
    expect(claimOf('us_exposure', text, 'sv').value).toBe('us_subprocessor');
  });
});
