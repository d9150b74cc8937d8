import { describe, expect, it } from 'vitest';
import { claimOf, type Case } from './helpers';

const CASES: Case[] = [
  { lang: 'en', name: 'stored in a country', text: 'All customer data is stored in our data centres in Finland.', value: 'eu_eea', details: ['Finland'] },
  { lang: 'en', name: 'negated outside', text: 'Personal data is never stored outside the EU/EEA.', value: 'eu_eea' },
  { lang: 'en', name: 'US too', text: 'Customer data is hosted in Frankfurt. Support tickets are stored in the United States.', value: 'mixed' },
  { lang: 'en', name: 'only outside', text: 'All data is stored on servers in Switzerland.', value: 'non_eu' },
  { lang: 'en', name: 'office, not data', text: 'Our office is in Stockholm and we love fika.', value: 'unknown' },
  { lang: 'en', name: 'Europe is not EU', text: 'The platform runs on European infrastructure.', value: 'unknown' },
  { lang: 'sv', name: 'lagras i Sverige', text: 'All kunddata lagras i Sverige.', value: 'eu_eea', details: ['Sweden'] },
  { lang: 'sv', name: 'negerat utanför EU', text: 'Personuppgifter lagras aldrig utanför EU.', value: 'eu_eea' },
  { lang: 'sv', name: 'även om (hypotes)', text: 'Även om datan lagras i Stockholm kan moderbolaget omfattas av amerikansk lag.', value: 'unknown' },
  { lang: 'sv', name: 'kontor', text: 'Vårt kontor ligger i Göteborg.', value: 'unknown' },
  { lang: 'no', name: 'Norge er EØS', text: 'Alle data lagres i datasentre i Norge.', value: 'eu_eea', details: ['Norway'] },
  { lang: 'no', name: 'delvis utenfor', text: 'Data lagres innen EU/EØS, men underleverandører kan ha konsulenter som er lokalisert utenfor EU/EØS.', value: 'mixed' },
  { lang: 'no', name: 'du kan lagre (hypotese)', text: 'Du kan lagre dataene dine i Irland hos mange leverandører.', value: 'unknown' },
  { lang: 'da', name: 'servere i Danmark', text: 'Vores servere står i et datacenter i Danmark.', value: 'eu_eea' },
  { lang: 'da', name: 'lov, ikke lokation', text: 'Love og forordninger i Den Europæiske Union gælder for behandling af personoplysninger.', value: 'unknown' },
  { lang: 'da', name: 'betinget', text: 'Anvendes en underdatabehandler, der opbevarer personoplysninger uden for EU/EØS, skal kunden godkende det.', value: 'unknown' },
  { lang: 'de', name: 'Rechenzentrum in Deutschland', text: 'Alle Daten werden in einem Rechenzentrum in Deutschland gespeichert.', value: 'eu_eea', details: ['Germany'] },
  { lang: 'de', name: 'USA und EU', text: 'Die Daten werden in der EU gespeichert, Supportanfragen werden in den USA gespeichert.', value: 'mixed' },
  { lang: 'de', name: 'auch wenn', text: 'Ein US-Konzern ist beteiligt, auch wenn die Daten in Frankfurt liegen.', value: 'unknown' },
  { lang: 'fi', name: 'palvelimet Suomessa', text: 'Palvelimet sijaitsevat Suomessa.', value: 'eu_eea', details: ['Finland'] },
  { lang: 'fi', name: 'ympäri maailmaa', text: 'Palvelimemme sijaitsevat eri puolilla maailmaa.', value: 'mixed' },
  { lang: 'fi', name: 'ei paikkaa', text: 'Tiedot tallennetaan turvallisesti.', value: 'unknown' },
  // German data-centre cities (Open Telekom Cloud's twin data centre, and others).
  { lang: 'de', name: 'Magdeburg und Biere', text: 'Alle Dokumente werden in den Rechenzentren Magdeburg und Biere gespeichert.', value: 'eu_eea', details: ['Magdeburg', 'Biere'] },
  { lang: 'en', name: 'Stuttgart', text: 'All customer data is stored in our data centre in Stuttgart.', value: 'eu_eea', details: ['Stuttgart'] },
];

describe('data_location', () => {
  it.each(CASES)('$lang: $name', (c) => {
    const r = claimOf('data_location', c.text, c.lang);
    expect(r.value).toBe(c.value);
    for (const d of c.details ?? []) expect(r.details).toContain(d);
    if (r.value !== 'unknown') expect(c.text).toContain(r.evidence[0]!.quote);
  });

  it('reads a location column of a sub-processor table', () => {
    const text = '| Sub-processor | Purpose | Location |\n|---|---|---|\n| Acme Mail AB | E-mail | Sweden |\n| Other Co Inc. | AI | USA |';
    expect(claimOf('data_location', text, 'en').value).toBe('mixed');
  });
});

describe('data_location: some data outside the EU/EEA next to EU storage', () => {
  const MIXED: Case[] = [
    { lang: 'en', name: 'processors process in the US', text: 'All customer records are hosted in Dublin, Ireland. A few of our processors process personal data in the United States.', value: 'mixed' },
    { lang: 'sv', name: 'överförs till USA', text: 'Kunddata lagras i Stockholm. Chattloggar överförs till USA för analys.', value: 'mixed' },
    { lang: 'no', name: 'behandler i USA', text: 'Alle kundedata lagres i Oslo. Noen leverandører behandler data i USA.', value: 'mixed' },
    { lang: 'da', name: 'behandler i USA', text: 'Data opbevares i et datacenter i Danmark. Enkelte leverandører behandler personoplysninger i USA.', value: 'mixed' },
    { lang: 'de', name: 'in die USA übermittelt (verb last)', text: 'Die Server stehen in Österreich. Bei der Nutzung des Chat-Widgets werden Nutzungsdaten in die USA übermittelt.', value: 'mixed' },
    { lang: 'fi', name: 'käsittelee Yhdysvalloissa', text: 'Tiedot tallennetaan Helsingin palvelinkeskukseen. Yksi alihankkija käsittelee tietoja Yhdysvalloissa.', value: 'mixed' },
  ];
  it.each(MIXED)('$lang: $name', (c) => {
    expect(claimOf('data_location', c.text, c.lang).value).toBe(c.value);
  });

  it('a denied transfer to the US is no US location', () => {
    expect(claimOf('data_location', 'Data is stored in Sweden. We never transfer any data to the USA.', 'en').value).toBe('eu_eea');
  });

  it('a US country named far from the transfer verb is not a destination', () => {
    const text = 'Data is hosted in Finland. Under the adequacy decision the USA offers protection for data that is transferred from the EU to certified American companies.';
    expect(claimOf('data_location', text, 'en').value).toBe('eu_eea');
  });

  it('a negation after "outside the EU" keeps the data inside (de, fi-like word order)', () => {
    expect(claimOf('data_location', 'Die Daten liegen in Deutschland. Eine Speicherung außerhalb der EU erfolgt nicht.', 'de').value).toBe('eu_eea');
  });

  it('reads a "Country" / "Käsittelyn sijainti" column', () => {
    const en = '| Vendor | Service | Country |\n|---|---|---|\n| Nordhost Oy | Hosting | Finland |\n| Textly Inc. | SMS | USA |';
    expect(claimOf('data_location', en, 'en').value).toBe('mixed');
    const fi = '| Alihankkija | Tarkoitus | Käsittelyn sijainti |\n|---|---|---|\n| Pilvitalo Oy | Palvelimet | Suomi |\n| Mailer Inc. | Sähköposti | Yhdysvallat |';
    expect(claimOf('data_location', fi, 'fi').value).toBe('mixed');
  });

  it('nynorsk: lagra i Noreg', () => {
    expect(claimOf('data_location', 'Alle opplysningar vert lagra på serverar i Noreg.', 'no').value).toBe('eu_eea');
  });
});
