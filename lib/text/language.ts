import type { PageLang } from '../types';
import { DECLARED_LANG, TEXT_PROFILES } from './lang';
import { HASH_SEED, SpanCache, hashUnit } from './span-cache';

/**
 * Language of a page. A declared language (`<html lang>`, front matter) wins when it is one we know;
 * otherwise the text decides, scored against each language's stop words, suffixes and letters
 * (data in ./lang). A word shared by k languages scores 1/k for each, so words unique to one
 * language (sv 'och', no 'våre'/'å', da 'vores'/'af') separate close languages.
 */
export function detectLanguage(text: string, declared?: string): PageLang {
  const fromDeclared = declaredLanguage(declared);
  if (fromDeclared) return overruleWrongDeclaration(text, fromDeclared);
  return detectFromText(text);
}

/**
 * Site templates often declare `lang="en"` on pages written in Swedish or German. The declaration
 * stands unless the text is long enough and clearly in another language (twice the score).
 */
const OVERRULE_MIN_WORDS = 40;
function overruleWrongDeclaration(text: string, declared: PageLang): PageLang {
  const read = languageScores(text);
  if (read.words < OVERRULE_MIN_WORDS) return declared;
  const detected = detectFromScores(read);
  if (detected === 'und' || detected === declared) return declared;
  const d = read.scores.get(declared as Lang) ?? 0;
  const t = read.scores.get(detected as Lang) ?? 0;
  return t >= 2 * d && t >= 10 ? detected : declared;
}

/** Maps 'nb-NO', 'sv_SE', 'No', 'Deutsch'… to a PageLang; undefined when unknown or empty. */
export function declaredLanguage(declared: string | undefined): PageLang | undefined {
  const d = (declared ?? '').trim().toLowerCase();
  if (!d) return undefined;
  const known = (k: string) => (Object.hasOwn(DECLARED_LANG, k) ? DECLARED_LANG[k] : undefined);
  return known(d) ?? known(d.split(/[-_]/)[0] ?? '');
}

/** Only the first part of a huge text is read: a page's language shows long before 200 000 chars. */
const SAMPLE_CHARS = 200_000;
const MIN_WORDS = 3;
const MIN_SCORE = 1;
const SUFFIX_WEIGHT = 0.25;
const LETTER_WEIGHT = 0.3;
/**
 * English boilerplate (cookie banners, nav, code, quoted vendor text) is common on other-language
 * pages; the reverse is rare. So a non-English language with at least this share of the English
 * score, and a score of its own, wins over English.
 */
const NON_EN_SHARE = 0.35;
const NON_EN_MIN = 4;

type Lang = Exclude<PageLang, 'und'>;
type Weights = Map<string, Array<[Lang, number]>>;

interface Index {
  words: Weights;
  suffixes: Weights;
  letters: Weights;
  maxSuffix: number;
}

let index: Index | undefined;

function buildWeights(lists: Array<[Lang, readonly string[]]>, weight: number): Weights {
  const owners = new Map<string, Set<Lang>>();
  for (const [lang, items] of lists) {
    for (const item of items) {
      let s = owners.get(item);
      if (!s) owners.set(item, (s = new Set()));
      s.add(lang);
    }
  }
  const out: Weights = new Map();
  for (const [item, langs] of owners) out.set(item, [...langs].map((l) => [l, weight / langs.size]));
  return out;
}

function getIndex(): Index {
  if (!index) {
    const suffixLists = TEXT_PROFILES.map((p) => [p.lang, p.suffixes] as [Lang, readonly string[]]);
    index = {
      words: buildWeights(TEXT_PROFILES.map((p) => [p.lang, p.stopwords]), 1),
      suffixes: buildWeights(suffixLists, SUFFIX_WEIGHT),
      letters: buildWeights(TEXT_PROFILES.map((p) => [p.lang, [...p.letters]]), LETTER_WEIGHT),
      maxSuffix: Math.max(...suffixLists.flatMap(([, s]) => s.map((x) => x.length))),
    };
  }
  return index;
}

export interface LanguageScores {
  scores: Map<Lang, number>;
  /** Words read. */
  words: number;
}

/** Score hits of one word as read (its stop word, its suffixes, its letters), in that order. */
type WordHits = ReadonlyArray<[Lang, number]>;
/** Distinct words remembered (a page has a few thousand); cleared when full. */
const MAX_WORDS = 50_000;

function hitsOf(word: string): WordHits {
  const { words, suffixes, letters, maxSuffix } = getIndex();
  const out: Array<[Lang, number]> = [];
  const add = (h: Array<[Lang, number]> | undefined) => {
    if (h) out.push(...h);
  };
  const w = word.toLowerCase();
  add(words.get(w));
  if (w.length >= 5) {
    for (let n = Math.min(maxSuffix, w.length - 3); n >= 2; n--) add(suffixes.get(w.slice(-n)));
  }
  let seen = '';
  for (const ch of w) {
    if (ch > '\u007f' && !seen.includes(ch)) {
      seen += ch;
      add(letters.get(ch));
    }
  }
  return out;
}

/**
 * Per-language scores of a text (exported for tests and diagnostics). Each word's hits are
 * worked out once per distinct word and added in reading order (the same sums, so the same
 * floating-point results, as adding them word by word).
 */
export function languageScores(text: string): LanguageScores {
  const sums = new Float64Array(LANG_ORDER.length);
  /** Languages in the order they first scored: ties go to the first (see detectFromScores). */
  const order: number[] = [];
  const end = Math.min(text.length, SAMPLE_CHARS);
  let count = 0;
  let i = 0;
  while (i < end) {
    let units = letterUnitsAt(text, i, end);
    if (units === 0) {
      i += unitsAt(text, i, end);
      continue;
    }
    const start = i;
    let hash = HASH_SEED;
    do {
      hash = hashUnit(hash, text.charCodeAt(i));
      if (units === 2) hash = hashUnit(hash, text.charCodeAt(i + 1));
      i += units;
    } while (i < end && (units = letterUnitsAt(text, i, end)) !== 0);
    count++;
    const hits = indexedHitsOf(text, start, i, hash);
    for (let h = 0; h < hits.length; h += 2) {
      const k = hits[h]!;
      if (sums[k] === 0 && !order.includes(k)) order.push(k);
      sums[k] = sums[k]! + hits[h + 1]!;
    }
  }
  const scores = new Map<Lang, number>();
  for (const k of order) scores.set(LANG_ORDER[k]!, sums[k]!);
  return { scores, words: count };
}

/** `hitsOf` as flat [language index, weight, …] pairs, remembered per word. */
const indexedHits = new SpanCache<number[]>(MAX_WORDS);

function indexedHitsOf(text: string, start: number, end: number, hash: number): number[] {
  let flat = indexedHits.get(text, start, end, hash);
  if (flat) return flat;
  const word = text.slice(start, end);
  flat = hitsOf(word).flatMap(([l, w]) => [LANG_INDEX.get(l)!, w]);
  indexedHits.set(word, hash, flat);
  return flat;
}

const LANG_ORDER: Lang[] = TEXT_PROFILES.map((p) => p.lang);
const LANG_INDEX = new Map(LANG_ORDER.map((l, k) => [l, k] as const));
const LETTER = /\p{L}/u;
/** Per UTF-16 code unit: 0 unknown, else a *_KIND (astral code points are tested each time). */
const letterKinds = new Uint8Array(65536);

/** Code units of the code point at `i` (a surrogate pair counts as one, as in a `u` regex). */
function unitsAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const LETTER_KIND = 1;
const OTHER_KIND = 2;
/** A high surrogate: the pair decides. */
const PAIR_KIND = 3;

/** Code units of the letter at `i` (1, or 2 for an astral letter), 0 when no letter starts there. */
function letterUnitsAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  const k = letterKinds[c] || learnKind(c);
  if (k === LETTER_KIND) return 1;
  if (k === OTHER_KIND) return 0;
  return unitsAt(text, i, end) === 2 && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
}

function learnKind(c: number): number {
  const k = c >= 0xd800 && c <= 0xdbff ? PAIR_KIND : LETTER.test(String.fromCharCode(c)) ? LETTER_KIND : OTHER_KIND;
  letterKinds[c] = k;
  return k;
}

function detectFromText(text: string): PageLang {
  return detectFromScores(languageScores(text));
}

function detectFromScores({ scores, words }: LanguageScores): PageLang {
  if (words < MIN_WORDS) return 'und';
  let best: Lang | undefined;
  let bestScore = 0;
  let bestOther: Lang | undefined;
  let bestOtherScore = 0;
  for (const [lang, s] of scores) {
    if (s > bestScore) [best, bestScore] = [lang, s];
    if (lang !== 'en' && s > bestOtherScore) [bestOther, bestOtherScore] = [lang, s];
  }
  if (!best || bestScore < MIN_SCORE) return 'und';
  if (best === 'en' && bestOther && bestOtherScore >= NON_EN_MIN && bestOtherScore >= NON_EN_SHARE * bestScore) {
    return bestOther;
  }
  return best;
}
