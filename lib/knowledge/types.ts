export type ProviderCategory =
  | 'hosting' | 'cdn' | 'email' | 'payment' | 'support' | 'analytics' | 'crm' | 'identity' | 'ai'
  | 'storage' | 'communication' | 'monitoring' | 'security' | 'marketing' | 'productivity' | 'other';

/** A company SaaS vendors name as host or sub-processor. */
export interface Provider {
  /** Stable id, kebab-case: 'aws', 'microsoft-azure', 'hetzner'. */
  id: string;
  /** Display name: 'Amazon Web Services'. */
  name: string;
  /** Short names and product names that identify it in text: 'AWS', 'Amazon S3'. */
  aliases: string[];
  /** Legal entities: 'Amazon Web Services EU SARL', 'Microsoft Ireland Operations Ltd'. */
  entities: string[];
  /** Registrable domains the provider publishes from (for recognising the vendor itself). */
  domains: string[];
  /** Ultimate parent company. */
  parent: string;
  /** ISO 3166-1 alpha-2 country of the ultimate parent: 'US', 'DE', 'SE'. */
  parentCountry: string;
  categories: ProviderCategory[];
  /** Public source for the ownership fact (URL). */
  source: string;
  /**
   * Aliases that are also ordinary words ('Box', 'Front', 'Notion'): matched only as written
   * (capitalised) and never at the start of a sentence, line or bullet.
   */
  strictAliases?: string[];
  /** Aliases matched case-sensitively anywhere (brand names that are words when lower-case: 'Stripe'). */
  casedAliases?: string[];
  /** Country of the operating company when it differs from the parent's (Mailgun: parent SE, operator US). */
  hqCountry?: string;
  /** Caveat about the ownership fact (private-equity owner, recent acquisition…). */
  note?: string;
}

export interface ProviderMatch {
  provider: Provider;
  /** Offsets into the searched text. */
  start: number;
  end: number;
  matched: string;
}

export type Zone = 'eu' | 'eea' | 'other';

export interface Place {
  /** Canonical English name: 'Sweden', 'Stockholm', 'eu-north-1'. */
  name: string;
  kind: 'country' | 'city' | 'region' | 'cloud_region' | 'bloc';
  /** 'eu' for EU members and the EU itself, 'eea' for Norway/Iceland/Liechtenstein and "EEA", 'other'. */
  zone: Zone;
  /** ISO country code when the place is in one country. */
  country?: string;
  /** "Europe"/"Europa": geographic Europe, which is not the same as the EU/EEA (Switzerland, UK, Serbia…). */
  ambiguousEurope?: boolean;
}

export interface PlaceMatch {
  place: Place;
  start: number;
  end: number;
  matched: string;
  /** True when matched through an adjective ('svensk', 'deutsche') rather than a name. */
  adjective: boolean;
}
