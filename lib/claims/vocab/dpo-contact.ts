import type { Lang } from '../../types';

/** dpo_contact vocabulary. E-mail addresses, phone numbers and names are found by mechanisms/details. */
export interface DpoVocab {
  /** The role: data protection officer, dataskyddsombud, personvernombud, Datenschutzbeauftragte… */
  dpo: string[];
  /** "external DPO". */
  external: string[];
  /** Labels of a contact line: "E-post:", "Phone:", "Name:". */
  labels: string[];
  /** Other roles: a contact after these is not the DPO's ("… or customer service tel. …"). */
  otherRoles: string[];
  /** Privacy words: an e-mail address given with them is a generic privacy contact. */
  privacy: string[];
  /** Contact verbs: "contact", "write to", "reach". */
  contact: string[];
  /** Mailboxes for other things than privacy: security, sales, jobs, support. */
  notPrivacy: string[];
  /** Words that are not part of a person's name. */
  nameStop: string[];
  /** Someone else's DPO: "the customer's DPO", "Ihres Datenschutzbeauftragten". */
  notOurs: string[];
}

export const DPO: Record<Lang, DpoVocab> & Partial<Record<'nl' | 'fr', DpoVocab>> = {
  en: {
    dpo: ['data protection officer*', 'DPO', 'DPOs', 'data protection manager', 'data protection lead'],
    external: ['external', 'outsourced', 'appointed external'],
    labels: ['name', 'e-mail', 'email', 'mail', 'phone', 'telephone', 'tel', 'mobile', 'contact'],
    otherRoles: ['customer service', 'customer support', 'support team', 'sales', 'switchboard', 'CISO', 'security team', 'general enquiries', 'general inquiries', 'general questions'],
    privacy: ['privacy', 'personal data', 'data protection', 'GDPR'],
    contact: ['contact', 'write to', 'reach', 'email', 'e-mail', 'send'],
    notPrivacy: ['information security', 'security questions', 'sales', 'careers', 'jobs', 'invoic*', 'billing', 'press'],
    nameStop: ['Data', 'Protection', 'Officer', 'DPO', 'GDPR', 'The', 'Our', 'Contact', 'Email', 'Phone', 'Name'],
    notOurs: ["customer's", "client's", 'your'],
  },
  sv: {
    dpo: ['dataskyddsombud*', 'personuppgiftsombud*'],
    external: ['extern', 'externt', 'externa'],
    labels: ['namn', 'e-post', 'epost', 'mejl', 'mail', 'telefon', 'tel', 'mobil', 'kontakt'],
    otherRoles: ['kundtjänst', 'kundservice', 'support', 'växel', 'försäljning', 'allmänna frågor', 'allmänna förfrågningar'],
    privacy: ['integritet*', 'personuppgift*', 'dataskydd*', 'GDPR'],
    contact: ['kontakta', 'kontakt', 'skriv till', 'mejla', 'maila', 'nå oss'],
    notPrivacy: ['informationssäkerhet', 'säkerhetsfrågor', 'försäljning', 'jobb', 'faktur*', 'press'],
    nameStop: ['Dataskyddsombud', 'Namn', 'Kontakt', 'Vi', 'Vår'],
    notOurs: ['kundens', 'er', 'ert', 'ditt', 'din'],
  },
  no: {
    dpo: ['personvernombud*', 'personvernombod*', 'databeskyttelsesansvarlig*', 'databeskyttelsesombud*', 'personvernrådgiver*'],
    external: ['ekstern', 'eksternt', 'eksterne'],
    labels: ['navn', 'e-post', 'epost', 'mail', 'telefon', 'tlf', 'mobil', 'kontakt'],
    otherRoles: ['kundeservice', 'kundesenter', 'support', 'sentralbord', 'salg', 'generelle henvendelser', 'generelle spørsmål'],
    privacy: ['personvern*', 'personopplysning*', 'GDPR'],
    contact: ['kontakt', 'kontakte', 'ta kontakt', 'skriv til', 'send e-post'],
    notPrivacy: ['informasjonssikkerhet', 'sikkerhetsspørsmål', 'salg', 'jobb', 'faktura*', 'presse'],
    nameStop: ['Personvernombud', 'Navn', 'Kontakt', 'Vi', 'Vår'],
    notOurs: ['kundens', 'deres', 'ditt', 'din'],
  },
  da: {
    dpo: ['databeskyttelsesrådgiver*', 'databeskyttelsesansvarlig*', 'DPO'],
    external: ['ekstern', 'eksternt', 'eksterne'],
    labels: ['navn', 'e-mail', 'e-mailadresse', 'email', 'mail', 'telefon', 'tlf', 'mobil', 'kontakt'],
    otherRoles: ['kundeservice', 'support', 'salg', 'omstilling', 'generelle henvendelser', 'generelle spørgsmål'],
    privacy: ['persondata*', 'personoplysning*', 'databeskyttelse*', 'fortrolighed*', 'GDPR'],
    contact: ['kontakt', 'kontakte', 'skriv til', 'skrive til', 'send en e-mail'],
    notPrivacy: ['informationssikkerhed', 'sikkerhedsspørgsmål', 'salg', 'job', 'faktura*', 'presse'],
    nameStop: ['Databeskyttelsesrådgiver', 'Navn', 'Kontakt', 'Vi', 'Vores'],
    notOurs: ['kundens', 'jeres', 'din'],
  },
  de: {
    dpo: ['Datenschutzbeauftragte*', 'Datenschutzbeauftragten', 'Datenschutzberater*', 'DSB'],
    external: ['extern*'],
    labels: ['Name', 'E-Mail', 'Email', 'Mail', 'Telefon', 'Tel', 'Mobil', 'Kontakt'],
    otherRoles: ['Kundenservice', 'Kundendienst', 'Support', 'Vertrieb', 'Zentrale', 'allgemeine Anfragen', 'allgemeine Fragen'],
    privacy: ['Datenschutz*', 'personenbezogen*', 'DSGVO', 'DS-GVO'],
    contact: ['kontaktieren', 'Kontakt', 'wenden Sie sich', 'schreiben Sie', 'erreichen'],
    notPrivacy: ['Informationssicherheit', 'Sicherheitsfragen', 'Vertrieb', 'Karriere', 'Jobs', 'Rechnung*', 'Presse'],
    nameStop: ['Datenschutzbeauftragter', 'Datenschutzbeauftragte', 'Name', 'Kontakt', 'Herr', 'Frau', 'Wir', 'Unser'],
    notOurs: ['Ihres', 'Ihren', 'Ihrem', 'Ihr', 'des Kunden', 'des Auftraggebers'],
  },
  fi: {
    dpo: ['tietosuojavastaava*', 'tietosuojavastaavan', 'tietosuojavastaavaan', 'tietosuojavastaavalle'],
    external: ['ulkoinen', 'ulkoisena', 'ulkopuolinen'],
    labels: ['nimi', 'sähköposti', 'email', 'puhelin', 'puh', 'matkapuhelin', 'yhteystiedot'],
    otherRoles: ['asiakaspalvelu*', 'tuki', 'myynti', 'vaihde', 'yleiset kysymykset', 'yleisissä kysymyksissä', 'yleiset tiedustelut'],
    privacy: ['tietosuoj*', 'henkilötie*', 'GDPR'],
    contact: ['ota yhteyttä', 'yhteyttä', 'lähetä sähköpostia', 'tavoitat'],
    notPrivacy: ['tietoturva*', 'myynti', 'rekrytointi', 'laskutus*', 'lehdistö'],
    nameStop: ['Tietosuojavastaava', 'Nimi', 'Me'],
    notOurs: ['asiakkaan', 'teidän'],
  },
  nl: {
    dpo: ['functionaris gegevensbescherming', 'functionaris voor gegevensbescherming', 'FG', 'DPO', 'privacy officer'],
    external: ['extern*', 'externe'],
    labels: ['naam', 'e-mail', 'telefoon', 'tel', 'contact'],
    otherRoles: ['klantenservice', 'support', 'verkoop', 'CISO', 'algemene vragen'],
    privacy: ['privacy', 'persoonsgegevens', 'gegevensbescherming', 'AVG'],
    contact: ['contact', 'bereikt', 'bereiken', 'mail', 'schrijf', 'via'],
    notPrivacy: ['informatiebeveiliging', 'verkoop', 'vacatures', 'facturen', 'pers'],
    nameStop: ['Functionaris', 'Gegevensbescherming', 'FG', 'DPO', 'AVG', 'Onze', 'Contact', 'Naam', 'mr'],
    notOurs: ['uw'],
  },
  fr: {
    dpo: ['délégué à la protection des données', 'déléguée à la protection des données', 'délégué à la protection des données personnelles', 'DPO'],
    external: ['externe'],
    labels: ['nom', 'e-mail', 'courriel', 'téléphone', 'tél', 'contact'],
    otherRoles: ['service client', 'support', 'commercial', 'RSSI', 'questions générales'],
    privacy: ['vie privée', 'données personnelles', 'protection des données', 'RGPD'],
    contact: ['contact', 'joignable', 'écrire', 'adresse', 'contacter'],
    notPrivacy: ['sécurité de l’information', 'commercial', 'recrutement', 'facturation', 'presse'],
    nameStop: ['Délégué', 'Protection', 'Données', 'DPO', 'RGPD', 'Notre', 'Contact', 'Nom', 'M', 'Mme'],
    notOurs: ['votre'],
  },
};
