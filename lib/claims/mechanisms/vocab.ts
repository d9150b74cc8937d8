import type { Lang, PageLang, Sentence } from '../../types';
import { LANGS } from '../../types';
import type { ClaimContext } from '../context';
import { findTerms, vocabFor, type TermHit } from './terms';
import { mechanismsFor, type LangMechanisms } from '../lang';

/** The vocabulary languages to use for a page: its own language plus English, or all of them when undetermined. */
export function vocabLangs(lang: PageLang): Lang[] {
  if (!(LANGS as readonly string[]).includes(lang)) return [...LANGS];
  return lang === 'en' ? ['en'] : [lang as Lang, 'en'];
}

/**
 * Merges a per-language vocabulary (every field a string list) for a page language: the page's own
 * language plus English; Dutch / French pages get all six plus their own entries when the vocabulary
 * has them (see `vocabFor`). Memoised: same lists every call.
 */
export function pickVocab<V extends { [K in keyof V]: readonly string[] }>(vocab: Record<Lang, V> & Partial<Record<PageLang, V>>, lang: PageLang): { [K in keyof V]: string[] } {
  return vocabFor(vocab, lang) as unknown as { [K in keyof V]: string[] };
}

/** The shared matcher of mechanisms/terms ("stem*", "*compound", spaces = any whitespace), cached per list. */
export { findTerms, hasTerm } from './terms';

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

/** Ends with a question mark, a closing quote or bracket after it, spaces allowed between (see also ./question). */
const QUESTION_END = /\?\s*["”»)]?\s*$/;

export function scanSentences(ctx: ClaimContext): ScanSentence[] {
  let out = cache.get(ctx.sentences);
  if (!out) {
    out = ctx.sentences.map((s, index) => ({ s, index, question: s.text.includes('?') && QUESTION_END.test(s.text) }));
    cache.set(ctx.sentences, out);
  }
  return out;
}

/** Replaces each match of `terms` with spaces of the same length, so offsets stay valid. */
export function maskTerms(text: string, terms: readonly string[]): string {
  const hits = findTerms(text, terms);
  if (!hits.length) return text;
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.start) + ' '.repeat(h.end - h.start);
    at = h.end;
  }
  return out + text.slice(at);
}

/** `mechanismsFor` (memoised there, so its word lists keep their identity and compiled patterns). */
export function mechanismsOf(lang: PageLang): LangMechanisms {
  return mechanismsFor(lang);
}
