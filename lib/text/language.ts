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
const OVERRULE_FACTOR = 2;
const OVERRULE_MIN_SCORE = 10;
function overruleWrongDeclaration(text: string, declared: PageLang): PageLang {
  const declaredK = LANG_INDEX.get(declared as Lang) ?? -1;
  const read = tally(text, declaredK);
  if (read.settled || read.words < OVERRULE_MIN_WORDS) return declared;
  const detected = detectFromTally(read);
  if (detected === 'und' || detected === declared) return declared;
  const d = declaredK < 0 ? 0 : read.sums[declaredK]!;
  const t = read.sums[LANG_INDEX.get(detected)!]!;
  return t >= OVERRULE_FACTOR * d && t >= OVERRULE_MIN_SCORE ? detected : declared;
}

/**
 * True when no other language can reach the overrule scores by the end of the text, whatever the
 * `remaining` code units hold: scores only grow, and the rest can add at most `mostPerUnit` a unit.
 */
function declarationStands(sums: Float64Array, declaredK: number, remaining: number): boolean {
  const needed = Math.max(OVERRULE_FACTOR * sums[declaredK]!, OVERRULE_MIN_SCORE);
  const { mostPerUnit } = getIndex();
  for (let k = 0; k < sums.length; k++) {
    if (k !== declaredK && (sums[k]! + mostPerUnit[k]! * remaining) * ROUNDING_SLACK >= needed) return false;
  }
  return true;
}

/** Covers the rounding of the floating-point sums (relative error far below 1e-6 for 200 000 chars). */
const ROUNDING_SLACK = 1.001;
/** How often (in code units read) a declared page checks whether its declaration stands. */
const STANDS_CHECK_UNITS = 128;

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
const WORD_WEIGHT = 1;
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
  /** Per language index: the most one code unit of text can add to its score (see mostPerUnit). */
  mostPerUnit: Float64Array;
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
    const words = buildWeights(TEXT_PROFILES.map((p) => [p.lang, p.stopwords]), WORD_WEIGHT);
    const suffixes = buildWeights(suffixLists, SUFFIX_WEIGHT);
    const letters = buildWeights(TEXT_PROFILES.map((p) => [p.lang, [...p.letters]]), LETTER_WEIGHT);
    const maxSuffix = Math.max(...suffixLists.flatMap(([, s]) => s.map((x) => x.length)));
    const partial = { words, suffixes, letters, maxSuffix };
    index = { ...partial, mostPerUnit: mostPerUnit(partial) };
  }
  return index;
}

/**
 * Per language index, the most a word can add to the language's score (`hitsOf`) per code unit it
 * takes in the text: its own units and the non-letter before it. A word of u units lower-cases to
 * at most 2u units (only 'İ' grows); at length n it can score a stop word, the best suffix of each
 * length `hitsOf` tries at that length, and n distinct letters. (Plain loops: this runs cold.)
 */
function mostPerUnit({ suffixes, letters, maxSuffix }: Omit<Index, 'mostPerUnit'>): Float64Array {
  const bestSuffix = LANG_ORDER.map(() => new Float64Array(maxSuffix + 1));
  suffixes.forEach((hits, suffix) => {
    for (let h = 0; h < hits.length; h++) {
      const row = bestSuffix[LANG_INDEX.get(hits[h]![0])!]!;
      row[suffix.length] = Math.max(row[suffix.length]!, hits[h]![1]);
    }
  });
  const letterWeights = LANG_ORDER.map((): number[] => []);
  letters.forEach((hits) => {
    for (let h = 0; h < hits.length; h++) letterWeights[LANG_INDEX.get(hits[h]![0])!]!.push(hits[h]![1]);
  });
  const out = new Float64Array(LANG_ORDER.length);
  for (let k = 0; k < out.length; k++) {
    const letterBest = letterWeights[k]!.sort((a, b) => b - a);
    let suffixSum = 0;
    let letterSum = 0;
    for (let units = 1; ; units++) {
      // Lengths 2u-1 and 2u add the suffix lengths 2u-4, 2u-3 and two more letters.
      for (let m = Math.max(2, 2 * units - 4); m <= Math.min(maxSuffix, 2 * units - 3); m++) suffixSum += bestSuffix[k]![m]!;
      for (let l = 2 * units - 2; l < Math.min(2 * units, letterBest.length); l++) letterSum += letterBest[l]!;
      out[k] = Math.max(out[k]!, (WORD_WEIGHT + suffixSum + letterSum) / (units + 1));
      // Longer words score no more: the ratio only falls from here.
      if (2 * units >= maxSuffix + 3 && 2 * units >= letterBest.length) break;
    }
  }
  return out;
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

/** Per-language scores of a text (exported for tests and diagnostics). */
export function languageScores(text: string): LanguageScores {
  const { sums, order, words } = tally(text, -1);
  const scores = new Map<Lang, number>();
  for (const k of order) scores.set(LANG_ORDER[k]!, sums[k]!);
  return { scores, words };
}

interface Tally {
  /** Score per language index. */
  sums: Float64Array;
  /** Language indexes in the order they first scored: ties go to the first (see detectFromTally). */
  order: number[];
  /** Words read. */
  words: number;
  /** Stopped before the end: the declared language provably stands (`declarationStands`). */
  settled: boolean;
}

/**
 * Scores of a text, read word by word. Each word's hits are worked out once per distinct word and
 * added in reading order (the same sums, so the same floating-point results, as adding them word
 * by word). With a declared language (index ≥ 0) the reading stops once the declaration stands.
 */
function tally(text: string, declaredK: number): Tally {
  const sums = new Float64Array(LANG_ORDER.length);
  const order: number[] = [];
  const end = Math.min(text.length, SAMPLE_CHARS);
  let nextCheck = declaredK < 0 ? Infinity : STANDS_CHECK_UNITS;
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
    let at = wordHits.get(text, start, i, hash);
    if (at < 0) at = rememberHits(text, start, i, hash);
    for (let h = at + 1, to = h + hitPool[at]!; h < to; h++) {
      const code = hitPool[h]!;
      const k = code & LANG_MASK;
      if (sums[k] === 0 && !order.includes(k)) order.push(k);
      sums[k] = sums[k]! + hitWeights[code >> LANG_BITS]!;
    }
    if (i >= nextCheck) {
      if (declarationStands(sums, declaredK, end - i)) return { sums, order, words: count, settled: true };
      nextCheck = i + STANDS_CHECK_UNITS;
    }
  }
  return { sums, order, words: count, settled: false };
}

/** Where each remembered word's hits start in `hitPool`. */
const wordHits = new SpanCache(MAX_WORDS);
/**
 * `hitsOf` of every remembered word: at a word's offset its hit count n, then n hit codes
 * (language index | index of the weight in `hitWeights` << LANG_BITS). Small integers in one
 * typed array: a word's hits are one memory read away from its cache entry.
 */
let hitPool = new Int32Array(2048);
let hitPoolUsed = 0;
const hitWeights: number[] = [];

function rememberHits(text: string, start: number, end: number, hash: number): number {
  if (wordHits.full) {
    wordHits.clear();
    hitPoolUsed = 0;
  }
  const hits = hitsOf(text.slice(start, end));
  const at = hitPoolUsed;
  if (at + 1 + hits.length > hitPool.length) {
    const next = new Int32Array(Math.max(2 * hitPool.length, at + 1 + hits.length));
    next.set(hitPool.subarray(0, at));
    hitPool = next;
  }
  hitPool[at] = hits.length;
  hits.forEach(([lang, weight], h) => (hitPool[at + 1 + h] = LANG_INDEX.get(lang)! | (weightIndex(weight) << LANG_BITS)));
  hitPoolUsed = at + 1 + hits.length;
  wordHits.set(text, start, end, hash, at);
  return at;
}

function weightIndex(weight: number): number {
  const w = hitWeights.indexOf(weight);
  return w >= 0 ? w : hitWeights.push(weight) - 1;
}

const LANG_ORDER: Lang[] = TEXT_PROFILES.map((p) => p.lang);
const LANG_INDEX = new Map(LANG_ORDER.map((l, k) => [l, k] as const));
const LANG_BITS = Math.max(1, Math.ceil(Math.log2(LANG_ORDER.length)));
const LANG_MASK = (1 << LANG_BITS) - 1;
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
  return detectFromTally(tally(text, -1));
}

function detectFromTally({ sums, order, words }: Tally): PageLang {
  if (words < MIN_WORDS) return 'und';
  let best: Lang | undefined;
  let bestScore = 0;
  let bestOther: Lang | undefined;
  let bestOtherScore = 0;
  for (const k of order) {
    const lang = LANG_ORDER[k]!;
    const s = sums[k]!;
    if (s > bestScore) [best, bestScore] = [lang, s];
    if (lang !== 'en' && s > bestOtherScore) [bestOther, bestOtherScore] = [lang, s];
  }
  if (!best || bestScore < MIN_SCORE) return 'und';
  if (best === 'en' && bestOther && bestOtherScore >= NON_EN_MIN && bestOtherScore >= NON_EN_SHARE * bestScore) {
    return bestOther;
  }
  return best;
}
