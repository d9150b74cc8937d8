import type { ClaimId, Claims, Lang, Score } from './types';
import { CLAIM_IDS, LANGS } from './types';
import { DEFAULT_WEIGHTS, PROFILES, customProfile, scoreClaims, type ScoreProfile } from './score';

/**
 * The user's settings: scoring profile, custom weights, languages. Stored in `storage.local` under
 * one key. Reading never throws: what cannot be used is replaced by its default and reported, so the
 * UI can say so.
 */

import { SETTINGS_KEY } from './settings-key';
export { SETTINGS_KEY };
export const SETTINGS_VERSION = 1;

export type ProfileChoice = 'standard' | 'strict' | 'custom';
export const PROFILE_CHOICES: readonly ProfileChoice[] = ['standard', 'strict', 'custom'];
export type UsExposureMode = 'standard' | 'strict';
export const US_EXPOSURE_MODES: readonly UsExposureMode[] = ['standard', 'strict'];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  profile: ProfileChoice;
  /** Whole numbers 0–100 per claim; used by the custom profile. */
  customWeights: Record<ClaimId, number>;
  customUsExposure: UsExposureMode;
  /** 'auto' = the browser's UI language. */
  uiLang: 'auto' | Lang;
  /** 'ui' = the UI language. */
  emailLang: 'ui' | Lang;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    profile: 'standard',
    customWeights: { ...DEFAULT_WEIGHTS },
    customUsExposure: 'standard',
    uiLang: 'auto',
    emailLang: 'ui',
  };
}

export function isValidWeight(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
}

const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

export interface ReadSettings {
  settings: Settings;
  /** Fields that were present but unusable (replaced by their defaults); empty when all was fine. */
  problems: string[];
}

/**
 * Validates what was stored. `undefined` (never saved) gives the defaults with no problem; anything
 * else malformed gives the defaults for the bad fields and names them in `problems`.
 */
export function parseSettings(raw: unknown): ReadSettings {
  const settings = defaultSettings();
  if (raw === undefined) return { settings, problems: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { settings, problems: ['settings'] };
  const r = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (r.version !== SETTINGS_VERSION) problems.push('version');
  if (oneOf(PROFILE_CHOICES, r.profile)) settings.profile = r.profile;
  else problems.push('profile');
  if (oneOf(US_EXPOSURE_MODES, r.customUsExposure)) settings.customUsExposure = r.customUsExposure;
  else problems.push('customUsExposure');
  if (r.uiLang === 'auto' || isLang(r.uiLang)) settings.uiLang = r.uiLang;
  else problems.push('uiLang');
  if (r.emailLang === 'ui' || isLang(r.emailLang)) settings.emailLang = r.emailLang;
  else problems.push('emailLang');
  const w = r.customWeights;
  if (typeof w === 'object' && w !== null && !Array.isArray(w)) {
    for (const id of CLAIM_IDS) {
      const v = (w as Record<string, unknown>)[id];
      if (isValidWeight(v)) settings.customWeights[id] = v;
      else problems.push(`customWeights.${id}`);
    }
  } else problems.push('customWeights');
  return { settings, problems };
}

/** The scoring profile the settings choose. */
export function profileFromSettings(s: Settings): ScoreProfile {
  if (s.profile === 'custom') return customProfile(s.customWeights, s.customUsExposure);
  return PROFILES[s.profile];
}

/** The UI language: the user's choice, else the browser's UI language (mapped by `uiLangFrom`). */
export function resolveUiLang(s: Settings, browserLang: Lang): Lang {
  return s.uiLang === 'auto' ? browserLang : s.uiLang;
}

export function resolveEmailLang(s: Settings, uiLang: Lang): Lang {
  return s.emailLang === 'ui' ? uiLang : s.emailLang;
}

/** The part of `browser.storage.local` settings need (the extension passes the real one). */
export interface SettingsStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(storage: SettingsStorage): Promise<ReadSettings> {
  try {
    const got = await storage.get([SETTINGS_KEY]);
    return parseSettings(got[SETTINGS_KEY]);
  } catch {
    return { settings: defaultSettings(), problems: ['storage'] };
  }
}

export async function saveSettings(storage: SettingsStorage, s: Settings): Promise<void> {
  // Save a validated copy: nothing malformed reaches storage from the UI either.
  const { settings } = parseSettings({ ...s, version: SETTINGS_VERSION });
  await storage.set({ [SETTINGS_KEY]: settings });
}

/** The analysis scored again with the user's profile (analyzePage scores with the standard one). */
export function rescore<A extends { claims: Claims; score: Score }>(analysis: A, profile: ScoreProfile): A {
  return { ...analysis, score: scoreClaims(analysis.claims, profile) };
}
