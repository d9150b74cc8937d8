import type { ClaimId, ClaimValue } from '../types';

type Answer<K extends ClaimId> = Exclude<ClaimValue<K>, 'unknown'>;

/**
 * When pages of one vendor give different values for a claim, the value listed first wins.
 * Two principles, one per kind of claim:
 * - exposure claims (where data is, transfers, US reach, unencrypted storage): the statement that
 *   admits more exposure wins. A page saying "EU only" does not cancel another page naming a US
 *   sub-processor; the buyer must see the exposure, and the contradiction is listed beside it.
 *   So `encryption_at_rest: no` beats `yes`: a page that admits unencrypted data is the one to check.
 * - capability / commitment claims (keys, DPO, DPA, sub-processor list, certification): the more
 *   specific statement wins: one page stating that the customer can hold the keys, or naming the DPO,
 *   is not undone by another page that only describes the default or a generic address (SPEC §1).
 */
export const PRECEDENCE: { [K in ClaimId]: readonly Answer<K>[] } = {
  data_location: ['mixed', 'non_eu', 'eu_eea'],
  third_country_transfer: ['yes', 'none_claimed'],
  us_exposure: ['vendor_us', 'us_subprocessor', 'eu_owned_stack'],
  dpf_reliance: ['yes'],
  encryption_at_rest: ['no', 'yes'],
  encryption_in_transit: ['yes'],
  key_control: ['customer', 'cloud_provider', 'vendor'],
  dpo_contact: ['named', 'exists_no_contact', 'generic_contact_only'],
  dpa_offered: ['yes', 'on_request'],
  subprocessors: ['listed', 'on_request'],
  certifications: ['certified', 'in_progress', 'only_subprocessor'],
  breach_notification: ['yes'],
};

/**
 * Pairs of values that cannot both be true of one vendor: when two pages say them, the vendor shows
 * a contradiction. Values that merely differ in detail (a DPO named on one page, a generic address on
 * another; keys with the vendor by default and with the customer on request) are not contradictions.
 */
export const CONTRADICTIONS: { [K in ClaimId]?: readonly (readonly [Answer<K>, Answer<K>])[] } = {
  data_location: [
    ['eu_eea', 'non_eu'],
    ['eu_eea', 'mixed'],
  ],
  third_country_transfer: [['none_claimed', 'yes']],
  us_exposure: [
    ['eu_owned_stack', 'vendor_us'],
    ['eu_owned_stack', 'us_subprocessor'],
  ],
  encryption_at_rest: [['yes', 'no']],
};

/** Rank of a value in its claim's precedence (lower wins); unknown and foreign values rank last. */
export function precedenceRank(claim: ClaimId, value: string): number {
  const i = (PRECEDENCE[claim] as readonly string[]).indexOf(value);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

export function contradicts(claim: ClaimId, a: string, b: string): boolean {
  const pairs = (CONTRADICTIONS[claim] ?? []) as readonly (readonly [string, string])[];
  return pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}
