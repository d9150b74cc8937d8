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
}

export interface PlaceMatch {
  place: Place;
  start: number;
  end: number;
  matched: string;
  /** True when matched through an adjective ('svensk', 'deutsche') rather than a name. */
  adjective: boolean;
}
