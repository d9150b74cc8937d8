import type { ClaimId, ClaimScore, ClaimStatus, Claims, Score } from '../types';
import { CLAIM_IDS } from '../types';

/** Status and one-line reason for every value of every claim (Standard profile). */
const TABLE: { [K in ClaimId]: Record<string, [ClaimStatus, string]> } = {
  data_location: {
    eu_eea: ['ok', 'Data is stored in the EU/EEA.'],
    mixed: ['caution', 'Some data is stored outside the EU/EEA.'],
    non_eu: ['risk', 'Data is stored outside the EU/EEA.'],
  },
  third_country_transfer: {
    none_claimed: ['ok', 'No transfers outside the EU/EEA are claimed.'],
    yes: ['caution', 'Data is transferred outside the EU/EEA.'],
  },
  us_exposure: {
    eu_owned_stack: ['ok', 'No US-owned company in the named stack.'],
    us_subprocessor: ['risk', 'A US-owned host or sub-processor is named (CLOUD Act reach).'],
    vendor_us: ['risk', 'The vendor itself is US-owned (CLOUD Act reach).'],
  },
  dpf_reliance: { yes: ['caution', 'Relies on the EU-US Data Privacy Framework, which may be challenged.'] },
  encryption_at_rest: {
    yes: ['ok', 'Stored data is encrypted.'],
    no: ['risk', 'Stored data is not encrypted.'],
  },
  encryption_in_transit: { yes: ['ok', 'Data is encrypted in transit.'] },
  key_control: {
    customer: ['ok', 'The customer can hold the encryption keys.'],
    vendor: ['ok', 'The vendor holds the encryption keys.'],
    cloud_provider: ['caution', 'The cloud provider holds the encryption keys.'],
  },
  dpo_contact: {
    named: ['ok', 'A data protection officer is named and reachable.'],
    exists_no_contact: ['caution', 'A DPO exists but no contact is given.'],
    generic_contact_only: ['caution', 'Only a general privacy address is given.'],
  },
  dpa_offered: {
    yes: ['ok', 'A data processing agreement is offered.'],
    on_request: ['ok', 'A data processing agreement is available on request.'],
  },
  subprocessors: {
    listed: ['ok', 'Sub-processors are named.'],
    on_request: ['caution', 'Sub-processors are only given on request.'],
  },
  certifications: {
    certified: ['ok', 'The vendor holds security certifications.'],
    in_progress: ['caution', 'Certification is in progress, not held.'],
    only_subprocessor: ['caution', 'Only the sub-processor is certified, not the vendor.'],
  },
  breach_notification: { yes: ['ok', 'Commits to notify customers of a breach.'] },
};

const WEIGHTS: Record<ClaimId, number> = {
  data_location: 12, third_country_transfer: 10, us_exposure: 14, dpf_reliance: 4,
  encryption_at_rest: 10, encryption_in_transit: 6, key_control: 8, dpo_contact: 6,
  dpa_offered: 8, subprocessors: 8, certifications: 8, breach_notification: 6,
};
const STATUS_POINTS: Record<ClaimStatus, number> = { ok: 1, caution: 0.5, risk: 0, not_stated: 0.25 };
const ORDER: Record<ClaimStatus, number> = { risk: 0, caution: 1, not_stated: 2, ok: 3 };

/** Pure scoring: statuses, 0–100 points, A–E grade capped by coverage, top three reasons. */
export function scoreClaims(claims: Claims, profile = 'standard'): Score {
  const perClaim = {} as Record<ClaimId, ClaimScore>;
  let got = 0;
  let max = 0;
  let answered = 0;
  for (const id of CLAIM_IDS) {
    const v = claims[id].value;
    const row = (TABLE[id] as Record<string, [ClaimStatus, string]>)[v];
    const [status, reason] = row ?? ['not_stated', `The page does not say (${id.replace(/_/g, ' ')}).`];
    if (status !== 'not_stated') answered++;
    perClaim[id] = { status, reason };
    got += WEIGHTS[id] * STATUS_POINTS[status];
    max += WEIGHTS[id];
  }
  const points = Math.round((got / max) * 100);
  let grade: Score['grade'] = points >= 80 ? 'A' : points >= 65 ? 'B' : points >= 50 ? 'C' : points >= 35 ? 'D' : 'E';
  // A page that answers little cannot earn a good grade.
  const cap: Score['grade'] = answered >= 9 ? 'A' : answered >= 6 ? 'B' : answered >= 3 ? 'C' : 'D';
  if (grade < cap) grade = cap;
  const reasons = CLAIM_IDS.map((id) => ({ id, ...perClaim[id] }))
    .filter((c) => c.status !== 'not_stated' || answered < 6)
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || WEIGHTS[b.id] - WEIGHTS[a.id])
    .slice(0, 3)
    .map((c) => c.reason);
  return { grade, points, answered, profile, perClaim, reasons };
}
