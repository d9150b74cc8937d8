import type { PageLang } from '../../types';

/** What the text layer knows about one language: data only, used by detection and segmentation. */
export interface TextLangProfile {
  lang: Exclude<PageLang, 'und'>;
  /**
   * Frequent function words (lowercase). A word listed by k languages scores 1/k for each of them,
   * so words unique to one language (sv 'och', no 'våre', da 'vores') decide between close languages.
   */
  stopwords: readonly string[];
  /** Word endings typical of the language ('sjon' no, 'hed' da, 'ssa' fi); weaker evidence than words. */
  suffixes: readonly string[];
  /** Letters that occur in the language but not in English (æøå, äö, ß…); weak evidence. */
  letters: string;
  /**
   * Abbreviations that never end a sentence ("t.ex.", "z.B.", "Art."). Lowercase entries match any
   * case; entries with a capital match exactly.
   */
  abbreviations: readonly string[];
  /** Abbreviations that may end a sentence ("etc.", "osv.", "Ltd."): a break only before a capital. */
  finalAbbreviations: readonly string[];
  /** Month names: "25. Mai 2018" is an ordinal date, not a sentence end. Lowercase. */
  months: readonly string[];
}
