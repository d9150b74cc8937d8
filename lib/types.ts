/** The contract shared by every part of the pipeline (SPEC §1–§2). No browser globals here. */

export const CLAIM_IDS = [
  'data_location',
  'third_country_transfer',
  'us_exposure',
  'dpf_reliance',
  'encryption_at_rest',
  'encryption_in_transit',
  'key_control',
  'dpo_contact',
  'dpa_offered',
  'subprocessors',
  'certifications',
  'breach_notification',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

export const CLAIM_VALUES = {
  data_location: ['eu_eea', 'non_eu', 'mixed', 'unknown'],
  third_country_transfer: ['none_claimed', 'yes', 'unknown'],
  us_exposure: ['vendor_us', 'us_subprocessor', 'eu_owned_stack', 'unknown'],
  dpf_reliance: ['yes', 'unknown'],
  encryption_at_rest: ['yes', 'no', 'unknown'],
  encryption_in_transit: ['yes', 'unknown'],
  key_control: ['customer', 'vendor', 'cloud_provider', 'unknown'],
  dpo_contact: ['named', 'exists_no_contact', 'generic_contact_only', 'unknown'],
  dpa_offered: ['yes', 'on_request', 'unknown'],
  subprocessors: ['listed', 'on_request', 'unknown'],
  certifications: ['certified', 'in_progress', 'only_subprocessor', 'unknown'],
  breach_notification: ['yes', 'unknown'],
} as const satisfies Record<ClaimId, readonly string[]>;

export type ClaimValue<K extends ClaimId = ClaimId> = (typeof CLAIM_VALUES)[K][number];

/** Languages with vocabularies. `und` = undetermined (treated with every vocabulary). */
export const LANGS = ['en', 'sv', 'no', 'da', 'de', 'fi'] as const;
export type Lang = (typeof LANGS)[number];
export type PageLang = Lang | 'nl' | 'fr' | 'und';

export interface Evidence {
  /** Exact substring of the analysed page text. */
  quote: string;
  /** Index of the PageText block the quote lies in, when the text came from blocks. */
  block?: number;
}

export interface ClaimResult<K extends ClaimId = ClaimId> {
  value: ClaimValue<K>;
  /** Normalised specifics: places, provider names, algorithms, standards, contacts, deadlines. */
  details: string[];
  evidence: Evidence[];
}

export type Claims = { [K in ClaimId]: ClaimResult<K> };

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'cell' | 'summary' | 'other';

/** One block of page text, with the way back to it in the live page. */
export interface PageBlock {
  text: string;
  kind: BlockKind;
  /** DOM locator (CSS path from <body>) for the live page; absent for text/markdown/pdf sources. */
  locator?: string;
  /** True when the block was hidden (collapsed <details>, accordion, inactive tab). */
  hidden?: boolean;
}

export type SourceKind = 'html' | 'pdf' | 'md' | 'txt';

/** What every reader (DOM, PDF, Markdown, text) produces. */
export interface PageText {
  url: string;
  title: string;
  /** `<html lang>` or front-matter language, as written; '' when unknown. */
  declaredLang: string;
  kind: SourceKind;
  blocks: PageBlock[];
}

export interface Sentence {
  text: string;
  /** Offsets into the analysed text: text === fullText.slice(start, end). */
  start: number;
  end: number;
  /** Block index, when known. */
  block?: number;
  /** Heading of the section the sentence is in (nearest preceding heading block), when known. */
  heading?: string;
}

export type ClaimStatus = 'ok' | 'caution' | 'risk' | 'not_stated';

export interface ClaimScore {
  status: ClaimStatus;
  reason: string;
}

export interface Score {
  grade: 'A' | 'B' | 'C' | 'D' | 'E';
  /** 0–100. */
  points: number;
  /** Claims the page answers (not unknown), out of 12. */
  answered: number;
  profile: string;
  perClaim: Record<ClaimId, ClaimScore>;
  /** The top reasons behind the grade, most important first. */
  reasons: string[];
}

/** SPEC §2 output object. */
export interface Analysis {
  source: string;
  title: string;
  lang: PageLang;
  vendor: string;
  analyzedAt: string;
  claims: Claims;
  score: Score;
  /** Non-fatal remarks about the input (empty page, truncated, not a privacy page…). */
  warnings?: string[];
}

export function unknownClaim<K extends ClaimId>(): ClaimResult<K> {
  return { value: 'unknown' as ClaimValue<K>, details: [], evidence: [] };
}
