import type { PageLang } from '../types';
import { DECLARED_LANG, TEXT_PROFILES } from './lang';

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
  const { scores, words } = languageScores(text);
  if (words < OVERRULE_MIN_WORDS) return declared;
  const detected = detectFromText(text);
  if (detected === 'und' || detected === declared) return declared;
  const d = scores.get(declared as Lang) ?? 0;
  const t = scores.get(detected as Lang) ?? 0;
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

/** Per-language scores of a text (exported for tests and diagnostics). */
export function languageScores(text: string): LanguageScores {
  const { words, suffixes, letters, maxSuffix } = getIndex();
  const scores = new Map<Lang, number>();
  const add = (hits: Array<[Lang, number]> | undefined) => {
    if (hits) for (const [l, w] of hits) scores.set(l, (scores.get(l) ?? 0) + w);
  };
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const re = /\p{L}+/gu;
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = re.exec(sample))) {
    const w = m[0].toLowerCase();
    count++;
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
  }
  return { scores, words: count };
}

function detectFromText(text: string): PageLang {
  const { scores, words } = languageScores(text);
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
