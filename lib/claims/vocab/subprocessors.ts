import type { Lang } from '../../types';

/** Vocabulary for `subprocessors`. */
export interface SubprocessorVocab {
  /** Sub-processor words: sub-processor, underbiträde, underleverandør, Unterauftragsverarbeiter, alihankkija. */
  sub: string[];
  /** List lead-ins that make the items recipients of the data ("the services listed below", "shared with the following"). */
  recipientsLeadIn: string[];
  /** Asking for the list: "ask for", "request", "fråga efter", "anfordern" (plus the shared on-request words). */
  request: string[];
  /** Where a list would be (a DPA appendix), which with a request word makes `on_request`. */
  listNouns: string[];
  /** Legal forms that end a company name in a list ("Scaleway SAS", "Hetzner Online GmbH", "Twilio Inc."). */
  legalForms: string[];
}

export const SUBPROCESSOR_VOCAB: Record<Lang, SubprocessorVocab> & Partial<Record<'nl' | 'fr', SubprocessorVocab>> = {
  en: {
    sub: ['sub-processor*', 'subprocessor*', 'sub processor*', 'subcontractor*', 'sub-contractor*', 'third-party service provider*', 'third party service provider*', 'third-party processor*', 'third-party provider*', 'sub-service organi*', 'subservice organi*'],
    recipientsLeadIn: ['listed below', 'following providers', 'following services', 'following third parties', 'following sub-processor*', 'following subprocessor*', 'following vendors', 'following companies', 'following service providers', 'following processors', 'following data processors', 'on our behalf', 'shared with', 'disclosed to', 'we use the following', 'we work with the following'],
    request: ['ask for', 'request', 'requested', 'contact us', 'available on request', 'upon request', 'on request', 'on demand', 'get in touch'],
    listNouns: ['list', 'appendix', 'annex', 'schedule', 'agreement', 'DPA'],
    legalForms: ['Inc', 'Inc.', 'LLC', 'L.L.C.', 'Ltd', 'Ltd.', 'Limited', 'Corp', 'Corp.', 'Corporation', 'Company', 'PBC', 'plc', 'LLP', 'SARL', 'S.à r.l.', 'Sarl', 'SAS', 'SA', 'S.A.', 'B.V.', 'BV', 'N.V.', 'GmbH', 'AG', 'SE', 'AB', 'AS', 'ASA', 'A/S', 'ApS', 'Oy', 'Oyj', 'OÜ', 'S.r.l.', 'Srl', 'S.L.', 'KG', 'Unlimited Company'],
  },
  sv: {
    sub: ['underbiträde*', 'underbiträden', 'underleverantör*', 'underbehandlare', 'tredjepartsleverantör*', 'underentreprenör*'],
    recipientsLeadIn: ['nedan listade', 'listade nedan', 'följande leverantörer', 'följande tjänster', 'följande underbiträden', 'följande tredje parter', 'följande företag', 'delas med följande', 'lämnas ut till', 'för vår räkning', 'följande personuppgiftsbiträden', 'följande biträden', 'anlitar följande', 'använder följande'],
    request: ['fråga efter', 'begär', 'begära', 'på begäran', 'kontakta oss', 'efterfrågan', 'förfrågan'],
    listNouns: ['lista', 'listan', 'bilaga', 'avtal', 'DPA', 'PUB-avtal*'],
    legalForms: ['AB', 'AB (publ)', 'HB', 'KB'],
  },
  no: {
    sub: ['underleverandør*', 'underdatabehandler*', 'underdatabehandlar*', 'underbehandler*', 'underhandsamar*', 'tredjepartsleverandør*'],
    recipientsLeadIn: ['listet nedenfor', 'nedenfor listet', 'følgende leverandører', 'følgende tjenester', 'følgende underleverandører', 'følgende tredjeparter', 'deles med følgende', 'utleveres til', 'på våre vegne', 'følgjande underdatabehandlarar', 'følgjande underleverandørar', 'følgjande leverandørar', 'følgende databehandlere', 'følgjande databehandlarar', 'bruker følgende', 'nyttar følgjande', 'vert nytta', 'blir brukt', 'på vegner av oss'],
    request: ['be om', 'forespørsel', 'på forespørsel', 'kontakt oss', 'ta kontakt', 'henvendelse', 'ved å kontakte'],
    listNouns: ['liste', 'listen', 'oversikt', 'vedlegg', 'avtale', 'databehandleravtale*', 'DPA'],
    legalForms: ['AS', 'ASA', 'SA'],
  },
  da: {
    sub: ['underdatabehandler*', 'underleverandør*', 'underbehandler*', 'tredjepartsleverandør*'],
    recipientsLeadIn: ['nedenstående', 'listet nedenfor', 'følgende leverandører', 'følgende tjenester', 'følgende underdatabehandlere', 'følgende tredjeparter', 'deles med følgende', 'videregives til', 'på vores vegne', 'følgende databehandlere', 'anvender følgende', 'bruger følgende'],
    request: ['bede om', 'anmodning', 'på anmodning', 'kontakt os', 'henvendelse', 'forespørgsel'],
    listNouns: ['liste', 'listen', 'oversigt', 'bilag', 'aftale', 'databehandleraftale*', 'DPA'],
    legalForms: ['A/S', 'ApS', 'I/S'],
  },
  de: {
    sub: ['Unterauftragsverarbeiter*', 'Subunternehmer*', 'Unterauftragnehmer*', 'Sub-Auftragsverarbeiter*', 'Subdienstleister*', 'weitere Auftragsverarbeiter', 'weiteren Auftragsverarbeiter*'],
    recipientsLeadIn: ['nachfolgend aufgeführt*', 'folgende Anbieter', 'folgenden Anbieter*', 'folgende Dienste', 'folgenden Dienste*', 'folgende Dienstleister', 'folgenden Dienstleister*', 'folgende Unterauftragsverarbeiter', 'weitergegeben an', 'übermittelt an folgende', 'in unserem Auftrag', 'folgende Auftragsverarbeiter', 'folgenden Auftragsverarbeiter*', 'setzen folgende'],
    request: ['anfordern', 'Anfrage', 'auf Anfrage', 'auf Anforderung', 'kontaktieren Sie uns', 'auf Wunsch'],
    listNouns: ['Liste', 'Übersicht', 'Anlage', 'Anhang', 'Vertrag', 'AVV', 'DPA'],
    legalForms: ['GmbH', 'AG', 'SE', 'KG', 'e.K.', 'GmbH & Co. KG', 'UG'],
  },
  fi: {
    sub: ['alihankkija*', 'alikäsittelijä*', 'aliprosessori*', 'alihankkijoi*', 'kolmannen osapuolen palveluntarjoaj*'],
    recipientsLeadIn: ['alla listatuille', 'alla listatut', 'alla luetel*', 'lueteltu alla', 'luetellaan alla', 'listattu alla', 'listataan alla', 'alla olevassa taulukossa', 'alla olevassa luettelossa', 'seuraaville palveluille', 'seuraavat palveluntarjoajat', 'seuraaville palveluntarjoajille', 'seuraavia palveluita', 'luovutetaan seuraaville', 'lukuun', 'seuraavia henkilötietojen käsittelijöitä', 'seuraavia käsittelijöitä', 'seuraavat käsittelijät', 'käytetään seuraavia', 'käytämme seuraavia'],
    request: ['pyynnöstä', 'pyydettäessä', 'pyytämällä', 'ota yhteyttä', 'pyydä'],
    listNouns: ['luettelo', 'lista', 'liite', 'sopimus', 'DPA'],
    legalForms: ['Oy', 'Oyj', 'Ab', 'Ky'],
  },
  nl: {
    sub: ['subverwerker*', 'sub-verwerker*', 'onderaannemer*'],
    recipientsLeadIn: ['volgende subverwerkers', 'volgende dienstverleners', 'volgende partijen', 'hieronder vermeld*', 'gedeeld met', 'namens ons'],
    request: ['op aanvraag', 'op verzoek', 'aanvragen', 'neem contact op', 'opvragen'],
    listNouns: ['lijst', 'overzicht', 'bijlage', 'overeenkomst', 'verwerkersovereenkomst'],
    legalForms: ['B.V.', 'BV', 'N.V.', 'NV', 'V.O.F.'],
  },
  fr: {
    sub: ['sous-traitant* ultérieur*', 'sous-traitants', 'sous-traitant', 'sous-processeur*'],
    recipientsLeadIn: ['ci-dessous', 'suivants', 'partagées avec', 'pour notre compte', 'en notre nom'],
    request: ['sur demande', 'sur simple demande', 'demander', 'contactez-nous', 'envoyée sur demande', 'à la demande'],
    listNouns: ['liste', 'annexe', 'contrat', 'accord', 'DPA'],
    legalForms: ['SAS', 'SA', 'SARL', 'SRL', 'SCA', 'SE', 'S.A.', 'SASU', 'EURL'],
  },
};
