import type { Lang, PageLang, Sentence } from '../../types';
import { LANGS } from '../../types';
import type { ClaimContext } from '../context';
import type { TermHit } from './terms';
import { mechanismsFor, type LangMechanisms } from '../lang';

/** The vocabulary languages to use for a page: its own language plus English, or all of them when undetermined. */
export function vocabLangs(lang: PageLang): Lang[] {
  if (!(LANGS as readonly string[]).includes(lang)) return [...LANGS];
  return lang === 'en' ? ['en'] : [lang as Lang, 'en'];
}

const merged = new WeakMap<object, Map<PageLang, unknown>>();

/** Merges a per-language vocabulary (every field a string list) for a page language. Memoised: same lists every call. */
export function pickVocab<V extends { [K in keyof V]: readonly string[] }>(vocab: Record<Lang, V>, lang: PageLang): { [K in keyof V]: string[] } {
  let byLang = merged.get(vocab);
  if (!byLang) merged.set(vocab, (byLang = new Map()));
  const hit = byLang.get(lang);
  if (hit) return hit as { [K in keyof V]: string[] };
  const langs = vocabLangs(lang);
  const out = {} as { [K in keyof V]: string[] };
  for (const key of Object.keys(vocab.en) as (keyof V)[]) {
    out[key] = [...new Set(langs.flatMap((l) => [...(vocab[l][key] ?? [])]))];
  }
  byLang.set(lang, out);
  return out;
}

const compiled = new WeakMap<readonly string[], RegExp>();

/** Letters of the six languages (Latin-1 + Latin Extended-A) and digits. */
const W = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

function escape(x: string): string {
  return x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The syntax of mechanisms/terms ("stem*", "*compound", spaces = any whitespace) without the `u` flag. */
function termSource(term: string): string {
  const compound = term.startsWith('*') && term.length > 1;
  const words = (compound ? term.slice(1) : term).trim().split(/\s+/);
  const body = words.map((w) => (w.endsWith('*') && w.length > 1 ? `${escape(w.slice(0, -1))}[${W}-]*` : escape(w))).join('\\s+');
  return `${compound ? `[${W}]*-?` : ''}${body}`;
}

/**
 * One pattern per list, cached by the list's identity. Unicode property classes (`\p{L}`) in a
 * long alternation make V8 compile for hundreds of milliseconds; a Latin letter range is enough
 * for en/sv/no/da/de/fi and compiles in a fraction of that. Matching stays linear.
 */
export function compileTerms(terms: readonly string[]): RegExp {
  let re = compiled.get(terms);
  if (!re) {
    const alts = [...terms].sort((a, b) => b.length - a.length).map(termSource);
    re = new RegExp(`(?<![${W}])(?:${alts.join('|') || '(?!)'})(?![${W}])`, 'gi');
    compiled.set(terms, re);
  }
  re.lastIndex = 0;
  return re;
}

function regexFor(terms: readonly string[]): RegExp {
  return compileTerms(terms);
}

/** `findTerms` of mechanisms/terms, fast for the memoised lists of `pickVocab`. */
export function findTerms(text: string, terms: readonly string[]): TermHit[] {
  if (!terms.length) return [];
  const out: TermHit[] = [];
  for (const m of text.matchAll(regexFor(terms))) out.push({ start: m.index, end: m.index + m[0].length, matched: m[0] });
  return out;
}

export function hasTerm(text: string, terms: readonly string[]): boolean {
  return terms.length > 0 && regexFor(terms).test(text);
}

const joined = new WeakMap<readonly string[], WeakMap<readonly string[], string[]>>();

/** `[...a, ...b]`, the same array every time (so its pattern is compiled once). */
export function both(a: readonly string[], b: readonly string[]): string[] {
  let inner = joined.get(a);
  if (!inner) joined.set(a, (inner = new WeakMap()));
  let out = inner.get(b);
  if (!out) inner.set(b, (out = [...a, ...b]));
  return out;
}

/**
 * A sentence prepared for matching. Vocabulary is matched on the raw `s.text` (term patterns accept any
 * whitespace run, so PDF line breaks do not matter), which keeps offsets and quotes exact.
 */
export interface ScanSentence {
  s: Sentence;
  index: number;
  /** The sentence is a question (FAQ titles, "Do you encrypt data?"): it states nothing. */
  question: boolean;
}

const cache = new WeakMap<Sentence[], ScanSentence[]>();

export function scanSentences(ctx: ClaimContext): ScanSentence[] {
  let out = cache.get(ctx.sentences);
  if (!out) {
    out = ctx.sentences.map((s, index) => ({ s, index, question: /\?\s*["”»)]?\s*$/.test(s.text) }));
    cache.set(ctx.sentences, out);
  }
  return out;
}

/** Replaces each hit of `re` with spaces of the same length, so offsets stay valid. */
export function maskMatches(text: string, re: RegExp): string {
  re.lastIndex = 0;
  return text.replace(re, (m) => ' '.repeat(m.length));
}

const mechs = new Map<PageLang, LangMechanisms>();

/** `mechanismsFor`, memoised so its word lists keep their identity (and compiled patterns). */
export function mechanismsOf(lang: PageLang): LangMechanisms {
  let m = mechs.get(lang);
  if (!m) {
    m = mechanismsFor(lang);
    // On Dutch / French pages Finnish "en", "et", "ei" are "and" / "egg", not negations.
    if (lang === 'nl' || lang === 'fr') m = { ...m, negation: m.negation.filter((w) => !FOREIGN_SHORT.has(w)) };
    mechs.set(lang, m);
  }
  return m;
}

const FOREIGN_SHORT = new Set(['en', 'et', 'ei']);
