import type { Lang, PageLang } from '../../types';
import { LANGS } from '../../types';

/**
 * Vocabulary entries are plain strings: words or phrases, matched case-insensitively on word
 * boundaries (Unicode-aware). A trailing `*` makes a word a stem ("krypter*" matches
 * "krypterad", "krypteras"; "beskytte* mot" matches "beskytter mot"). A leading `*` lets the first word end a compound ("*överföring*"
 * matches "personuppgiftsöverföringar", "tredjelandsöverföring"): Nordic and German glue nouns.
 * Spaces match any run of whitespace (PDF text breaks lines anywhere).
 * Compiled patterns are linear-time: alternations of literals, no nested quantifiers; a compound
 * prefix is only tried at a word start (the look-behind), so it costs one scan of that word.
 */
const cache = new Map<string, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsSource(words: string): string {
  return words
    .trim()
    .split(/\s+/)
    .map((w) => (w.endsWith('*') && w.length > 1 ? `${escape(w.slice(0, -1))}[\\p{L}\\p{N}-]*` : escape(w)))
    .join('\\s+');
}

/** Alternation of all terms; compound terms share one prefix scan ("[letters]*-?(?:a|b|c)"), not one each. */
function termsSource(terms: readonly string[]): string {
  const byLength = [...terms].sort((a, b) => b.length - a.length);
  const plain = byLength.filter((t) => !(t.startsWith('*') && t.length > 1)).map(wordsSource);
  const compound = byLength.filter((t) => t.startsWith('*') && t.length > 1).map((t) => wordsSource(t.slice(1)));
  if (compound.length) plain.push(`[\\p{L}\\p{N}]*-?(?:${compound.join('|')})`);
  return plain.join('|') || '(?!)';
}

/** Compiled patterns by list identity: vocabularies are built once, so most look-ups never join the list. */
const byList = new WeakMap<readonly string[], RegExp>();

/** One global, case-insensitive RegExp for a list of terms. */
export function termRegex(terms: readonly string[]): RegExp {
  let re = byList.get(terms);
  if (re) {
    re.lastIndex = 0;
    return re;
  }
  const key = terms.join('\u0000');
  re = cache.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${termsSource(terms)})(?![\\p{L}\\p{N}])`, 'giu');
    cache.set(key, re);
  }
  byList.set(terms, re);
  re.lastIndex = 0;
  return re;
}

export interface TermHit {
  start: number;
  end: number;
  matched: string;
}

export function findTerms(text: string, terms: readonly string[]): TermHit[] {
  if (!terms.length) return [];
  const re = termRegex(terms);
  const out: TermHit[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, matched: m[0] });
  return out;
}

export function hasTerm(text: string, terms: readonly string[]): boolean {
  return terms.length > 0 && termRegex(terms).test(text);
}

/** Languages whose vocabulary applies to a page: its own and English; all six when undetermined. */
export function vocabLangs(lang: PageLang): Lang[] {
  if (!(LANGS as readonly string[]).includes(lang)) return [...LANGS];
  return lang === 'en' ? ['en'] : [lang as Lang, 'en'];
}

const merged = new WeakMap<object, Map<PageLang, unknown>>();

/**
 * Merges a per-language vocabulary (`Record<Lang, { key: string[] }>`) for a page language:
 * every list is the union of the page language's list and English (all languages for 'und').
 */
export function vocabFor<V extends { [K in keyof V]: readonly string[] }>(data: Record<Lang, V> & Partial<Record<PageLang, V>>, lang: PageLang): V {
  let byLang = merged.get(data);
  if (!byLang) merged.set(data, (byLang = new Map()));
  const hit = byLang.get(lang);
  if (hit) return hit as V;
  // Dutch / French pages: all six vocabularies plus their own entries when a vocabulary has them.
  const langs: PageLang[] = [...vocabLangs(lang), ...(data[lang] && !(LANGS as readonly string[]).includes(lang) ? [lang] : [])];
  const keys = new Set(langs.flatMap((l) => Object.keys(data[l] ?? {})));
  const out: Record<string, string[]> = {};
  for (const k of keys) out[k] = [...new Set(langs.flatMap((l) => (data[l] as Record<string, readonly string[]> | undefined)?.[k] ?? []))];
  byLang.set(lang, out);
  return out as unknown as V;
}
