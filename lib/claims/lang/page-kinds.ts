import type { Lang } from '../../types';

/**
 * Words that mark a page as a job posting (a careers page names the stack the team builds on —
 * "our platform in Azure", "own our cloud infrastructure" — which is not a statement to customers).
 */
export const JOB_POSTING_WORDS: Record<Lang, string[]> = {
  en: ['career*', 'hiring', 'job posting', 'job title', 'job type', 'job overview', 'apply now', 'apply', 'responsibilities', 'qualifications', 'requirements', 'we are looking for', "we're hiring", 'we’re hiring', 'full-time', 'salary', 'your role', 'about the role', 'what you will do', "what you'll do", 'nice to have', 'years of experience', 'role summary', 'benefits'],
  sv: ['ansök*', 'ledigt jobb', 'lediga jobb', 'lediga tjänster', 'karriär', 'söker vi', 'erfarenhet av', 'kollektivavtal', 'vi söker', 'arbetsuppgifter', 'kvalifikationer', 'heltid', 'lön', 'meriterande', 'din roll', 'om tjänsten', 'vi erbjuder', 'tillträde'],
  no: ['søk*', 'ledig stilling', 'ledige stillinger', 'karriere', 'søker vi', 'erfaring med', 'vi søker', 'arbeidsoppgaver', 'kvalifikasjoner', 'heltid', 'lønn', 'din rolle', 'om stillingen', 'vi tilbyr', 'tiltredelse'],
  da: ['ansøg*', 'ledig stilling', 'ledige stillinger', 'karriere', 'søger vi', 'erfaring med', 'vi søger', 'arbejdsopgaver', 'kvalifikationer', 'fuldtid', 'løn', 'din rolle', 'om stillingen', 'vi tilbyder'],
  de: ['Stellenanzeige', 'Stellenangebot', 'Karriere', 'bewirb*', 'Erfahrung mit', 'suchen wir', 'Bewerbung', 'Deine Aufgaben', 'Ihre Aufgaben', 'Anforderungen', 'Qualifikationen', 'Vollzeit', 'Gehalt', 'wir suchen', 'Dein Profil', 'Ihr Profil', 'Das bringst du mit', 'Wir bieten'],
  fi: ['hae', 'hakemus', 'haku', 'hakuaika', 'avoin työpaikka', 'avoimet työpaikat', 'ura', 'kokemusta', 'työtehtävät', 'vaatimukset', 'etsimme', 'kokoaikainen', 'palkka', 'tehtävässä', 'tarjoamme', 'rekrytointi'],
};

/**
 * Words in a page's title or opening headings that name a kind of page that is not about the
 * vendor's data handling: changelogs, webinars, case studies, pricing, company history,
 * marketplace listings, blog / news posts. Such a page mentions AWS, TLS or GDPR in passing.
 */
export const OFF_TOPIC_KIND_WORDS: Record<Lang, string[]> = {
  en: ['changelog', 'change log', 'release notes', "what's new", 'what’s new', 'webinar', 'webinars', 'events', 'case study', 'customer story', 'customer stories', 'success story', 'pricing', 'prices', 'plans', 'our story', 'our history', 'company history', 'marketplace', 'app directory', 'app store', 'blog', 'news', 'press release', 'newsroom', 'recipe', 'help center', 'help centre', 'help desk', 'support article', 'support center', 'knowledge base', 'troubleshooting', 'incident report', 'post-mortem', 'postmortem', 'status page', 'outage', 'API documentation', 'API reference', 'API docs', 'getting started', 'partner program', 'partner programme', 'become a partner'],
  sv: ['changelog', 'ändringslogg', 'versionshistorik', 'releasenotes', 'release notes', 'nyheter', 'webbinarium', 'webbinar', 'webinar', 'kundcase', 'kundberättelse', 'kundberättelser', 'priser', 'prissättning', 'prislista', 'vår historia', 'historik', 'marknadsplats', 'blogg', 'pressmeddelande', 'recept', 'hjälpcenter', 'hjälpcentret', 'kunskapsbank', 'supportartikel', 'felsökning', 'driftstörning', 'driftstatus', 'API-dokumentation', 'kom igång', 'partnerprogram', 'bli partner'],
  no: ['changelog', 'endringslogg', 'versjonshistorikk', 'webinar', 'webinarium', 'kundecase', 'kundehistorie', 'kundehistorier', 'priser', 'prising', 'prisliste', 'vår historie', 'historikk', 'markedsplass', 'blogg', 'nyheter', 'nyheit', 'nyheiter', 'pressemelding', 'hjelpesenter', 'hjelpesenteret', 'brukerstøtte', 'kunnskapsbase', 'feilsøking', 'driftsstatus', 'driftsavbrudd', 'API-dokumentasjon', 'kom i gang', 'partnerprogram', 'bli partner'],
  da: ['changelog', 'ændringslog', 'versionshistorik', 'webinar', 'kundecase', 'kundecases', 'kundehistorie', 'kundehistorier', 'priser', 'prissætning', 'prisliste', 'vores historie', 'historik', 'markedsplads', 'blog', 'nyheder', 'pressemeddelelse', 'hjælpecenter', 'hjælpecentret', 'vidensbase', 'fejlfinding', 'driftsstatus', 'nedbrud', 'API-dokumentation', 'kom i gang', 'partnerprogram', 'bliv partner'],
  de: ['Changelog', 'Änderungsprotokoll', 'Versionshinweise', 'Release Notes', 'Webinar', 'Webinare', 'Fallstudie', 'Kundenstory', 'Kundengeschichte', 'Erfolgsgeschichte', 'Referenz', 'Preise', 'Preisliste', 'Tarife', 'Unsere Geschichte', 'Firmengeschichte', 'Marktplatz', 'App-Verzeichnis', 'Blog', 'Neuigkeiten', 'Pressemitteilung', 'Rezept', 'Hilfe-Center', 'Hilfecenter', 'Hilfeartikel', 'Wissensdatenbank', 'Fehlerbehebung', 'Störungsbericht', 'Statusseite', 'API-Dokumentation', 'API-Referenz', 'Erste Schritte', 'Partnerprogramm', 'Partner werden'],
  fi: ['muutosloki', 'julkaisutiedot', 'versiohistoria', 'webinaari', 'asiakastarina', 'asiakastarinat', 'asiakascase', 'referenssi', 'hinnoittelu', 'hinnat', 'hinnasto', 'yrityksen historia', 'historiamme', 'tarinamme', 'markkinapaikka', 'sovelluskauppa', 'blogi', 'uutiset', 'tiedote', 'lehdistötiedote', 'resepti', 'ohjekeskus', 'tukikeskus', 'tukiartikkeli', 'vianmääritys', 'häiriöraportti', 'häiriötiedote', 'käyttökatko', 'API-dokumentaatio', 'rajapintadokumentaatio', 'aloitusopas', 'kumppaniohjelma*', 'ryhdy kumppaniksi'],
};

/**
 * Words in a page's title or opening headings that mark a guide / explainer about GDPR concepts in
 * general ("What is a DPA?", "Guide: reviewing a PUB-avtal", "AVV: wann Sie ihn brauchen"). Such a
 * page explains what processors must do to a reader; it is not the vendor saying what it does, so
 * it is set aside even when its lead names a DPA or the GDPR.
 */
export const EXPLAINER_KIND_WORDS: Record<Lang, string[]> = {
  en: ['guide:', 'a guide to', 'beginner’s guide', "beginner's guide", 'how to', 'what is a', 'what is an', 'what is the', 'explained', 'why you need', 'do you need', 'when you need', 'what you need to know', 'checklist', 'min read', 'reading time'],
  sv: ['guide:', 'guide till', 'så granskar du', 'så skriver du', 'vad är ett', 'vad är en', 'förklarat', 'förklarad', 'behöver du', 'när behöver', 'checklista', 'min läsning', 'lästid'],
  no: ['guide:', 'veiledning:', 'slik gjør du', 'slik skriver du', 'hva er en', 'hva er et', 'forklart', 'trenger du', 'når trenger', 'sjekkliste', 'min lesing', 'lesetid'],
  da: ['guide:', 'vejledning:', 'sådan gør du', 'sådan skriver du', 'hvad er en', 'hvad er et', 'forklaret', 'har du brug for', 'tjekliste', 'min læsning', 'læsetid'],
  de: ['Ratgeber', 'Leitfaden', 'Guide:', 'Was ist ein', 'Was ist eine', 'erklärt', 'wann Sie', 'was Sie wissen', 'brauchen Sie', 'Checkliste', 'Lesezeit', 'Datenschutz-Wissen'],
  fi: ['opas:', 'mikä on', 'mitä on', 'selitettynä', 'milloin tarvitset', 'tarvitsetko', 'tarkistuslista', 'lukuaika', 'min lukuaika'],
};

/**
 * Words that make a page about privacy, security or data handling. In the title or an opening
 * heading they keep the page in; across the page their density tells a privacy page from one that
 * names GDPR in passing.
 */
export const DATA_HANDLING_WORDS: Record<Lang, string[]> = {
  en: ['privacy', 'data protection', 'GDPR', 'personal data', 'security', 'secure', 'sub-processor*', 'subprocessor*', 'DPA', 'data processing', 'processor', 'controller', 'trust', 'compliance', 'encrypt*', 'technical and organisational', 'technical and organizational', 'data residency', 'hosting', 'hosted', 'stored', 'data centre*', 'data center*', 'transfer*', 'third countr*', 'breach', 'ISO 27001', 'SOC 2', 'retention', 'cookies'],
  sv: ['integritet*', 'dataskydd*', 'GDPR', 'personuppgift*', 'säkerhet*', 'underbiträde*', 'personuppgiftsbiträd*', 'PUB-avtal', 'PuB-avtal', 'biträdesavtal', 'behandling*', 'kryptera*', 'kryptering*', 'tekniska och organisatoriska', 'lagras', 'lagring', 'datacenter', 'driftas', 'överföring*', 'tredje land', 'tredjeland', 'incident*', 'ISO 27001', 'gallring', 'kakor', 'cookies'],
  no: ['personvern*', 'GDPR', 'personopplysning*', 'personopplysningar', 'sikkerhet*', 'tryggleik', 'underdatabehandler*', 'underdatabehandlar*', 'underleverandør*', 'databehandleravtale*', 'databehandlaravtale*', 'behandling*', 'krypter*', 'tekniske og organisatoriske', 'lagres', 'lagrast', 'lagring', 'datasenter', 'overføring*', 'tredjeland', 'avvik*', 'brudd', 'ISO 27001', 'informasjonskapsler', 'cookies'],
  da: ['privatliv*', 'databeskyttelse*', 'GDPR', 'persondata', 'personoplysning*', 'sikkerhed*', 'underdatabehandler*', 'underleverandør*', 'databehandleraftale*', 'behandling*', 'krypter*', 'tekniske og organisatoriske', 'opbevares', 'lagres', 'datacenter', 'overførsel*', 'tredjeland*', 'brud', 'ISO 27001', 'cookies'],
  de: ['Datenschutz*', 'DSGVO', 'DS-GVO', 'personenbezogen*', 'Sicherheit*', 'Unterauftragsverarbeiter*', 'Subunternehmer*', 'AVV', 'Auftragsverarbeitung*', 'Verarbeitung*', 'verschlüssel*', 'Verschlüsselung*', 'technische und organisatorische', 'TOM', 'gespeichert', 'Speicherung', 'Rechenzentr*', 'Hosting', 'Übermittlung*', 'Drittland*', 'Drittländer*', 'Datenpanne*', 'ISO 27001', 'Cookies'],
  fi: ['tietosuoja*', 'GDPR', 'henkilötie*', 'tietoturva*', 'alihankkij*', 'alikäsittelij*', 'käsittelijä*', 'tietojenkäsittelysopimus*', 'käsittely*', 'salaus*', 'salat*', 'tekniset ja organisatoriset', 'tallennet*', 'säilytet*', 'palvelinkeskuk*', 'siirrot', 'siirto*', 'kolmansiin maihin', 'tietoturvaloukkau*', 'ISO 27001', 'evästee*'],
};
