import type { ClaimId } from '../types';

/**
 * A scoring profile: how much each claim weighs and how US exposure is judged.
 * - strict (Schrems II): a US-owned vendor or host is a risk unless the customer holds the keys.
 * - standard: US exposure with the EU-US DPF or SCCs is a caution; without them a risk.
 */
export interface ScoreProfile {
  id: string;
  /** Message key / English name. */
  name: string;
  weights: Record<ClaimId, number>;
  usExposure: 'strict' | 'standard';
}

export const DEFAULT_WEIGHTS: Readonly<Record<ClaimId, number>> = {
  data_location: 12,
  third_country_transfer: 10,
  us_exposure: 20,
  dpf_reliance: 4,
  encryption_at_rest: 10,
  encryption_in_transit: 6,
  key_control: 8,
  dpo_contact: 6,
  dpa_offered: 8,
  subprocessors: 8,
  certifications: 8,
  breach_notification: 6,
};

export const PROFILES: Record<'standard' | 'strict', ScoreProfile> = {
  standard: { id: 'standard', name: 'Standard', weights: { ...DEFAULT_WEIGHTS }, usExposure: 'standard' },
  strict: {
    id: 'strict',
    name: 'Strict (Schrems II)',
    weights: { ...DEFAULT_WEIGHTS, us_exposure: 26, third_country_transfer: 14, key_control: 12, dpf_reliance: 6 },
    usExposure: 'strict',
  },
};

/** A user's custom profile: weights 0–100 per claim; missing or invalid weights fall back to the defaults. */
export function customProfile(weights: Partial<Record<ClaimId, unknown>>, usExposure: 'strict' | 'standard' = 'standard'): ScoreProfile {
  const w = { ...DEFAULT_WEIGHTS };
  for (const k of Object.keys(w) as ClaimId[]) {
    const v = weights[k];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100) w[k] = v;
  }
  return { id: 'custom', name: 'Custom', weights: w, usExposure };
}

export function resolveProfile(p: ScoreProfile | string | undefined): ScoreProfile {
  if (p && typeof p === 'object') return p;
  return p === 'strict' ? PROFILES.strict : PROFILES.standard;
}
