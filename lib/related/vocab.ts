/**
 * Words by which a vendor's other privacy-relevant pages are recognised, in link text and in the
 * link's URL, for the six languages (plus English words vendors use everywhere). Data only: the
 * matching is in find-links.ts.
 *
 * `contains`: a substring of the folded text/URL path (lower case, accents removed, ø→o, æ→ae,
 *   ß→ss), so compounds match ("Datenschutzerklärung", "integritetspolicy").
 * `words`: a whole word. In link text a word written with capitals must match case-sensitively
 *   ("TOM" the measures, not Swedish "tom" = empty); in URLs words are compared in lower case.
 */

export const RELATED_CATEGORIES = ['dpa', 'subprocessors', 'tom', 'security', 'privacy', 'gdpr', 'trust', 'cookies'] as const;
export type RelatedCategory = (typeof RELATED_CATEGORIES)[number];

export interface CategoryVocab {
  text: { contains: readonly string[]; words: readonly string[] };
  url: { contains: readonly string[]; words: readonly string[] };
}

/** In order of usefulness for the scorecard: a link matching several categories takes the first. */
export const RELATED_VOCAB: Record<RelatedCategory, CategoryVocab> = {
  dpa: {
    text: {
      contains: [
        'data processing agreement', 'data processing addendum', 'data processing terms', 'data protection agreement',
        'data protection addendum', 'processing agreement',
        'personuppgiftsbitradesavtal', 'bitradesavtal', 'pub-avtal', 'pub avtal', 'databehandlingsavtal',
        'databehandleravtale', 'databehandleravtal', 'databehandleraftale', 'databehandlingsaftale',
        'auftragsverarbeitung', 'auftragsdatenverarbeitung',
        'tietojenkasittelysopimus', 'kasittelysopimus', 'henkilotietojen kasittelyn sopimus',
      ],
      words: ['DPA', 'AVV', 'ADV'],
    },
    url: {
      contains: [
        'data-processing', 'dataprocessing', 'data_processing', 'processing-agreement', 'bitradesavtal', 'pub-avtal',
        'databehandleravtal', 'databehandleraftale', 'databehandlingsaftale', 'auftragsverarbeitung',
        'auftragsdatenverarbeitung', 'kasittelysopimus',
      ],
      words: ['dpa', 'avv', 'adv'],
    },
  },
  subprocessors: {
    text: {
      contains: [
        'sub-processor', 'subprocessor', 'sub processor', 'underbitrade', 'underleverandor', 'underdatabehandler',
        'unterauftragsverarbeiter', 'unterauftragnehmer', 'subunternehmer', 'alihankkij', 'alikasittelij',
      ],
      words: [],
    },
    url: {
      contains: [
        'subprocessor', 'sub-processor', 'sub_processor', 'underbitrade', 'underleverandor', 'underdatabehandler',
        'unterauftrag', 'subunternehmer', 'alihankkij', 'alikasittelij',
      ],
      words: [],
    },
  },
  tom: {
    text: {
      contains: [
        'technical and organisational measures', 'technical and organizational measures',
        'tekniska och organisatoriska atgarder', 'tekniske og organisatoriske tiltak',
        'tekniske og organisatoriske foranstaltninger', 'technische und organisatorische massnahmen',
        'tekniset ja organisatoriset toimenpiteet',
      ],
      words: ['TOM', 'TOMs', 'TOMS'],
    },
    url: {
      contains: ['technical-and-organi', 'organisatoriske-tiltak', 'organisatorische-massnahmen', 'organisatoriska-atgarder'],
      words: ['tom', 'toms'],
    },
  },
  security: {
    text: {
      contains: ['security', 'sakerhet', 'sikkerhet', 'sikkerhed', 'sicherheit', 'tietoturva'],
      words: [],
    },
    url: {
      contains: ['security', 'sakerhet', 'sikkerhet', 'sikkerhed', 'sicherheit', 'tietoturva'],
      words: [],
    },
  },
  privacy: {
    text: {
      contains: [
        'privacy', 'integritet', 'personuppgift', 'dataskydd', 'personvern', 'personopplysning', 'privatliv',
        'persondata', 'personoplysning', 'datenschutz', 'tietosuoja', 'yksityisyy', 'data protection',
      ],
      words: [],
    },
    url: {
      contains: [
        'privacy', 'integritet', 'personuppgift', 'dataskydd', 'personvern', 'privatliv', 'persondata',
        'datenschutz', 'tietosuoja', 'yksityisyy', 'data-protection',
      ],
      words: [],
    },
  },
  gdpr: {
    text: {
      contains: ['dataskyddsforordning', 'personvernforordning', 'databeskyttelsesforordning', 'tietosuoja-asetus'],
      words: ['GDPR', 'DSGVO', 'RGPD'],
    },
    url: { contains: ['gdpr', 'dsgvo'], words: [] },
  },
  trust: {
    text: { contains: ['trust center', 'trust centre', 'trustcenter', 'trust portal'], words: ['Trust', 'trust'] },
    url: { contains: ['trust'], words: [] },
  },
  cookies: {
    text: { contains: ['cookie', 'kakor', 'informasjonskapsl', 'evaste'], words: [] },
    url: { contains: ['cookie', 'kakor', 'evaste'], words: [] },
  },
};

/**
 * Links that lead to a login, account or sign-up page, never to a published document (also used to
 * recognise a fetch that was redirected to a login page). Folded text / URL substrings.
 */
export const LOGIN_TEXT_TERMS = [
  'log in', 'login', 'log-in', 'sign in', 'signin', 'sign-in', 'sign up', 'signup', 'log out', 'logout',
  'sign out', 'register', 'my account', 'logga in', 'logga ut', 'logg inn', 'logg ut', 'log ind', 'log ud',
  'anmelden', 'abmelden', 'einloggen', 'registrieren', 'kirjaudu', 'rekisteroidy',
] as const;

export const LOGIN_URL_TERMS = [
  'login', 'log-in', 'log_in', 'signin', 'sign-in', 'sign_in', 'signup', 'sign-up', 'logout', 'log-out', 'signout', 'sign-out',
  '/auth/', '/oauth', '/sso/', '/saml', '/account/', '/register', 'logga-in', 'anmelden', 'kirjaudu',
] as const;

/** URL path endings of files that are neither pages nor PDFs. */
export const SKIPPED_EXTENSIONS = [
  '.zip', '.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.mp4', '.mp3', '.doc', '.docx', '.xls', '.xlsx',
  '.ppt', '.pptx', '.csv', '.json', '.xml', '.rss', '.ics', '.exe', '.dmg',
] as const;

/** Query parameters that only track the click. */
export const TRACKING_PARAM_PREFIXES = ['utm_', 'mc_', 'hsa_', '_hs', 'gclid', 'fbclid', 'ref'] as const;
