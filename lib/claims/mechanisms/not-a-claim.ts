import type { PageLang } from '../../types';
import { NOT_A_CLAIM } from '../vocab/not-a-claim';
import { both, hasTerm, pickVocab } from './vocab';
import { TextMemo } from './text-memo';

/** A skills line, a piece of advice to the reader, or a bare label ("SSL-kryptering"): names a measure, claims nothing. */
export function isNotAClaim(text: string, lang: PageLang): boolean {
  return notAClaim.get(lang, text) ?? notAClaim.set(lang, text, decideNotAClaim(text, lang));
}

/** Several claims ask it of the same sentence. */
const notAClaim = new TextMemo<PageLang, boolean>();

function decideNotAClaim(text: string, lang: PageLang): boolean {
  if (!hasWords(text, 3) && !hasTerm(text, finiteVerbs(lang))) return true;
  return hasTerm(text, notAClaimTerms(lang));
}

/** At least `n` whitespace-separated words (asked of every candidate sentence: no splitting). */
function hasWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = WHITESPACE.test(text[i]!);
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

const WHITESPACE = /\s/;

const NO_FINITE: string[] = [];

/** Verb forms with their subject built in (per language; Finnish). Only the page's own language: "*mme" means nothing elsewhere. */
function finiteVerbs(lang: PageLang): string[] {
  return (NOT_A_CLAIM as Partial<Record<PageLang, { finite?: string[] }>>)[lang]?.finite ?? NO_FINITE;
}

/** The sentence names what is protected or who protects it ("all data", "we", "backups"). */
const NONE: readonly string[] = [];

export function hasSubject(text: string, lang: PageLang, extra: readonly string[] = NONE): boolean {
  const subject = pickVocab(NOT_A_CLAIM, lang).subject;
  return hasTerm(text, extra.length ? both(subject, extra) : subject);
}

const OWN_ONLY: readonly PageLang[] = ['nl', 'fr'];
const ownTerms = new Map<PageLang, string[]>();

/**
 * Skill and advice phrases. Dutch / French pages use English and their own lists only: short words of
 * the other languages ("du" in a German job ad) are ordinary words there ("l'article 28 du RGPD").
 */
function notAClaimTerms(lang: PageLang): string[] {
  if (!OWN_ONLY.includes(lang)) {
    const v = pickVocab(NOT_A_CLAIM, lang);
    return both(v.skills, v.advice);
  }
  let out = ownTerms.get(lang);
  if (!out) {
    const own = NOT_A_CLAIM[lang as 'nl' | 'fr'];
    const en = NOT_A_CLAIM.en;
    ownTerms.set(lang, (out = [...en.skills, ...en.advice, ...(own?.skills ?? []), ...(own?.advice ?? [])]));
  }
  return out;
}
