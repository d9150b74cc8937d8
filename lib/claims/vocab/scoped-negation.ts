import type { Lang } from '../../types';

/** Words around negation that the shared negation words alone get wrong. */
export interface ScopedNegationVocab {
  /** Phrases that contain a negation word but do not negate the claim. */
  notNegations: string[];
  /** Negations that follow the term they negate: "X are not offered", "X stöds inte". */
  postNegations: string[];
}

export const SCOPED_NEGATION: Record<Lang, ScopedNegationVocab> = {
  en: {
    notNegations: ['without undue delay', 'without delay', 'without unreasonable delay', 'no later than', 'not later than', 'not only', 'no matter', 'no one else', 'without exception', 'without compromising'],
    postNegations: ['are not', 'is not', "aren't", "isn't", 'not supported', 'not offered', 'not available', 'not yet'],
  },
  sv: {
    notNegations: ['utan onödigt dröjsmål', 'utan dröjsmål', 'inte senare än', 'senast', 'inte bara', 'utan undantag'],
    postNegations: ['stöds inte', 'erbjuds inte', 'är inte', 'är ej', 'används inte', 'finns inte', 'erbjuds ej'],
  },
  no: {
    notNegations: ['uten ugrunnet opphold', 'uten unødig opphold', 'uten unødig forsinkelse', 'uten opphold', 'utan ugrunna opphald', 'utan unødig opphald', 'utan opphald', 'ikke senere enn', 'ikkje seinare enn', 'ikke bare', 'ikkje berre', 'uten unntak', 'utan unntak'],
    postNegations: ['støttes ikke', 'tilbys ikke', 'er ikke', 'brukes ikke', 'finnes ikke', 'er ikkje', 'vert ikkje', 'blir ikkje', 'finst ikkje'],
  },
  da: {
    notNegations: ['uden unødig forsinkelse', 'uden ugrundet ophold', 'uden forsinkelse', 'ikke senere end', 'ikke kun', 'uden undtagelse'],
    postNegations: ['understøttes ikke', 'tilbydes ikke', 'er ikke', 'bruges ikke', 'findes ikke'],
  },
  de: {
    notNegations: ['ohne unangemessene Verzögerung', 'ohne schuldhaftes Zögern', 'ohne Verzögerung', 'nicht später als', 'nicht nur', 'ohne Ausnahme'],
    postNegations: ['werden nicht', 'wird nicht', 'sind nicht', 'ist nicht', 'nicht unterstützt', 'nicht angeboten', 'nicht verfügbar'],
  },
  fi: {
    notNegations: ['ilman aiheetonta viivytystä', 'ilman viivytystä', 'ei ainoastaan', 'ei vain', 'poikkeuksetta'],
    postNegations: ['ei ole', 'eivät ole', 'ei tueta', 'ei tarjota', 'ei käytetä'],
  },
};
