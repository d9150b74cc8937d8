import { describe, expect, it } from 'vitest';
import { claimOf, type Case } from './helpers';

const CASES: Case[] = [
  { lang: 'en', name: 'certified', text: 'Example, Inc. is certified under the EU-U.S. Data Privacy Framework.', value: 'yes' },
  { lang: 'en', name: 'struck down', text: 'The Privacy Shield was invalidated by the CJEU in 2020.', value: 'unknown' },
  { lang: 'en', name: 'negated', text: 'We do not rely on the Data Privacy Framework.', value: 'unknown' },
  { lang: 'sv', name: 'anaphora', text: 'EU-kommissionen har antagit en ny ram för dataskydd, EU-US Data Privacy Framework. AWS är certifierade enligt det ramverket.', value: 'yes' },
  { lang: 'sv', name: 'förklaring', text: 'EU-kommissionen antog Data Privacy Framework 2023.', value: 'unknown' },
  { lang: 'no', name: 'sertifisert', text: 'Leverandøren er sertifisert under EU-US Data Privacy Framework.', value: 'yes' },
  { lang: 'no', name: 'ugyldig', text: 'Privacy Shield ble kjent ugyldig i 2020.', value: 'unknown' },
  { lang: 'da', name: 'på grundlag af', text: 'Overførsler sker på grundlag af EU-US Data Privacy Framework.', value: 'yes' },
  { lang: 'da', name: 'betinget', text: 'Hvis leverandøren er certificeret under Data Privacy Framework, kan data overføres.', value: 'unknown' },
  { lang: 'de', name: 'zertifiziert', text: 'Der Anbieter ist unter dem EU-US Data Privacy Framework zertifiziert.', value: 'yes' },
  { lang: 'de', name: 'für ungültig', text: 'Der EuGH hat das Privacy Shield für ungültig erklärt.', value: 'unknown' },
  { lang: 'fi', name: 'sertifioitu', text: 'Palveluntarjoaja on sertifioitu Data Privacy Framework -järjestelyn mukaisesti.', value: 'yes' },
  { lang: 'fi', name: 'mitätöi', text: 'EU-tuomioistuin mitätöi Privacy Shield -järjestelyn.', value: 'unknown' },
  // "The transfer is based on / takes place under the framework".
  { lang: 'fi', name: 'siirto perustuu kehykseen', text: 'Siirto perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (Data Privacy Framework).', value: 'yes' },
  { lang: 'sv', name: 'med stöd av', text: 'Överföringen till USA sker med stöd av EU-US Data Privacy Framework.', value: 'yes' },
  { lang: 'da', name: 'sker under', text: 'Overførslerne sker under EU-U.S. Data Privacy Framework.', value: 'yes' },
];

describe('dpf_reliance', () => {
  it.each(CASES)('$lang: $name', (c) => {
    expect(claimOf('dpf_reliance', c.text, c.lang).value).toBe(c.value);
  });
});

describe('dpf_reliance: the framework as a transfer-mechanism cell', () => {
  it('en: a cell under "Transfer mechanism"', () => {
    const text = '| Vendor | Purpose | Country | Transfer mechanism |\n|---|---|---|---|\n| Mailer Inc. | E-mail | United States | EU-US Data Privacy Framework |';
    expect(claimOf('dpf_reliance', text, 'en').value).toBe('yes');
  });

  it('en: the framework under an unrelated column is not reliance', () => {
    const text = '| Topic | Notes |\n|---|---|\n| News | EU-US Data Privacy Framework |';
    expect(claimOf('dpf_reliance', text, 'en').value).toBe('unknown');
  });
});
