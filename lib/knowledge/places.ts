import type { Place, PlaceMatch } from './types';
import type { PageLang } from '../types';
import { PLACE_DATA, NOT_A_PLACE } from './data/places-data';
import type { PlaceEntry } from './data/place-entry';
import { GERMAN_ADJECTIVE_ENDINGS } from './data/inflections';
import { TermMatcher, type Term } from './term-matcher';

export { zoneOf } from './data/place-entry';
export { EU_COUNTRIES, EEA_ONLY_COUNTRIES } from './data/countries';

export const PLACES: Place[] = PLACE_DATA.map((e) => e.place);

/** What a matched term stands for; null for phrases that only look like places ("EU-US"). */
type PlaceHit = { place: Place; adjective: boolean } | null;

/** Parses the '|'-separated term syntax of place-entry.ts. */
export function parsePlaceTerms(list: string | undefined, value: PlaceHit): Term<PlaceHit>[] {
  if (!list) return [];
  return list.split('|').filter(Boolean).flatMap((raw) => {
    let text = raw;
    const caseSensitive = text.startsWith('=');
    if (caseSensitive) text = text.slice(1);
    if (text.endsWith('+')) {
      const base = text.slice(0, -1);
      return GERMAN_ADJECTIVE_ENDINGS.map((e) => ({ text: base + e, value, caseSensitive }));
    }
    const stem = text.endsWith('*');
    if (stem) text = text.slice(0, -1);
    return [{ text, value, caseSensitive, stem }];
  });
}

function entryTerms(e: PlaceEntry, lang: PageLang | undefined): Term<PlaceHit>[] {
  const name = { place: e.place, adjective: false };
  const adj = { place: e.place, adjective: true };
  const terms = [...parsePlaceTerms(e.names, name), ...parsePlaceTerms(e.adj, adj)];
  for (const o of e.only ?? []) {
    // Without a known language every term is used.
    if (lang && lang !== 'und' && !o.langs.includes(lang as never)) continue;
    terms.push(...parsePlaceTerms(o.names, name), ...parsePlaceTerms(o.adj, adj));
  }
  return terms;
}

const matchers = new Map<string, TermMatcher<PlaceHit>>();

function matcherFor(lang: PageLang | undefined): TermMatcher<PlaceHit> {
  const key = lang ?? 'und';
  let m = matchers.get(key);
  if (!m) {
    const terms = PLACE_DATA.flatMap((e) => entryTerms(e, lang));
    terms.push(...NOT_A_PLACE.flatMap((t) => parsePlaceTerms(t, null)));
    m = new TermMatcher(terms, { skipDomainParts: true });
    matchers.set(key, m);
  }
  return m;
}

/** Every place mention (country, adjective, city, cloud region, EU/EEA), longest first, sorted by start. `starts`: `wordStarts(text)`, if the caller has it. */
export function findPlaces(text: string, lang?: PageLang, starts?: readonly number[]): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const h of matcherFor(lang).find(text, starts)) {
    if (h.value) out.push({ place: h.value.place, start: h.start, end: h.end, matched: h.matched, adjective: h.value.adjective });
  }
  return out;
}
