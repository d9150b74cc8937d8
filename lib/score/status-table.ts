import type { ClaimId, ClaimScore, ClaimStatus, Claims } from '../types';

type Row = [ClaimStatus, string];

/** Status and one-line reason of every value of every claim; US exposure depends on the profile. */
const TABLE: { [K in ClaimId]: Record<string, Row> } = {
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
  },
  dpf_reliance: { yes: ['caution', 'Relies on the EU-US Data Privacy Framework, which may not last.'] },
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
    generic_contact_only: ['caution', 'Only a general privacy address is given, no DPO.'],
  },
  dpa_offered: {
    yes: ['ok', 'A data processing agreement is offered.'],
    on_request: ['ok', 'A data processing agreement is available on request.'],
  },
  subprocessors: {
    listed: ['ok', 'Sub-processors are named.'],
    on_request: ['caution', 'Sub-processors are given only on request.'],
  },
  certifications: {
    certified: ['ok', 'The vendor holds a security certification or audit report.'],
    in_progress: ['caution', 'Certification is in progress, not yet held.'],
    only_subprocessor: ['caution', 'Only the hosting provider is certified, not the vendor.'],
  },
  breach_notification: { yes: ['ok', 'Commits to notify customers of a breach.'] },
};

function usExposure(claims: Claims, mode: 'strict' | 'standard'): Row | undefined {
  const v = claims.us_exposure.value;
  if (v !== 'vendor_us' && v !== 'us_subprocessor') return undefined;
  const who = v === 'vendor_us' ? 'The vendor itself is US-owned' : 'A US-owned host or sub-processor is named';
  if (mode === 'strict') {
    return claims.key_control.value === 'customer'
      ? ['caution', `${who}; the customer can hold the keys, which limits CLOUD Act reach.`]
      : ['risk', `${who}: reachable by the US CLOUD Act, and the customer does not hold the keys.`];
  }
  const safeguard =
    claims.dpf_reliance.value === 'yes' ||
    claims.third_country_transfer.details.some((d) => /SCC|standard contractual/i.test(d)) ||
    claims.key_control.value === 'customer';
  return safeguard
    ? ['caution', `${who}; transfers rest on the DPF, SCCs or customer-held keys.`]
    : ['risk', `${who} (CLOUD Act reach), and no DPF, SCCs or customer-held keys are stated.`];
}

const NOT_STATED = Object.fromEntries(Object.keys(TABLE).map((id) => [id, `Not stated: ${id.replace(/_/g, ' ')}.`])) as Record<ClaimId, string>;

export function statusOf(id: ClaimId, claims: Claims, mode: 'strict' | 'standard'): ClaimScore {
  const v = claims[id].value;
  const row = (id === 'us_exposure' ? usExposure(claims, mode) : undefined) ?? (TABLE[id] as Record<string, Row>)[v];
  if (!row) return { status: 'not_stated', reason: NOT_STATED[id] };
  let [status, reason] = row;
  // A third-country transfer is a risk under Schrems II advice.
  if (mode === 'strict' && id === 'third_country_transfer' && v === 'yes') [status, reason] = ['risk', 'Data is transferred outside the EU/EEA.'];
  if (mode === 'strict' && id === 'dpf_reliance' && v === 'yes') status = 'risk';
  // Keys in a US-owned provider's KMS are within CLOUD Act reach, whatever the profile:
  // encryption then does not protect against the provider being compelled.
  const usHost = claims.us_exposure.value === 'us_subprocessor' || claims.us_exposure.value === 'vendor_us';
  if (id === 'key_control' && v === 'cloud_provider' && usHost) {
    [status, reason] = ['risk', 'The keys are held by a US-owned cloud provider.'];
  }
  return { status, reason };
}
