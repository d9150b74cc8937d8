import type { PageLang, Sentence } from '../../types';
import type { ClaimContext } from '../context';
import { DATA_LOCATION_VOCAB, type DataLocationVocab } from '../vocab/data-location';
import { TRANSFER_VOCAB } from '../vocab/third-country-transfer';
import { findTerms, hasTerm, vocabFor, type TermHit } from './terms';
import { isNegated, isNegatedAfter } from './negation';
import { placesIn, providersIn } from './context';

/**
 * Where a sentence puts things: EU/EEA places and blocs, places elsewhere, "outside the EU/EEA",
 * "around the world". Shared by data_location and third_country_transfer. Offsets are relative
 * to the sentence.
 */
export type LocationKind = 'eu' | 'other' | 'outside' | 'worldwide';

export interface LocationHit {
  kind: LocationKind;
  /** English name for details: 'Sweden', 'Stockholm', 'EU/EEA', 'outside the EU/EEA', 'worldwide'. */
  name: string;
  start: number;
  end: number;
  adjective: boolean;
  cloudRegion: boolean;
  /** A negation governs it ("not outside the EU", "nicht in den USA"). */
  negated: boolean;
  /** For 'outside' hits made from a place: the place ("Germany" in "outside Germany"). */
  outsideOf?: string;
  /** A bloc (EU, EEA, the Nordics) rather than a country, city or region. */
  bloc?: boolean;
}

const BLOCS = new Set(['EU', 'EEA', 'EU/EEA', 'Nordics']);
const isBloc = (name: string) => BLOCS.has(name);

export const locationVocab = (lang: PageLang): DataLocationVocab => vocabFor(DATA_LOCATION_VOCAB, lang);

const WINDOW = 30;
const CLAUSE_END = /[,;.!?()]/;

/** The text of the clause before `at`, at most WINDOW characters. */
function windowBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < WINDOW && !CLAUSE_END_CHARS.includes(text[s - 1]!)) s--;
  return text.slice(s, at);
}

/** The text of the clause from `at` on, at most WINDOW characters. */
function windowAfter(text: string, at: number): string {
  let e = at;
  const end = Math.min(text.length, at + WINDOW);
  while (e < end && !CLAUSE_END_CHARS.includes(text[e]!)) e++;
  return text.slice(at, e);
}

const CLAUSE_END_CHARS = ',;.!?()';

function blocName(matched: string): string {
  const m = matched.toUpperCase();
  const eu = /\bEU\b|UNION|UNIONEN|UNIONI|EU-|EU:/.test(m);
  const eea = /EEA|EES|EØS|EWR|ETA|ECONOMIC|EKONOMISKA|ØKONOMISK|WIRTSCHAFTSRAUM|TALOUSALUE/.test(m);
  return eu && eea ? 'EU/EEA' : eea ? 'EEA' : 'EU';
}

const memo = new WeakMap<Sentence, readonly Readonly<LocationHit>[]>();

/** Location mentions of a sentence, filtered to those that can be a place of data (memoised per sentence: shared, read-only). */
export function locationsIn(ctx: ClaimContext, s: Sentence): readonly Readonly<LocationHit>[] {
  let out = memo.get(s);
  if (!out) memo.set(s, (out = computeLocations(ctx, s)));
  return out;
}

const triggers = new Map<PageLang, string[]>();

/** Blocs and vague places: with the known places, what a sentence must name to have a location. */
export function locationTrigger(lang: PageLang): string[] {
  let trigger = triggers.get(lang);
  if (!trigger) {
    const v = locationVocab(lang);
    triggers.set(lang, (trigger = [...v.euBloc, ...v.nordic, ...v.thirdCountry, ...v.worldwide]));
  }
  return trigger;
}

function computeLocations(ctx: ClaimContext, s: Sentence): LocationHit[] {
  const v = locationVocab(ctx.lang);
  const text = s.text;
  const places = placesIn(ctx, s);
  if (!places.length && !hasTerm(text, locationTrigger(ctx.lang))) return [];
  const providers = providersIn(ctx, s);
  const insideProvider = (a: number, b: number) => providers.some((p) => a < p.end && b > p.start);
  const raw: LocationHit[] = [];
  const vague = vaguePlaces(v);
  for (const p of places) {
    if (p.place.name === 'Europe' || vague.has(p.matched.toLowerCase())) continue;
    const kind: LocationKind = p.place.zone === 'other' ? 'other' : 'eu';
    raw.push({ kind, name: p.place.name, start: p.start, end: p.end, adjective: p.adjective, cloudRegion: p.place.kind === 'cloud_region', negated: false, bloc: p.place.kind === 'bloc' });
  }
  for (const b of findTerms(text, v.euBloc)) raw.push({ ...hit('eu', blocName(b.matched), b.start, b.end), bloc: true });
  for (const n of findTerms(text, v.nordic)) raw.push({ ...hit('eu', 'Nordics', n.start, n.end), bloc: true });
  for (const t of findTerms(text, v.thirdCountry)) raw.push(hit('outside', 'third countries', t.start, t.end));
  for (const w of findTerms(text, v.worldwide)) raw.push(hit('worldwide', 'worldwide', w.start, w.end));

  // Longest mention wins where mentions overlap ("Sweden Central" over "Sweden", "EU:n" over "EU").
  raw.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: LocationHit[] = [];
  for (const h of raw) {
    const clash = kept.findIndex((k) => h.start < k.end && h.end > k.start);
    if (clash < 0) kept.push(h);
    else if (h.end - h.start > kept[clash]!.end - kept[clash]!.start) kept[clash] = h;
  }
  // "outside the EU/EEA", "außerhalb Deutschlands", "EU:n ulkopuolelle": an EU/EEA place turned inside out.
  const outsideBefore = findTerms(text, v.outsideBefore);
  const outsideAfter = findTerms(text, v.outsideAfter);
  for (const h of kept) {
    if (h.kind !== 'eu' || h.adjective) continue;
    const before = outsideBefore.find((o) => o.end <= h.start && h.start - o.end <= 25 && !CLAUSE_END.test(text.slice(o.end, h.start)));
    const after = outsideAfter.find((o) => o.start >= h.end && o.start - h.end <= 15);
    if (!before && !after) continue;
    h.outsideOf = h.name;
    h.kind = 'outside';
    h.name = h.bloc || isBloc(h.name) ? 'outside the EU/EEA' : `outside ${h.name}`;
    if (before) h.start = before.start;
    if (after) h.end = after.end;
  }
  const hypotheses = findTerms(text, v.hypothetical);
  const out: LocationHit[] = [];
  for (const h of kept) {
    if (h.kind !== 'outside' && insideProvider(h.start, h.end)) continue;
    if (hypotheses.some((x) => x.end <= h.start)) continue;
    if (isCompanyAddress(text, h.start, v.legalForms, providers)) continue;
    if (h.kind !== 'worldwide' && (notLocationBefore(text, h.start, v, ctx.lang) || hasTerm(windowAfter(text, h.end), v.notLocation))) continue;
    if (h.adjective && !startsWithTerm(text.slice(h.end, h.end + 40), v.infraNouns)) continue;
    // "Eine Verarbeitung außerhalb der EU findet nicht statt": the negation may follow an "outside".
    h.negated = isNegated(text, h.start, ctx.lang) || (h.kind === 'outside' && isNegatedAfter(text, h.end, ctx.lang));
    out.push(h);
  }
  return out;
}

const vagueSets = new WeakMap<DataLocationVocab, Set<string>>();

function vaguePlaces(v: DataLocationVocab): Set<string> {
  let out = vagueSets.get(v);
  if (!out) vagueSets.set(v, (out = new Set(v.vaguePlaces.map((x) => x.toLowerCase()))));
  return out;
}

const handlingTerms = new Map<PageLang, string[]>();

/** Verbs of storing, processing or handing over data (one list per language, so its matcher is compiled once). */
function handlingVerbs(lang: PageLang): string[] {
  let out = handlingTerms.get(lang);
  if (!out) handlingTerms.set(lang, (out = [...new Set([...locationVocab(lang).storage, ...vocabFor(TRANSFER_VOCAB, lang).transfer])]));
  return out;
}

/**
 * An office, a law, a company… right before the place makes it no data location ("our offices in
 * Dublin", "a US parent company"). Except a company the data is handed to: "an unsere
 * Muttergesellschaft in den USA übermittelt", "käsitellään emoyhtiön järjestelmissä Yhdysvalloissa"
 * — a handling verb before the company in the sentence, and nothing else of the kind near the place.
 */
function notLocationBefore(text: string, at: number, v: DataLocationVocab, lang: PageLang): boolean {
  const w = windowBefore(text, at);
  const hits = findTerms(w, v.notLocation);
  if (!hits.length) return false;
  if (!hits.every((x) => hasTerm(x.matched, v.recipients))) return true;
  const company = at - w.length + hits[0]!.start;
  const verbs = handlingVerbs(lang);
  if (hasTerm(text.slice(0, company), verbs)) return false;
  // Verb-final German: "Kontaktdaten werden an unsere Muttergesellschaft in den USA übermittelt" — but not
  // the company as the subject ("Unsere Muttergesellschaft in den USA verarbeitet keine Kundendaten").
  const rest = text.slice(at).split(CLAUSE_END)[0] ?? '';
  const wordsBefore = text.slice(0, company).split(/\s+/).filter(Boolean).length;
  return !(wordsBefore >= 2 && hasTerm(rest, verbs));
}

/** "Mollie B.V. (Amsterdam, the Netherlands)", "Freshworks Inc. (San Mateo, USA)": a company's address in parentheses. */
function isCompanyAddress(text: string, at: number, legalForms: readonly string[], providers: readonly { end: number }[]): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  const head = text.slice(Math.max(0, open - 40), open).trimEnd();
  if (providers.some((p) => p.end <= open && open - p.end <= 2)) return true;
  return legalForms.some((f) => head.endsWith(' ' + f) || head.endsWith(',' + f) || head === f);
}

function hit(kind: LocationKind, name: string, start: number, end: number): LocationHit {
  return { kind, name, start, end, adjective: false, cloudRegion: false, negated: false };
}

/** Does one of `terms` start within the first three words of `text` (an adjective's noun)? */
function startsWithTerm(text: string, terms: readonly string[]): boolean {
  const words = text.split(/\s+/).filter(Boolean).slice(0, 3).join(' ');
  const first = findTerms(' ' + words, terms)[0];
  return !!first;
}

/** Storage cues of a sentence: strong ones, or presence verbs with a data / infrastructure noun. */
export function storageCues(text: string, lang: PageLang): TermHit[] {
  const v = locationVocab(lang);
  const strong = findTerms(text, v.storage);
  if (strong.length) return strong;
  // "Customer data stays in Sweden", "sub-processors operate from outside the EU": the data noun is the subject.
  return findTerms(text, v.presence).filter((p) => {
    const before = text.slice(Math.max(0, p.start - 60), p.start).split(/[.;:!?]/).pop() ?? '';
    return hasTerm(before, v.dataNouns);
  });
}

/** True when a modal ("can", "kan", "voi") directly precedes the first storage cue: an option or a hypothesis. */
export function isModalStorage(text: string, cues: readonly TermHit[], lang: PageLang): boolean {
  const v = locationVocab(lang);
  return cues.some((c) => hasTerm(text.slice(Math.max(0, c.start - 14), c.start), v.modals));
}
