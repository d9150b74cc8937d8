import type { Lang } from '../../types';

/** Sentences that name a security measure without claiming it for the vendor's service. */
export interface NotAClaimVocab {
  /** Job ads and skill lists: "experience with TLS", "erfarenhet av kryptering". */
  skills: string[];
  /** Advice to the reader: "ask your vendor about encryption", "fråga efter kryptering". */
  advice: string[];
  /** Words naming the data a measure protects, or the vendor speaking: a measure needs a subject. */
  subject: string[];
  /**
   * Verb forms that carry their own subject, so even a two-word sentence states something
   * ("Tarjoamme tietojenkäsittelysopimuksen." = "We offer a DPA.", "Tiedot salataan."). Without one,
   * a sentence of one or two words is a bare label ("SSL-kryptering").
   */
  finite?: string[];
}

export const NOT_A_CLAIM: Record<Lang, NotAClaimVocab> & Partial<Record<'nl' | 'fr', NotAClaimVocab>> = {
  en: {
    skills: ['years of experience', 'experience running', 'experience with', 'experience in', 'understanding of', 'knowledge of', 'familiarity with', 'familiar with', 'proficiency in', 'skills in', 'nice to have'],
    advice: ['agree with your', 'good sign', 'ask who', 'ask for', 'ask your', 'ask the vendor', 'ask whether', 'check whether', 'make sure your', 'look for', 'you should ask'],
    subject: ['we', 'our', 'us', 'data', 'information', 'files', 'documents', 'content', 'database', 'databases', 'backups', 'all', 'everything', 'records', 'customer', 'customers', 'service', 'platform', 'system', 'systems'],
  },
  sv: {
    skills: ['vara med och', 'erfarenhet av', 'kunskap om', 'kunskaper i', 'förståelse för', 'meriterande', 'vi söker'],
    advice: ['gott tecken', 'fråga vem', 'fråga efter', 'fråga om', 'be om', 'kontrollera att', 'se till att din', 'kräv att'],
    subject: ['vi', 'vår', 'vårt', 'våra', 'data', 'information', 'informationen', 'uppgifter', 'uppgifterna', 'personuppgifter', 'filer', 'dokument', 'databasen', 'databaser', 'säkerhetskopior', 'all', 'alla', 'allt', 'tjänsten', 'plattformen', 'systemet'],
  },
  no: {
    skills: ['være med på å', 'erfaring med', 'kunnskap om', 'kjennskap til', 'forståelse av', 'forståelse for', 'vi søker'],
    advice: ['godt tegn', 'spør hvem', 'spør etter', 'spør om', 'be om', 'sjekk at', 'krev at'],
    subject: ['vi', 'vår', 'vårt', 'våre', 'data', 'dataene', 'informasjon', 'informasjonen', 'opplysninger', 'personopplysninger', 'filer', 'dokumenter', 'databasen', 'databaser', 'sikkerhetskopier', 'all', 'alle', 'alt', 'tjenesten', 'plattformen', 'systemet', 'kundedata'],
  },
  da: {
    skills: ['erfaring med', 'kendskab til', 'viden om', 'forståelse for', 'vi søger', 'være med til at'],
    advice: ['godt tegn', 'spørg hvem', 'spørg efter', 'spørg om', 'bed om', 'tjek at', 'kræv at'],
    subject: ['vi', 'vores', 'data', 'dataene', 'information', 'oplysninger', 'personoplysninger', 'filer', 'dokumenter', 'databasen', 'databaser', 'sikkerhedskopier', 'alle', 'alt', 'tjenesten', 'platformen', 'systemet', 'backupdata', 'backupfiler'],
  },
  de: {
    skills: ['Erfahrung mit', 'Erfahrungen mit', 'Kenntnisse in', 'Kenntnisse von', 'Verständnis von', 'Verständnis für', 'du bringst', 'Sie bringen', 'wir suchen', 'du', 'dein*', 'mitwirken'],
    advice: ['vereinbaren Sie', 'gutes Zeichen', 'fragen Sie', 'achten Sie darauf', 'prüfen Sie', 'fordern Sie'],
    subject: ['wir', 'unser*', 'Daten', 'Kundendaten', 'Informationen', 'Dateien', 'Dokumente', 'Datenbank', 'Datenbanken', 'Backups', 'alle', 'sämtliche', 'Dienst', 'Plattform', 'System', 'Systeme'],
  },
  fi: {
    skills: ['kokemusta', 'kokemus', 'osaamista', 'osaaminen', 'tuntemus', 'tuntemusta', 'ymmärrys', 'etsimme'],
    advice: ['hyvä merkki', 'kysy kuka', 'kysy', 'pyydä', 'varmista, että', 'tarkista, että'],
    subject: ['me', 'meidän', 'tiedot', 'tietoja', 'tiedostot', 'asiakirjat', 'tietokannat', 'varmuuskopiot', 'kaikki', 'palvelu', 'palvelun', 'järjestelmä', 'tietoliikenne', 'data'],
    // 1st person plural (tarjoamme, salaamme) and the passive (salataan, tallennetaan, käsitellään).
    finite: ['*mme', '*taan', '*tään', '*daan', '*dään', '*llaan', '*llään'],
  },
  nl: {
    skills: ['ervaring met', 'kennis van', 'kennis heeft van', 'affiniteit met', 'wij zoeken', 'we zoeken'],
    advice: ['goed teken', 'vraag naar', 'vraag om', 'controleer of', 'zorg ervoor dat uw'],
    subject: ['wij', 'we', 'ons', 'onze', 'gegevens', 'data', 'informatie', 'bestanden', 'documenten', 'database', 'databases', 'back-ups', 'alle', 'dienst', 'platform', 'systeem', 'systemen'],
  },
  fr: {
    skills: ['expérience en', 'expérience avec', 'connaissance de', 'connaissances en', 'maîtrise de', 'nous recherchons'],
    advice: ['bon signe', 'demandez à', 'demandez si', 'vérifiez que', 'assurez-vous que votre'],
    subject: ['nous', 'notre', 'nos', 'données', 'informations', 'fichiers', 'documents', 'base de données', 'bases de données', 'sauvegardes', 'toutes', 'tous', 'service', 'plateforme', 'système', 'systèmes'],
  },
};
