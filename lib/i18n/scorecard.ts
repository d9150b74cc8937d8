import type { ClaimId, ClaimStatus, Lang, PageLang } from '../types';
import { CLAIM_IDS } from '../types';
import { getUiLang, t, type MessageKey } from './index';
import { en } from './messages/en';

/** Typed accessors for the scorecard's vocabulary: claim names, value words, statuses, reasons. */

const isKey = (k: string): k is MessageKey => k in en;

export function claimName(id: ClaimId, lang: Lang = getUiLang()): string {
  return t(`claim.${id}`, undefined, lang);
}

export function valueWord(id: ClaimId, value: string, lang: Lang = getUiLang()): string {
  if (value === 'unknown') return t('value.unknown', undefined, lang);
  const key = `value.${id}.${value}`;
  return isKey(key) ? t(key, undefined, lang) : value;
}

export function statusLabel(status: ClaimStatus, lang: Lang = getUiLang()): string {
  return t(`status.${status}`, undefined, lang);
}

export function detailsLabel(id: ClaimId, lang: Lang = getUiLang()): string {
  return t(`details.${id}`, undefined, lang);
}

export function profileName(id: string, lang: Lang = getUiLang()): string {
  const key = `profile.${id}`;
  return isKey(key) ? t(key, undefined, lang) : id;
}

export function langName(lang: PageLang, ui: Lang = getUiLang()): string {
  const key = `lang.${lang}`;
  return isKey(key) ? t(key, undefined, ui) : lang;
}

/** BCP 47 tag for Intl formatting: the project's 'no' is Norwegian bokmål. */
export function localeTag(lang: Lang): string {
  return lang === 'no' ? 'nb' : lang;
}

export function formatDate(iso: string, lang: Lang = getUiLang()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeTag(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** English reason text (as lib/score writes it) → its catalog key. Built from the English catalog. */
const REASON_KEYS: ReadonlyMap<string, MessageKey> = new Map(
  (Object.keys(en) as MessageKey[])
    .filter((k) => k.startsWith('reason.') && !en[k].includes('{'))
    .map((k) => [en[k] as string, k]),
);

// Parametric reasons of lib/score: "Not stated: data location." and the coverage cap.
const NOT_STATED = /^Not stated: ([a-z ]+)\.$/;
const COVERAGE_CAP = /^The page answers only (\d+) of 12 questions, so the grade is at most ([A-E])\.$/;

/**
 * A reason from lib/score in the UI language. The scorer writes English sentences; each one has a
 * catalog key (tests/unit/i18n/reasons.test.ts checks all of them). Unknown text is shown as is.
 */
export function localReason(reason: string, lang: Lang = getUiLang()): string {
  const key = REASON_KEYS.get(reason);
  if (key) return t(key, undefined, lang);
  const ns = NOT_STATED.exec(reason);
  if (ns) {
    const id = ns[1]!.replace(/ /g, '_');
    if ((CLAIM_IDS as readonly string[]).includes(id)) return t('reason.notStated', { claim: claimName(id as ClaimId, lang) }, lang);
  }
  const cap = COVERAGE_CAP.exec(reason);
  if (cap) return t('reason.coverageCap', { n: cap[1]!, grade: cap[2]! }, lang);
  return reason;
}

/** True when `localReason` knows the reason (for tests and diagnostics). */
export function isKnownReason(reason: string): boolean {
  return REASON_KEYS.has(reason) || NOT_STATED.test(reason) || COVERAGE_CAP.test(reason);
}

/** Each language in its own words, for language pickers (not translated on purpose). */
export const ENDONYMS: Record<Lang, string> = {
  en: 'English',
  sv: 'Svenska',
  no: 'Norsk bokmål',
  da: 'Dansk',
  de: 'Deutsch',
  fi: 'Suomi',
};
