import type { PageLang } from '../types';
import { TEXT_PROFILES, textProfile } from './lang';

/** How a word ending in '.' behaves at a possible sentence end. */
/**
 * - `word`: an ordinary word: the '.' ends a sentence before a capital.
 * - `abbr`: never ends a sentence ("t.ex.", "z.B.", "Art.", initials "J.").
 * - `final-abbr`: may end a sentence ("etc.", "osv.", "Ltd."): a break only before a capital.
 * - `number`: "25.", "1.": an ordinal before a month name or a lowercase word.
 */
export type DotKind = 'word' | 'abbr' | 'final-abbr' | 'number';

export interface AbbreviationTable {
  exact: Set<string>;
  lower: Set<string>;
  finalExact: Set<string>;
  finalLower: Set<string>;
  months: Set<string>;
  /** Length of the longest abbreviation: a longer word is none (lower-casing never shortens a word). */
  longest: number;
}

/** Abbreviations understood in every language (English and Latin ones appear everywhere). */
const COMMON_ABBREVIATIONS = ['e.g.', 'i.e.', 'vs.', 'ca.', 'inkl.', 'incl.', 'approx.', 'Nr.', 'No.', 'ff.', 'Art.', 'Dr.'];
const COMMON_FINAL = ['etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.'];

const cache = new Map<PageLang, AbbreviationTable>();

function put(entries: readonly string[], exact: Set<string>, lower: Set<string>): void {
  for (const e of entries) (e === e.toLowerCase() ? lower : exact).add(e);
}

/** The table for a language: its own lists plus the common ones; 'und' gets every language's. */
export function abbreviationTable(lang: PageLang): AbbreviationTable {
  let t = cache.get(lang);
  if (t) return t;
  const profiles = lang === 'und' ? TEXT_PROFILES : [textProfile(lang)].filter((p) => p !== undefined);
  t = { exact: new Set(), lower: new Set(), finalExact: new Set(), finalLower: new Set(), months: new Set(), longest: 0 };
  put(COMMON_ABBREVIATIONS, t.exact, t.lower);
  put(COMMON_FINAL, t.finalExact, t.finalLower);
  for (const p of profiles) {
    put(p.abbreviations, t.exact, t.lower);
    put(p.finalAbbreviations, t.finalExact, t.finalLower);
  }
  // Month names of every language: an ordinal date is never a sentence end, whatever the page language.
  for (const p of TEXT_PROFILES) for (const m of p.months) t.months.add(m);
  for (const set of [t.exact, t.lower, t.finalExact, t.finalLower]) for (const e of set) t.longest = Math.max(t.longest, e.length);
  cache.set(lang, t);
  return t;
}

const DOTTED = /^(?:\p{L}{1,4}\.){2,}$/u;
const SINGLE_LETTER = /^\p{L}\.$/u;
const NUMBER = /^\d{1,3}\.$/;

/** Classifies `word` (which ends with '.'; leading brackets/quotes already stripped). */
export function dotKind(word: string, t: AbbreviationTable): DotKind {
  if (word.length <= t.longest) {
    const lower = word.toLowerCase();
    if (t.finalExact.has(word) || t.finalLower.has(lower)) return 'final-abbr';
    if (t.exact.has(word) || t.lower.has(lower)) return 'abbr';
  }
  // Each pattern is tried only when the word's length and dots allow a match.
  if (word.length <= 4 && NUMBER.test(word)) return 'number';
  if (word.length <= 3 && SINGLE_LETTER.test(word)) return 'abbr';
  const hyphen = word.lastIndexOf('-');
  if (!hasTwoDots(word, hyphen + 1)) return 'word';
  if (DOTTED.test(word)) return 'abbr';
  // "EU-U.S. Data Privacy Framework": a dotted abbreviation ending a hyphenated name is one too.
  if (hyphen > 0 && DOTTED.test(word.slice(hyphen + 1))) return 'abbr';
  return 'word';
}

/** DOTTED needs two dots after `from`. */
function hasTwoDots(word: string, from: number): boolean {
  const first = word.indexOf('.', from);
  return first >= 0 && word.indexOf('.', first + 1) >= 0;
}
