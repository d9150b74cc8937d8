import type { Lang, PageLang, Sentence } from '../../types';
import { LANGS } from '../../types';
import type { ClaimContext } from '../context';

/** The vocabulary languages to use for a page: its own language plus English, or all of them when undetermined. */
export function vocabLangs(lang: PageLang): Lang[] {
  if (!(LANGS as readonly string[]).includes(lang)) return [...LANGS];
  return lang === 'en' ? ['en'] : [lang as Lang, 'en'];
}

/** Merges a per-language vocabulary (every field a string list) for a page language. */
export function pickVocab<V extends { [K in keyof V]: readonly string[] }>(vocab: Record<Lang, V>, lang: PageLang): { [K in keyof V]: string[] } {
  const langs = vocabLangs(lang);
  const out = {} as { [K in keyof V]: string[] };
  for (const key of Object.keys(vocab.en) as (keyof V)[]) {
    out[key] = [...new Set(langs.flatMap((l) => [...(vocab[l][key] ?? [])]))];
  }
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
