import type { Place, PlaceMatch } from './types';
import type { PageLang } from '../types';
/** STUB — replaced by the knowledge helper. */
export const PLACES: Place[] = [{ name: 'Sweden', kind: 'country', zone: 'eu', country: 'SE' }];
export function findPlaces(text: string, _lang?: PageLang): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const m of text.matchAll(/\bSverige\b/g)) out.push({ place: PLACES[0]!, start: m.index, end: m.index + m[0].length, matched: m[0], adjective: false });
  return out;
}
