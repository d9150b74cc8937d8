import type { Lang } from '../../types';

/** dpa_offered vocabulary. */
export interface DpaVocab {
  /** The agreement: DPA, PUB-avtal, databehandleravtale, databehandleraftale, AVV, tietojenkäsittelysopimus. */
  dpa: string[];
  /** The vendor offers it to its customers: our DPA, we sign, customers sign, included, download. */
  offer: string[];
  /** Counterparts that make it the vendor's own DPA with its suppliers: "with all sub-processors", "med AWS". */
  withWord: string[];
  suppliers: string[];
  /** "contact us to get a copy", "available on request". */
  onRequest: string[];
  /** Contract roles: a page opening with the DPA's name and using these is the DPA itself. */
  roles: string[];
  /** "Yes" answering an FAQ question about the DPA. */
  affirm: string[];
}

export const DPA: Record<Lang, DpaVocab> = {
  en: {
    dpa: ['data processing agreement*', 'data processing addendum', 'data processing addenda', 'data processing terms', 'data protection agreement*', 'data processor agreement*', 'processor agreement*', 'DPA', 'DPAs', 'AVV', 'Article 28 agreement'],
    offer: ['our', 'we offer', 'we sign', 'we provide', 'we conclude', 'we enter into', 'available', 'download*', 'included', 'includes', 'sign', 'signed', 'customers', 'your', 'standard', 'executed', 'incorporated', 'part of our', 'this', 'accept*', 'with us'],
    withWord: ['with', 'between'],
    suppliers: ['sub-processor*', 'subprocessor*', 'supplier*', 'vendors', 'providers', 'service providers', 'third parties', 'the vendor', 'the provider', 'your vendor', 'your provider'],
    onRequest: ['on request', 'upon request', 'request a copy', 'request it', 'contact us', 'contact', 'get a copy', 'ask for', 'email us', 'send you', 'email'],
    roles: ['the processor', 'the controller', 'data exporter', 'data importer', 'on behalf of the controller', 'on behalf of the customer'],
    affirm: ['yes'],
  },
  sv: {
    dpa: ['personuppgiftsbiträdesavtal*', 'personuppgiftbiträdesavtal*', 'biträdesavtal*', 'PUB-avtal*', 'PuB-avtal*', 'PUB avtal', 'databehandlingsavtal*', 'dataskyddsavtal*'],
    offer: ['vår', 'vårt', 'våra', 'vi erbjuder', 'erbjuder', 'tecknar', 'teckna', 'skriver under', 'undertecknar', 'ingår', 'inkluder*', 'ladda ner', 'tillgänglig*', 'kunder', 'kunderna', 'kunden', 'ert', 'sluter', 'detta', 'med oss', 'skickas', 'använder vi', 'vi använder'],
    withWord: ['med', 'mellan'],
    suppliers: ['underbiträd*', 'underleverantör*', 'leverantörer', 'leverantören', 'tredje part*'],
    onRequest: ['på begäran', 'kontakta oss', 'kontakta', 'begär', 'få en kopia', 'fråga efter', 'mejla oss', 'skickar'],
    roles: ['personuppgiftsbiträdet', 'den personuppgiftsansvarige', 'biträdet', 'personuppgiftsansvarig'],
    affirm: ['ja'],
  },
  no: {
    dpa: ['databehandleravtal*', 'databehandlingsavtal*', 'databehandlaravtal*'],
    offer: ['vår', 'vårt', 'våre', 'tilbyr', 'inngår vi', 'vi inngår', 'inkluder*', 'signer*', 'last ned', 'tilgjengelig', 'kunder', 'kundene', 'kunden', 'denne', 'med oss', 'sender vi'],
    withWord: ['med', 'mellom'],
    suppliers: ['underleverandør*', 'underdatabehandler*', 'leverandører', 'leverandøren', 'tredjepart*'],
    onRequest: ['på forespørsel', 'kontakt oss', 'ta kontakt', 'be om', 'få en kopi', 'spør etter'],
    roles: ['databehandler', 'databehandleren', 'behandlingsansvarlig', 'behandlingsansvarlige'],
    affirm: ['ja'],
  },
  da: {
    dpa: ['databehandleraftale*', 'databehandlingsaftale*', 'databehandlertillæg*', 'databehandlingstillæg*', 'tillæg til databehandling', 'tillæg om databehandling'],
    offer: ['vores', 'tilbyder', 'indgår vi', 'vi indgår', 'underskriv*', 'download*', 'tilgængelig', 'kunder', 'kunden', 'kunde', 'nærværende', 'denne', 'dette', 'udfyldte', 'med os'],
    withWord: ['med', 'mellem'],
    suppliers: ['underleverandør*', 'underdatabehandler*', 'leverandører', 'leverandøren', 'tredjepart*'],
    onRequest: ['på anmodning', 'efter anmodning', 'kontakt os', 'få en kopi', 'bed om'],
    roles: ['databehandleren', 'databehandler', 'den dataansvarlige', 'dataansvarlig', 'på vegne af kunden', 'datakontrolløren'],
    affirm: ['ja'],
  },
  de: {
    dpa: ['Auftragsverarbeitungsvertrag*', 'Auftragsverarbeitungsverträge*', 'Auftragsverarbeitungsvereinbarung*', 'Vertrag über die Auftragsverarbeitung', 'Vereinbarung zur Auftragsverarbeitung', 'Vertrag zur Auftragsverarbeitung', 'AV-Vertrag*', 'AVV', 'ADV-Vertrag', 'Datenverarbeitungsvertrag*', 'Datenverarbeitungsvereinbarung*'],
    offer: ['unser*', 'wir', 'bieten', 'stellen', 'abschließen', 'schließen', 'Download', 'herunterladen', 'verfügbar', 'Kunden', 'Kunde', 'dieser', 'diese', 'dieses', 'mit uns'],
    withWord: ['mit', 'zwischen'],
    suppliers: ['Subunternehm*', 'Unterauftragsverarbeiter*', 'Dienstleister*', 'Lieferanten', 'Dritte*', 'Anbieter*', 'Ihrem'],
    onRequest: ['auf Anfrage', 'auf Anforderung', 'kontaktieren Sie uns', 'anfordern', 'fordern Sie'],
    roles: ['Auftragnehmer', 'Auftraggeber', 'Auftragsverarbeiter', 'Verantwortliche', 'Verantwortlichen'],
    affirm: ['ja'],
  },
  fi: {
    dpa: ['sopimus henkilötietojen käsittelystä', 'sopimuksen henkilötietojen käsittelystä', 'tietojenkäsittelyn lisäsopimu*', 'tietojenkäsittelysopimu*', 'henkilötietojen käsittelysopimu*', 'käsittelysopimu*', 'DPA-sopimu*', 'tietosuojasopimu*'],
    offer: ['tarjoamme', 'allekirjoit*', 'solmi*', 'ladattavissa', 'saatavilla', 'asiakkaamme', 'asiakkaiden', 'asiakas', 'meidän', 'tämä', 'tämän', 'hyväksy*', 'tehdään', 'teemme', 'toimitamme', 'kanssamme'],
    withWord: ['kanssa', 'välillä', 'välinen'],
    suppliers: ['alihankkij*', 'alikäsittelij*', 'toimittaj*', 'kolmansien'],
    onRequest: ['pyynnöstä', 'pyydettäessä', 'ota yhteyttä', 'pyydä'],
    roles: ['käsittelijä', 'rekisterinpitäjä', 'henkilötietojen käsittelijä', 'rekisterinpitäjän'],
    affirm: ['kyllä'],
  },
};
