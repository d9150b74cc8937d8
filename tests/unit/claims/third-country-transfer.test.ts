import { describe, expect, it } from 'vitest';
import { claimOf, type Case } from './helpers';

const CASES: Case[] = [
  { lang: 'en', name: 'no transfers', text: 'We do not transfer personal data to third countries.', value: 'none_claimed' },
  { lang: 'en', name: 'never leaves', text: 'Customer data never leaves the EU.', value: 'none_claimed' },
  { lang: 'en', name: 'transfers to the US under SCCs', text: 'We transfer personal data to the United States on the basis of standard contractual clauses.', value: 'yes' },
  { lang: 'en', name: 'unless (conditional)', text: 'We do not transfer personal data outside the EU/EEA unless appropriate safeguards such as SCCs are in place.', value: 'unknown' },
  { lang: 'en', name: 'hedged', text: 'Some e-mails may be sent to providers in the United States.', value: 'unknown' },
  { lang: 'sv', name: 'inga tredjelandsöverföringar', text: 'Vi gör inga tredjelandsöverföringar.', value: 'none_claimed' },
  { lang: 'sv', name: 'undvika', text: 'Vi hjälper våra kunder att undvika personuppgiftsöverföringar till tredjeland.', value: 'none_claimed' },
  { lang: 'sv', name: 'överförs till USA', text: 'Personuppgifter överförs till USA med stöd av standardavtalsklausuler.', value: 'yes' },
  { lang: 'sv', name: 'tredje part, inte tredje land', text: 'Vi vidarebefordrar inte dina uppgifter till tredje part utan ditt samtycke.', value: 'unknown' },
  { lang: 'no', name: 'overføres aldri', text: 'Data overføres aldri ut av EØS.', value: 'none_claimed' },
  { lang: 'no', name: 'overføres til USA', text: 'Vi overfører personopplysninger til USA.', value: 'yes' },
  { lang: 'no', name: 'lovkrav med unntak', text: 'GDPR krever at personopplysninger ikke kan overføres til tredjeland uten tilstrekkelig rettsgrunnlag.', value: 'unknown' },
  { lang: 'da', name: 'ikke flyttet uden for EU', text: 'Vi garanterer, at dataene ikke vil blive flyttet til servere uden for EU.', value: 'none_claimed' },
  { lang: 'da', name: 'overførsel til tredjeland', text: 'Da Storbritannien ikke længere er medlem af EU, er der tale om en overførsel til et tredjeland.', value: 'yes' },
  { lang: 'da', name: 'cookiepartnere (kan)', text: 'Nogle af vores partnere er placeret uden for EU, og dine data kan derfor blive overført til tredjelande.', value: 'unknown' },
  { lang: 'de', name: 'ausschließlich EU/EWR', text: 'Datenverarbeitung ausschließlich innerhalb EU/EWR.', value: 'none_claimed' },
  { lang: 'de', name: 'findet nicht statt', text: 'Eine Übermittlung personenbezogener Daten in Staaten außerhalb des EWR findet nicht statt.', value: 'none_claimed' },
  { lang: 'de', name: 'SCC-Anhang', text: 'Anhang II zu den Standardvertragsklauseln – Technische und organisatorische Maßnahmen des Datenimporteurs.', value: 'yes' },
  { lang: 'de', name: 'bedingt', text: 'Drittlandübermittlung: Werden Daten in die USA übermittelt, prüfen Sie den Anbieter.', value: 'unknown' },
  { lang: 'fi', name: 'emme siirrä', text: 'Emme siirrä henkilötietoja EU:n ulkopuolelle.', value: 'none_claimed' },
  { lang: 'fi', name: 'siirretään Yhdysvaltoihin', text: 'Siirrämme tietoja Yhdysvaltoihin vakiosopimuslausekkeiden perusteella.', value: 'yes' },
  { lang: 'fi', name: 'voidaan (hedged)', text: 'Dataa voidaan siirtää tällaisiin maihin.', value: 'unknown' },
  // "Only in Germany" denies transfers when said of data or processing, not of servers alone.
  { lang: 'da', name: 'servere udelukkende i Tyskland', text: 'Vi har servere udelukkende i Tyskland.', value: 'unknown' },
  { lang: 'de', name: 'Server ausschließlich in Deutschland', text: 'Die Server stehen ausschließlich in Rechenzentren in Deutschland.', value: 'unknown' },
  { lang: 'da', name: 'personoplysninger alene i EU', text: 'Personoplysninger opbevares alene inden for EU.', value: 'none_claimed' },
  { lang: 'en', name: 'data only in Germany', text: 'All customer data is stored only in Germany.', value: 'none_claimed' },
  // A stated transfer outweighs a denial said of some data; the vendor's first-person denial still wins.
  { lang: 'de', name: 'Analysedaten bleiben, Kontaktdaten gehen', text: 'Analysedaten verlassen die EU nicht. Kontaktdaten unserer Kunden werden von HubSpot in den USA verarbeitet; die Übermittlung stützt sich auf das EU-U.S. Data Privacy Framework.', value: 'yes' },
  { lang: 'sv', name: 'analysdata stannar, e-post går', text: 'Analysdata lagras enbart hos Elastx i Stockholm. Överföringen till USA sker med stöd av EU-kommissionens standardavtalsklausuler.', value: 'yes' },
  { lang: 'sv', name: 'förstapersonsförnekande vinner', text: 'Vi gör inga tredjelandsöverföringar. Enligt beslutet säkerställer USA en adekvat skyddsnivå för personuppgifter som överförs från EU till USA.', value: 'none_claimed' },
  // "which means" is a consequence, not a definition.
  { lang: 'en', name: 'which means … transferred', text: 'Recordings are stored only in Germany. Twilio receives phone numbers, which means this data is transferred to the United States under the EU Standard Contractual Clauses.', value: 'yes' },
  { lang: 'de', name: 'das bedeutet … übermittelt', text: 'Aufnahmen werden nur in Deutschland gespeichert. Wir nutzen Twilio, was bedeutet, dass Telefonnummern in die USA übermittelt werden.', value: 'yes' },
];

describe('third_country_transfer', () => {
  it.each(CASES)('$lang: $name', (c) => {
    const r = claimOf('third_country_transfer', c.text, c.lang);
    expect(r.value).toBe(c.value);
    if (r.value !== 'unknown') expect(c.text).toContain(r.evidence[0]!.quote);
  });

  it('none_claimed wins although a US sub-processor is named', () => {
    const text = 'We use Amazon Web Services EU SARL as sub-processor, EU data centres only. We make no third-country transfers.';
    expect(claimOf('third_country_transfer', text, 'en').value).toBe('none_claimed');
  });

  it('customer data stored outside the EU/EEA is a transfer', () => {
    const text = 'Customer data is stored in Frankfurt. Support data is stored in the United States.';
    expect(claimOf('third_country_transfer', text, 'en').value).toBe('yes');
  });
});

describe('third_country_transfer: hedged denials and non-EU "stays"', () => {
  const HEDGED: Case[] = [
    { lang: 'en', name: 'as a rule', text: 'As a rule, we do not transfer personal data to third countries.', value: 'unknown' },
    { lang: 'sv', name: 'som utgångspunkt', text: 'Vi överför som utgångspunkt inte personuppgifter till tredje land.', value: 'unknown' },
    { lang: 'no', name: 'i utgangspunktet', text: 'Vi overfører i utgangspunktet ikke personopplysninger til land utenfor EØS.', value: 'unknown' },
    { lang: 'da', name: 'som udgangspunkt', text: 'Som udgangspunkt overfører vi ikke data til lande uden for EU.', value: 'unknown' },
    { lang: 'de', name: 'grundsätzlich', text: 'Wir übermitteln grundsätzlich keine personenbezogenen Daten in Drittländer.', value: 'unknown' },
    { lang: 'fi', name: 'lähtökohtaisesti', text: 'Emme lähtökohtaisesti siirrä tietoja EU:n ulkopuolelle.', value: 'unknown' },
  ];
  it.each(HEDGED)('$lang: $name', (c) => {
    expect(claimOf('third_country_transfer', c.text, c.lang).value).toBe(c.value);
  });

  it('a plain denial still counts', () => {
    expect(claimOf('third_country_transfer', 'Wir übermitteln keine personenbezogenen Daten in Drittländer.', 'de').value).toBe('none_claimed');
  });

  it('"never leaves Switzerland" denies no transfer from an EU point of view', () => {
    expect(claimOf('third_country_transfer', 'Your data never leaves Switzerland.', 'en').value).not.toBe('none_claimed');
  });

  it('nynorsk denial: skal ikkje overførast til land utanfor EØS', () => {
    expect(claimOf('third_country_transfer', 'Personopplysningar skal ikkje overførast til land utanfor EØS.', 'no').value).toBe('none_claimed');
  });
});
