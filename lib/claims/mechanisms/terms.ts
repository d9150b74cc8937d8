import type { Lang, PageLang } from '../../types';
import { LANGS } from '../../types';

/**
 * Vocabulary entries are plain strings: words or phrases, matched case-insensitively on word
 * boundaries (Unicode-aware). A trailing `*` makes a word a stem ("krypter*" matches
 * "krypterad", "krypteras"; "beskytte* mot" matches "beskytter mot"). A leading `*` lets the first word end a compound ("*överföring*"
 * matches "personuppgiftsöverföringar", "tredjelandsöverföring"): Nordic and German glue nouns.
 * Spaces match any run of whitespace (PDF text breaks lines anywhere).
 * Term lists are compiled once per list (./term-scan) and matched in linear time.
 */
import { findIn, hasIn, termSet, type TermHit } from './term-scan';

export type { TermHit };

/** Every match of one of `terms` in `text`, left to right, not overlapping (see ./term-scan for the syntax). */
export function findTerms(text: string, terms: readonly string[]): TermHit[] {
  if (!terms.length) return [];
  return findIn(text, termSet(terms));
}

export function hasTerm(text: string, terms: readonly string[]): boolean {
  return terms.length > 0 && hasIn(text, termSet(terms));
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
