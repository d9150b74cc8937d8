import type { Lang } from './types';
import { analyzeText } from './analyze';

/**
 * The first analysis in a fresh JavaScript context (every popup opening is one) pays for compiling
 * the vocabularies, the provider and place matchers and the code itself: several times the cost of
 * the analysis. `warmUp` pays it on a short sample while the page is still being read from the
 * tab, so the real analysis starts warm. The samples name what the claims look for (places,
 * encryption, keys, DPO, DPA, sub-processors, certificates, breaches, transfers) in each language.
 */
const SAMPLES: Record<Lang, string> = {
  en:
    'We store all customer data in data centres in Sweden within the EU. Data is encrypted at rest with AES-256 and in transit with TLS 1.2. ' +
    'Customers can manage their own encryption keys. Our sub-processors, such as Amazon Web Services, Inc., are listed below. ' +
    'We do not transfer personal data outside the EU/EEA; where we do, we rely on Standard Contractual Clauses and the EU-U.S. Data Privacy Framework. ' +
    'We offer a data processing agreement (DPA). Contact our Data Protection Officer at dpo@example.com. We are ISO 27001 certified. ' +
    'We notify customers of a personal data breach without undue delay and within 72 hours.',
  sv:
    'Vi lagrar all kunddata i datacenter i Sverige inom EU. Data krypteras i vila med AES-256 och under överföring med TLS 1.2. ' +
    'Kunden kan hantera sina egna krypteringsnycklar. Våra underbiträden, till exempel Microsoft Ireland Operations Ltd, listas nedan. ' +
    'Vi överför inte personuppgifter till tredje land utanför EU/EES; när vi gör det använder vi EU-kommissionens standardavtalsklausuler. ' +
    'Vi erbjuder ett personuppgiftsbiträdesavtal. Kontakta vårt dataskyddsombud på dso@example.se. Vi är certifierade enligt ISO 27001. ' +
    'Vi meddelar kunden om en personuppgiftsincident utan onödigt dröjsmål och inom 72 timmar.',
  no:
    'Vi lagrer alle kundedata i datasentre i Norge innenfor EØS. Data krypteres ved lagring med AES-256 og under overføring med TLS 1.2. ' +
    'Kunden kan administrere egne krypteringsnøkler. Våre underleverandører, for eksempel Amazon Web Services, er listet nedenfor. ' +
    'Vi overfører ikke personopplysninger til land utenfor EU/EØS; når vi gjør det, bruker vi EUs standard personvernbestemmelser. ' +
    'Vi tilbyr en databehandleravtale. Kontakt vårt personvernombud på pvo@example.no. Vi er sertifisert etter ISO 27001. ' +
    'Vi varsler kunden om avvik og brudd på personopplysningssikkerheten uten ugrunnet opphold og innen 72 timer.',
  da:
    'Vi opbevarer alle kundedata i datacentre i Danmark inden for EU. Data krypteres i hvile med AES-256 og under overførsel med TLS 1.2. ' +
    'Kunden kan administrere sine egne krypteringsnøgler. Vores underdatabehandlere, for eksempel Microsoft Azure, er angivet nedenfor. ' +
    'Vi overfører ikke personoplysninger til tredjelande uden for EU/EØS; når vi gør det, anvender vi EU-Kommissionens standardkontraktbestemmelser. ' +
    'Vi tilbyder en databehandleraftale. Kontakt vores databeskyttelsesrådgiver på dpo@example.dk. Vi er certificeret efter ISO 27001. ' +
    'Vi underretter kunden om brud på persondatasikkerheden uden unødig forsinkelse og inden for 72 timer.',
  de:
    'Wir speichern alle Kundendaten in Rechenzentren in Deutschland innerhalb der EU. Daten werden im Ruhezustand mit AES-256 und bei der Übertragung mit TLS 1.2 verschlüsselt. ' +
    'Kunden können ihre eigenen Schlüssel verwalten. Unsere Unterauftragsverarbeiter, etwa Amazon Web Services EMEA SARL, sind unten aufgeführt. ' +
    'Wir übermitteln keine personenbezogenen Daten in Drittländer außerhalb der EU/des EWR; falls doch, nutzen wir Standardvertragsklauseln. ' +
    'Wir bieten einen Auftragsverarbeitungsvertrag (AVV) an. Unseren Datenschutzbeauftragten erreichen Sie unter dsb@example.de. Wir sind nach ISO 27001 zertifiziert. ' +
    'Wir informieren Kunden über eine Verletzung des Schutzes personenbezogener Daten unverzüglich und innerhalb von 72 Stunden.',
  fi:
    'Säilytämme kaikki asiakastiedot konesaleissa Suomessa EU:n alueella. Tiedot salataan levossa AES-256:lla ja siirron aikana TLS 1.2:lla. ' +
    'Asiakas voi hallita omia salausavaimiaan. Alihankkijamme, kuten Google Cloud, on lueteltu alla. ' +
    'Emme siirrä henkilötietoja EU/ETA-alueen ulkopuolelle; jos siirrämme, käytämme vakiosopimuslausekkeita. ' +
    'Tarjoamme tietojenkäsittelysopimuksen. Tietosuojavastaavamme tavoittaa osoitteesta tsv@example.fi. Olemme ISO 27001 -sertifioituja. ' +
    'Ilmoitamme asiakkaalle tietoturvaloukkauksesta ilman aiheetonta viivytystä ja 72 tunnin kuluessa.',
};

/** Runs the pipeline once on a short sample in `lang` (what is compiled for it stays compiled). */
export function warmUp(lang: Lang = 'en'): void {
  analyzeText(SAMPLES[lang], { url: 'https://warm-up.invalid/privacy', title: 'Privacy', lang });
}

export const WARM_UP_SAMPLES: Readonly<Record<Lang, string>> = SAMPLES;
