import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPlaces, findProviders, PLACES, EU_COUNTRIES, EEA_ONLY_COUNTRIES, zoneOf } from '../../../lib/knowledge';
import type { PageLang } from '../../../lib/types';

const hits = (text: string, lang?: PageLang) =>
  findPlaces(text, lang).map((m) => `${m.matched}=${m.place.name}/${m.place.zone}${m.adjective ? '/adj' : ''}`);

describe('place data', () => {
  it('covers every EU and EEA country with the right zone', () => {
    const countries = new Map(PLACES.filter((p) => p.kind === 'country').map((p) => [p.country, p]));
    for (const c of EU_COUNTRIES) expect(countries.get(c)?.zone, c).toBe('eu');
    for (const c of EEA_ONLY_COUNTRIES) expect(countries.get(c)?.zone, c).toBe('eea');
    for (const c of ['CH', 'GB', 'US', 'CA', 'IN', 'SG', 'JP', 'AU', 'BR']) expect(countries.get(c)?.zone, c).toBe('other');
    expect(zoneOf('NO')).toBe('eea');
    expect(zoneOf('CH')).toBe('other');
    expect(zoneOf('GB')).toBe('other');
  });

  it('every place with a country has the zone of that country', () => {
    for (const p of PLACES) if (p.country) expect(p.zone, p.name).toBe(zoneOf(p.country));
  });
});

describe('findPlaces by language', () => {
  it('Swedish', () => {
    expect(hits('Alla våra servrar finns fysiskt i Sverige och drivs av ett svenskt bolag inom EU/EES, inte i USA.', 'sv')).toEqual([
      'Sverige=Sweden/eu', 'svenskt=Sweden/eu/adj', 'EU/EES=EU/EEA/eea', 'USA=United States/other',
    ]);
    expect(hits('två belägna i Stockholm (STO1 och STO2) och ett i Oslo (OSL1). Sveriges och Norges lagar, EU:s regler.', 'sv')).toEqual([
      'Stockholm=Stockholm/eu', 'STO1=STO1/eu', 'STO2=STO2/eu', 'Oslo=Oslo/eea', 'OSL1=OSL1/eea', 'Sveriges=Sweden/eu', 'Norges=Norway/eea', 'EU:s=EU/eu',
    ]);
  });

  it('Norwegian bokmål and nynorsk', () => {
    expect(hits('Data lagres i Norge hos en norsk leverandør, innenfor EØS. Vår svenske skyplattform.', 'no')).toEqual([
      'Norge=Norway/eea', 'norsk=Norway/eea/adj', 'EØS=EEA/eea', 'svenske=Sweden/eu/adj',
    ]);
    expect(hits('Tenestene køyrer i Noreg og i regionen Norway East, elles i EU/EØS-land.', 'no')).toEqual([
      'Noreg=Norway/eea', 'Norway East=norwayeast/eea', 'EU/EØS-land=EU/EEA/eea',
    ]);
  });

  it('Danish', () => {
    expect(hits('Microsoft Azure i Amsterdam, Holland. Data flyttes ikke uden for EU. Vi er en danskejet virksomhed i København.', 'da')).toEqual([
      'Amsterdam=Amsterdam/eu', 'Holland=Netherlands/eu', 'EU=EU/eu', 'danskejet=Denmark/eu/adj', 'København=Copenhagen/eu',
    ]);
    expect(hits('Den Europæiske Union og Det Europæiske Økonomiske Samarbejdsområde (EØS)', 'da')).toEqual([
      'Europæiske Union=EU/eu', 'Europæiske Økonomiske Samarbejdsområde=EEA/eea', 'EØS=EEA/eea',
    ]);
  });

  it('German', () => {
    expect(hits('Die Daten liegen in Deutschland bei einem deutschen Anbieter in Frankfurt am Main, ausschließlich innerhalb EU/EWR, nicht in den Vereinigten Staaten.', 'de')).toEqual([
      'Deutschland=Germany/eu', 'deutschen=Germany/eu/adj', 'Frankfurt am Main=Frankfurt/eu', 'EU/EWR=EU/EEA/eea', 'Vereinigten Staaten=United States/other',
    ]);
    expect(hits('in einem Mitgliedsstaat der Europäischen Union oder in der Schweiz (schweizerische Firma)', 'de')).toEqual([
      'Mitgliedsstaat der Europäischen Union=EU/eu', 'Schweiz=Switzerland/other', 'schweizerische=Switzerland/other/adj',
    ]);
    expect(hits('Deutschkenntnisse und ein Deutschlandticket', 'de')).toEqual([]);
  });

  it('Finnish case forms', () => {
    expect(hits('Palvelimet sijaitsevat Suomessa tai Saksassa, Euroopan unionin alueella, eivät Yhdysvalloissa.', 'fi')).toEqual([
      'Suomessa=Finland/eu', 'Saksassa=Germany/eu', 'Euroopan unionin=EU/eu', 'Yhdysvalloissa=United States/other',
    ]);
    expect(hits('Tiedot säilytetään EU:ssa ja ETA-alueella, ruotsalaisessa palvelinkeskuksessa Ruotsissa tai Norjassa.', 'fi')).toEqual([
      'EU:ssa=EU/eu', 'ETA-alueella=EEA/eea', 'ruotsalaisessa=Sweden/eu/adj', 'Ruotsissa=Sweden/eu', 'Norjassa=Norway/eea',
    ]);
    expect(hits('Yhdistyneessä kuningaskunnassa ja Sveitsissä', 'fi')).toEqual([
      'Yhdistyneessä kuningaskunnassa=United Kingdom/other', 'Sveitsissä=Switzerland/other',
    ]);
  });

  it('English', () => {
    expect(hits('Our infrastructure is in Stockholm, Sweden (EU/EEA). Backups in the United Kingdom and Switzerland; Swiss and U.S. staff.', 'en')).toEqual([
      'Stockholm=Stockholm/eu', 'Sweden=Sweden/eu', 'EU/EEA=EU/EEA/eea', 'United Kingdom=United Kingdom/other', 'Switzerland=Switzerland/other',
      'Swiss=Switzerland/other/adj', 'U.S.=United States/other',
    ]);
    expect(hits('Tell us about it, dear user: we polish the ash tree and sin no more.', 'en')).toEqual([]);
  });
});

describe('EEA, EU and Europe', () => {
  it('Norway, Iceland and Liechtenstein are EEA; Switzerland and the UK are not', () => {
    const zone = (t: string, lang: PageLang = 'en') => findPlaces(t, lang)[0]?.place.zone;
    expect(zone('Norway')).toBe('eea');
    expect(zone('Iceland')).toBe('eea');
    expect(zone('Liechtenstein')).toBe('eea');
    expect(zone('Island', 'sv')).toBe('eea');
    expect(zone('Switzerland')).toBe('other');
    expect(zone('UK')).toBe('other');
    expect(zone('Storbritannien', 'sv')).toBe('other');
  });

  it('"Europe" is a region with an ambiguity flag, not the EU', () => {
    const [m] = findPlaces('Data is hosted in Europe.', 'en');
    expect(m?.place).toMatchObject({ name: 'Europe', kind: 'region', zone: 'other', ambiguousEurope: true });
    const [n] = findPlaces('europeiska datacenter', 'sv');
    expect(n?.adjective).toBe(true);
    expect(n?.place.ambiguousEurope).toBe(true);
    expect(hits('within the European Union, or else the European Economic Area', 'en')).toEqual(['European Union=EU/eu', 'European Economic Area=EEA/eea']);
    expect(hits('the European Union and the European Economic Area', 'en')).toEqual(['European Union and the European Economic Area=EU/EEA/eea']);
  });

  it('language-restricted terms: "Island" and "ETA"', () => {
    expect(hits('The island has an ETA of two days.', 'en')).toEqual([]);
    expect(hits('Servrar på Island.', 'sv')).toEqual(['Island=Iceland/eea']);
    expect(hits('ETA-alueen ulkopuolelle', 'fi')).toEqual(['ETA-alueen=EEA/eea']);
  });

  it('transfer frameworks, laws and institutions are not places', () => {
    expect(hits('Google relies on the EU-U.S. Data Privacy Framework and the EU–US DPF; see the European Commission and the EU GDPR.', 'en')).toEqual([]);
    expect(hits('Se https://ec.europa.eu/commission eller skriv till info@sverige.se', 'sv')).toEqual([]);
  });
});

describe('cloud regions', () => {
  it('AWS, Azure, Google Cloud, Hetzner, OVH, Scaleway, UpCloud', () => {
    const text = 'Regions: eu-north-1, eu-central-2, us-east-1, westeurope, Sweden Central, germanywestcentral, UK South, europe-west4, europe-west6, us-central1, fsn1, nbg1, hel1, ash-dc1, GRA7, SBG, RBX, fr-par-2, fi-hel1.';
    expect(findPlaces(text, 'en').map((m) => `${m.place.name}/${m.place.zone}`)).toEqual([
      'eu-north-1/eu', 'eu-central-2/other', 'us-east-1/other', 'westeurope/eu', 'swedencentral/eu', 'germanywestcentral/eu',
      'uksouth/other', 'europe-west4/eu', 'europe-west6/other', 'us-central1/other', 'fsn1/eu', 'nbg1/eu', 'hel1/eu',
      'ash/other', 'GRA/eu', 'SBG/eu', 'RBX/eu', 'fr-par/eu', 'fi-hel1/eu',
    ]);
    expect(findPlaces('Azure region Norway East', 'en')[0]?.place).toMatchObject({ kind: 'cloud_region', country: 'NO', zone: 'eea' });
  });

  it('short codes need their exact form', () => {
    expect(hits('gra sbg rbx waw bhs ash hil sin', 'en')).toEqual([]);
  });
});

describe('the fixtures', () => {
  const read = (p: string) => readFileSync(`../shared/fixtures/${p}`, 'utf8');
  it('finds the places the labels name', () => {
    const names = (p: string, lang: PageLang) => new Set(findPlaces(read(p), lang).map((m) => m.place.name));
    expect([...names('real/fi-stratman-tietoturvakuvaus.txt', 'fi')]).toEqual(expect.arrayContaining(['Finland', 'Germany', 'Tuusula', 'Nuremberg', 'Falkenstein', 'Helsinki']));
    expect([...names('real/en-sentry-data-storage-location.md', 'en')]).toEqual(expect.arrayContaining(['United States', 'EU', 'Iowa', 'Las Vegas', 'Frankfurt', 'Germany']));
    expect([...names('real/en-gosmarter-encryption.txt', 'en')]).toContain('swedencentral');
    expect([...names('real/de-ilert-avv.txt', 'de')]).toEqual(expect.arrayContaining(['EU', 'EEA']));
    expect([...names('real/no-orgbrain-databehandleravtale-vedlegg1.txt', 'no')]).toEqual(['EU/EEA']);
    expect([...names('seeds/sv-safespring-datacenter-faq.md', 'sv')]).toEqual(expect.arrayContaining(['Stockholm', 'Oslo']));
  });
});

describe('speed', () => {
  it('5 MB of text is one linear pass for places and providers', () => {
    const base = readFileSync('../shared/fixtures/real/en-lyyli-subprocessors.txt', 'utf8') + readFileSync('../shared/fixtures/real/fi-google-datansiirron-lakikaytannot.txt', 'utf8');
    const text = base.repeat(Math.ceil(5_000_000 / base.length)).slice(0, 5_000_000);
    findPlaces('warm up', 'en');
    findProviders('warm up');
    // Finishing is the test (a backtracking matcher would hang past the timeout); speed is in npm run bench.
    const places = findPlaces(text, 'en');
    const providers = findProviders(text);
    expect(places.length).toBeGreaterThan(10_000);
    expect(providers.length).toBeGreaterThan(10_000);
  });
});
