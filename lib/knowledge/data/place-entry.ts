import type { Lang } from '../../types';
import type { Place, Zone } from '../types';
import { EU_COUNTRIES, EEA_ONLY_COUNTRIES } from './countries';

/**
 * One place and the words that name it. `names` and `adj` are '|'-separated terms:
 * - `*` at the end: any letters may follow (inflected forms: 'svensk*', 'Ruotsi*').
 * - `+` at the end: German adjective endings ('schwedisch+' → schwedisch/-e/-en/-er/-es/-em).
 * - `=` in front: exact capitalisation only ('=US', '=Polish', '=Bergen').
 * Otherwise a term matches in any capitalisation, at word boundaries, spaces matching any whitespace.
 */
export interface PlaceEntry {
  place: Place;
  names: string;
  adj?: string;
  /** Terms used only for pages in these languages ('Island' is Iceland in sv/no/da/de, not in English). */
  only?: Array<{ langs: Array<Lang | 'nl' | 'fr'>; names?: string; adj?: string }>;
}

export function zoneOf(countryCode: string): Zone {
  if (EU_COUNTRIES.includes(countryCode)) return 'eu';
  if (EEA_ONLY_COUNTRIES.includes(countryCode)) return 'eea';
  return 'other';
}

export function country(code: string, name: string, names: string, adj: string, only?: PlaceEntry['only']): PlaceEntry {
  return { place: { name, kind: 'country', zone: zoneOf(code), country: code }, names, adj, only };
}

export function city(code: string, name: string, names: string): PlaceEntry {
  return { place: { name, kind: 'city', zone: zoneOf(code), country: code }, names };
}

/** A sub-national region (US state, Azure display name…) in one country. */
export function region(code: string, name: string, names: string): PlaceEntry {
  return { place: { name, kind: 'region', zone: zoneOf(code), country: code }, names };
}

/** A cloud provider's region code; `names` lists the codes and display names that mean it. */
export function cloudRegion(code: string, name: string, names: string): PlaceEntry {
  return { place: { name, kind: 'cloud_region', zone: zoneOf(code), country: code }, names };
}
