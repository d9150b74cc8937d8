import type { Lang, PageLang } from '../../types';
import { LANGS } from '../../types';

/**
 * Vocabulary entries are plain strings: words or phrases, matched case-insensitively on word
 * boundaries (Unicode-aware). A trailing `*` makes the last word a stem ("krypter*" matches
 * "krypterad", "krypteras"). A leading `*` lets the first word end a compound ("*överföring*"
 * matches "personuppgiftsöverföringar", "tredjelandsöverföring"): Nordic and German glue nouns.
 * Spaces match any run of whitespace (PDF text breaks lines anywhere).
 * Compiled patterns are linear-time: alternations of literals, no nested quantifiers; a compound
 * prefix is only tried at a word start (the look-behind), so it costs one scan of that word.
 */
const cache = new Map<string, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termSource(term: string): string {
  const stem = term.endsWith('*');
  const compound = term.startsWith('*') && term.length > 1;
  const core = term.slice(compound ? 1 : 0, stem ? -1 : undefined);
  const body = core
    .trim()
    .split(/\s+/)
    .map(escape)
    .join('\\s+');
  return `${compound ? '[\\p{L}\\p{N}]*-?' : ''}${body}${stem ? '[\\p{L}\\p{N}-]*' : ''}`;
}

/** One global, case-insensitive RegExp for a list of terms. */
export function termRegex(terms: readonly string[]): RegExp {
  const key = terms.join('\u0000');
  let re = cache.get(key);
  if (!re) {
    const alts = [...terms].sort((a, b) => b.length - a.length).map(termSource);
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'giu');
    cache.set(key, re);
  }
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
export function vocabFor<V extends Record<string, readonly string[]>>(data: Record<Lang, V>, lang: PageLang): V {
  let byLang = merged.get(data);
  if (!byLang) merged.set(data, (byLang = new Map()));
  const hit = byLang.get(lang);
  if (hit) return hit as V;
  const langs = vocabLangs(lang);
  const keys = new Set(langs.flatMap((l) => Object.keys(data[l])));
  const out: Record<string, string[]> = {};
  for (const k of keys) out[k] = [...new Set(langs.flatMap((l) => data[l][k] ?? []))];
  byLang.set(lang, out);
  return out as unknown as V;
}
