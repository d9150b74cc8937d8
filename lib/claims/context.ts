import type { ClaimId, ClaimResult, PageLang, Sentence } from '../types';
import type { Provider, ProviderMatch, PlaceMatch } from '../knowledge/types';

/** Everything a claim module may look at. Built once per page by lib/analyze.ts. */
export interface ClaimContext {
  /** The analysed page text; every Sentence's offsets point into it. */
  text: string;
  sentences: Sentence[];
  lang: PageLang;
  title: string;
  /** Registrable domain of the page ('' for files without a URL). */
  vendorDomain: string;
  /** The page's URL, when it has one. */
  url?: string;
  /** The vendor itself when it is a known provider (e.g. sentry.io → Sentry, US). */
  vendorProvider?: Provider;
  /** Provider mentions over the whole text (sorted by start). */
  providers: ProviderMatch[];
  /** Place mentions over the whole text (sorted by start). */
  places: PlaceMatch[];
  /** Results of claims already decided (claims run in CLAIM_IDS order; later ones may read earlier ones). */
  decided: Partial<{ [K in ClaimId]: ClaimResult<K> }>;
}

export type ClaimExtractor<K extends ClaimId> = (ctx: ClaimContext) => ClaimResult<K>;
