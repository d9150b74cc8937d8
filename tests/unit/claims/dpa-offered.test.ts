import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';

type Case = [lang: string, text: string, value: string];

const CASES: Case[] = [
  ['en', 'Our Data Processing Agreement is part of our Terms of Service and applies to every customer.', 'yes'],
  ['en', 'For a copy of our DPA, contact us at legal@vendor.example.', 'on_request'],
  ['en', 'We have signed data processing agreements with all our sub-processors.', 'unknown'],
  ['en', 'Every controller must have a DPA with its suppliers.', 'unknown'],
  ['sv', 'Vi tecknar personuppgiftsbiträdesavtal (PUB-avtal) med alla våra kunder.', 'yes'],
  ['sv', 'Vårt PUB-avtal skickas på begäran.', 'on_request'],
  ['sv', 'Vi har ett avtal (DPA) med AWS om att data aldrig lämnar EU.', 'unknown'],
  ['no', 'Databehandleravtalen vår kan lastes ned fra kundeportalen.', 'yes'],
  ['no', 'Ta kontakt med oss for å få databehandleravtalen vår tilsendt.', 'on_request'],
  ['no', 'Alle virksomheter må inngå en databehandleravtale med leverandører som behandler personopplysninger.', 'unknown'],
  ['da', 'Vores databehandleraftale kan downloades her.', 'yes'],
  ['da', 'Vi har indgået databehandleraftaler med alle vores underleverandører.', 'unknown'],
  ['de', 'Wir schließen mit allen Kunden einen Auftragsverarbeitungsvertrag (AVV) nach Art. 28 DSGVO.', 'yes'],
  ['de', 'Den AV-Vertrag erhalten Sie auf Anfrage.', 'on_request'],
  ['de', 'Abschluss von Auftragsverarbeitungsverträgen mit allen Subunternehmern.', 'unknown'],
  ['fi', 'Tarjoamme asiakkaillemme tietojenkäsittelysopimuksen osana palveluehtoja, ja asiakas hyväksyy sen käyttöönoton yhteydessä.', 'yes'],
  ['fi', 'Toimitamme tietojenkäsittelysopimuksen pyynnöstä.', 'on_request'],
  ['fi', 'Palvelussa on monia hyödyllisiä ominaisuuksia.', 'unknown'],
  ['de', 'Anlage 3 zum Auftragsverarbeitungsvertrag der Beispiel GmbH', 'yes'],
  ['sv', 'Bilaga 2 till personuppgiftsbiträdesavtalet mellan Exempel AB och kunden', 'yes'],
  ['fi', 'Tämä luettelo on osa asiakkaiden kanssa tehtävää tietojenkäsittelysopimusta.', 'yes'],
  ['en', 'Do you offer a DPA?\n\nYes. Email privacy@vendor.example and we will send it to you for signature.', 'on_request'],
  ['da', 'Har I en databehandleraftale?\n\nJa. Kontakt os på dpa@firma.example, så sender vi den.', 'on_request'],
  ['no', 'Har de databehandlaravtale?\n\nJa. Databehandlaravtalen finn du under Innstillingar i kundeportalen.', 'yes'],
  ['nl', 'Onze verwerkersovereenkomst kunt u direct downloaden in het klantportaal.', 'yes'],
  ['fr', 'Notre accord de traitement des données (DPA) est disponible sur simple demande auprès du support.', 'on_request'],
  // The DPA is concluded in the passive ("inngås", "indgås", "abgeschlossen"): it is offered.
  ['no', 'Databehandleravtale inngås digitalt når du oppretter kontoen.', 'yes'],
  ['da', 'Databehandleraftalen indgås elektronisk ved bestilling.', 'yes'],
  ['de', 'Der Auftragsverarbeitungsvertrag wird bei der Registrierung online abgeschlossen.', 'yes'],
  ['no', 'Med alle underleverandører inngås databehandleravtale.', 'unknown'],
];

describe('dpa_offered', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, value) => {
    const c = analyzeText(text, { lang }).claims.dpa_offered;
    expect(c.value).toBe(value);
    if (value !== 'unknown') expect(text).toContain(c.evidence[0]!.quote);
  });
});
