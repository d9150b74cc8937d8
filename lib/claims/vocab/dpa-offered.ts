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
  /** The text is part of the DPA: an annex to it, "forms part of the DPA" ("Anlage 2 zum AVV", "osana tietojenkäsittelysopimusta"). */
  partOf: string[];
}

export const DPA: Record<Lang, DpaVocab> & Partial<Record<'nl' | 'fr', DpaVocab>> = {
  en: {
    dpa: ['data processing agreement*', 'data processing addendum', 'data processing addenda', 'data processing terms', 'data protection agreement*', 'data processor agreement*', 'processor agreement*', 'DPA', 'DPAs', 'AVV', 'Article 28 agreement'],
    offer: ['our', 'we offer', 'we sign', 'we provide', 'we conclude', 'we enter into', 'available', 'download*', 'included', 'includes', 'sign', 'signed', 'customers', 'your', 'standard', 'executed', 'incorporated', 'part of our', 'this', 'accept*', 'with us', 'you can find', 'you will find', 'find it', 'in your account', 'in the settings', 'concluded', 'entered into', 'signed electronically'],
    withWord: ['with', 'between'],
    suppliers: ['sub-processor*', 'subprocessor*', 'supplier*', 'vendors', 'providers', 'service providers', 'third parties', 'the vendor', 'the provider', 'your vendor', 'your provider'],
    onRequest: ['on request', 'upon request', 'request a copy', 'request it', 'contact us', 'contact', 'get a copy', 'ask for', 'email us', 'send you', 'email'],
    roles: ['the processor', 'the controller', 'data exporter', 'data importer', 'on behalf of the controller', 'on behalf of the customer'],
    affirm: ['yes'],
    partOf: ['annex', 'appendix', 'schedule', 'exhibit', 'part of', 'forms part', 'attachment'],
  },
  sv: {
    dpa: ['personuppgiftsbiträdesavtal*', 'personuppgiftbiträdesavtal*', 'biträdesavtal*', 'PUB-avtal*', 'PuB-avtal*', 'PUB avtal', 'databehandlingsavtal*', 'dataskyddsavtal*'],
    offer: ['vår', 'vårt', 'våra', 'vi erbjuder', 'erbjuder', 'tecknar', 'teckna', 'skriver under', 'undertecknar', 'ingår', 'inkluder*', 'ladda ner', 'tillgänglig*', 'kunder', 'kunderna', 'kunden', 'ert', 'sluter', 'detta', 'med oss', 'skickas', 'använder vi', 'vi använder', 'hittar du', 'hittas i', 'finns i', 'under inställningar', 'ingås', 'tecknas', 'undertecknas', 'signeras'],
    withWord: ['med', 'mellan'],
    suppliers: ['underbiträd*', 'underleverantör*', 'leverantörer', 'leverantören', 'tredje part*'],
    onRequest: ['på begäran', 'kontakta oss', 'kontakta', 'begär', 'begära', 'begäras', 'begärs', 'få en kopia', 'fråga efter', 'mejla oss', 'skickar'],
    roles: ['personuppgiftsbiträdet', 'den personuppgiftsansvarige', 'biträdet', 'personuppgiftsansvarig'],
    affirm: ['ja'],
    partOf: ['bilaga', 'bilagan', 'del av', 'utgör en del', 'ingår i'],
  },
  no: {
    dpa: ['databehandleravtal*', 'databehandlingsavtal*', 'databehandlaravtal*'],
    offer: ['vår', 'vårt', 'våre', 'vårar', 'tilbyr', 'tilbyd', 'inngår', 'gjer tilgjengeleg', 'tilgjengeleg', 'inngår vi', 'vi inngår', 'inkluder*', 'signer*', 'last ned', 'tilgjengelig', 'kunder', 'kundene', 'kunden', 'denne', 'med oss', 'sender vi', 'finner du', 'finn du', 'ligger i', 'under innstillinger', 'inngås', 'inngåes', 'signeres', 'undertegnes'],
    withWord: ['med', 'mellom'],
    suppliers: ['underleverandør*', 'underdatabehandler*', 'underdatabehandlar*', 'leverandører', 'leverandørar', 'leverandøren', 'tredjepart*'],
    onRequest: ['på forespørsel', 'på førespurnad', 'kontakt oss', 'ta kontakt', 'be om', 'få en kopi', 'få ein kopi', 'spør etter'],
    roles: ['databehandler', 'databehandleren', 'behandlingsansvarlig', 'behandlingsansvarlige', 'databehandlar', 'databehandlaren', 'behandlingsansvarleg', 'behandlingsansvarlege'],
    affirm: ['ja'],
    partOf: ['vedlegg', 'vedlegget', 'del av', 'utgjer ein del', 'utgjør en del'],
  },
  da: {
    dpa: ['databehandleraftale*', 'databehandlingsaftale*', 'databehandlertillæg*', 'databehandlingstillæg*', 'tillæg til databehandling', 'tillæg om databehandling'],
    offer: ['vores', 'tilbyder', 'indgår vi', 'vi indgår', 'underskriv*', 'download*', 'tilgængelig', 'kunder', 'kunden', 'kunde', 'nærværende', 'denne', 'dette', 'udfyldte', 'med os', 'finder du', 'findes i', 'ligger i', 'under indstillinger', 'indgås', 'indgåes', 'underskrives', 'signeres'],
    withWord: ['med', 'mellem'],
    suppliers: ['underleverandør*', 'underdatabehandler*', 'leverandører', 'leverandøren', 'tredjepart*'],
    onRequest: ['på anmodning', 'efter anmodning', 'kontakt os', 'få en kopi', 'bed om'],
    roles: ['databehandleren', 'databehandler', 'den dataansvarlige', 'dataansvarlig', 'på vegne af kunden', 'datakontrolløren'],
    affirm: ['ja'],
    partOf: ['bilag', 'bilaget', 'del af', 'udgør en del', 'indgår i'],
  },
  de: {
    dpa: ['Auftragsverarbeitungsvertrag*', 'Auftragsverarbeitungsverträge*', 'Auftragsverarbeitungsvereinbarung*', 'Vertrag über die Auftragsverarbeitung', 'Vereinbarung zur Auftragsverarbeitung', 'Vertrag zur Auftragsverarbeitung', 'AV-Vertrag*', 'AVV', 'ADV-Vertrag', 'Datenverarbeitungsvertrag*', 'Datenverarbeitungsvereinbarung*'],
    offer: ['unser*', 'wir', 'bieten', 'stellen', 'abschließen', 'schließen', 'Download', 'herunterladen', 'verfügbar', 'Kunden', 'Kunde', 'dieser', 'diese', 'dieses', 'mit uns', 'finden Sie', 'in den Einstellungen', 'im Kundenkonto', 'abgeschlossen', 'unterzeichnet'],
    withWord: ['mit', 'zwischen'],
    suppliers: ['Subunternehm*', 'Unterauftragsverarbeiter*', 'Dienstleister*', 'Lieferanten', 'Dritte*', 'Anbieter*', 'Ihrem'],
    onRequest: ['auf Anfrage', 'auf Anforderung', 'kontaktieren Sie uns', 'anfordern', 'fordern Sie'],
    roles: ['Auftragnehmer', 'Auftraggeber', 'Auftragsverarbeiter', 'Verantwortliche', 'Verantwortlichen'],
    affirm: ['ja'],
    partOf: ['Anlage', 'Anhang', 'Bestandteil', 'Teil des', 'Teil der'],
  },
  fi: {
    dpa: ['sopimus henkilötietojen käsittelystä', 'sopimuksen henkilötietojen käsittelystä', 'tietojenkäsittelyn lisäsopimu*', 'tietojenkäsittelysopimu*', 'henkilötietojen käsittelysopimu*', 'käsittelysopimu*', 'DPA-sopimu*', 'tietosuojasopimu*'],
    offer: ['tarjoamme', 'allekirjoit*', 'solmi*', 'ladattavissa', 'saatavilla', 'asiakkaamme', 'asiakkaiden', 'asiakas', 'meidän', 'tämä', 'tämän', 'hyväksy*', 'tehdään', 'teemme', 'toimitamme', 'kanssamme', 'löydät', 'löytyy', 'asetuksista', 'asetuksissa'],
    withWord: ['kanssa', 'välillä', 'välinen'],
    suppliers: ['alihankkij*', 'alikäsittelij*', 'toimittaj*', 'kolmansien'],
    onRequest: ['pyynnöstä', 'pyydettäessä', 'ota yhteyttä', 'pyydä'],
    roles: ['käsittelijä', 'rekisterinpitäjä', 'henkilötietojen käsittelijä', 'rekisterinpitäjän'],
    affirm: ['kyllä'],
    partOf: ['liite', 'liitteen', 'liitteessä', 'osana', 'on osa', 'osa'],
  },
  nl: {
    dpa: ['verwerkersovereenkomst*', 'verwerkingsovereenkomst*', 'gegevensverwerkingsovereenkomst*', 'DPA'],
    offer: ['onze', 'ons', 'wij bieden', 'we bieden', 'bieden', 'sluiten', 'ondertekenen', 'beschikbaar', 'downloaden', 'klanten', 'klant', 'deze', 'met ons'],
    withWord: ['met', 'tussen'],
    suppliers: ['subverwerker*', 'sub-verwerker*', 'leveranciers', 'derde partijen', 'derden'],
    onRequest: ['op verzoek', 'op aanvraag', 'neem contact', 'contact met ons', 'vraag', 'opvragen', 'sturen wij', 'sturen we'],
    roles: ['de verwerker', 'verwerkingsverantwoordelijke', 'de verantwoordelijke'],
    affirm: ['ja'],
    partOf: ['bijlage', 'onderdeel van', 'deel uit'],
  },
  fr: {
    dpa: ['accord de traitement des données', 'accord de traitement de données', 'accord sur le traitement des données', 'contrat de sous-traitance', 'accord de sous-traitance', 'avenant relatif au traitement', 'DPA'],
    offer: ['notre', 'nos', 'nous proposons', 'nous signons', 'nous concluons', 'proposons', 'signons', 'disponible', 'télécharg*', 'clients', 'client', 'ce', 'cet', 'avec nous', 'inclus'],
    withWord: ['avec', 'entre'],
    suppliers: ['sous-traitants ultérieurs', 'sous-traitant ultérieur', 'fournisseurs', 'prestataires', 'tiers'],
    onRequest: ['sur demande', 'sur simple demande', 'contactez-nous', 'nous contacter', 'demander', 'demande'],
    roles: ['le sous-traitant', 'le responsable du traitement', 'responsable de traitement'],
    affirm: ['oui'],
    partOf: ['annexe', 'fait partie', 'partie intégrante'],
  },
};
