import type { ClaimId, Claims } from '../types';
import { CLAIM_IDS } from '../types';
import type { ClaimContext, ClaimExtractor } from './context';
import { dataLocation } from './data-location';
import { thirdCountryTransfer } from './third-country-transfer';
import { usExposure } from './us-exposure';
import { dpfReliance } from './dpf-reliance';
import { encryptionAtRest } from './encryption-at-rest';
import { encryptionInTransit } from './encryption-in-transit';
import { keyControl } from './key-control';
import { dpoContact } from './dpo-contact';
import { dpaOffered } from './dpa-offered';
import { subprocessors } from './subprocessors';
import { certifications } from './certifications';
import { breachNotification } from './breach-notification';

export const EXTRACTORS: { [K in ClaimId]: ClaimExtractor<K> } = {
  data_location: dataLocation,
  third_country_transfer: thirdCountryTransfer,
  us_exposure: usExposure,
  dpf_reliance: dpfReliance,
  encryption_at_rest: encryptionAtRest,
  encryption_in_transit: encryptionInTransit,
  key_control: keyControl,
  dpo_contact: dpoContact,
  dpa_offered: dpaOffered,
  subprocessors: subprocessors,
  certifications: certifications,
  breach_notification: breachNotification,
};

/** Decides all twelve claims, in CLAIM_IDS order. A claim that throws is reported as unknown. */
export function decideClaims(ctx: ClaimContext, onError?: (id: ClaimId, e: unknown) => void): Claims {
  const out = {} as Record<ClaimId, unknown>;
  for (const id of CLAIM_IDS) {
    const ex = EXTRACTORS[id] as ClaimExtractor<ClaimId>;
    try {
      out[id] = ex(ctx);
    } catch (e) {
      onError?.(id, e);
      out[id] = { value: 'unknown', details: [], evidence: [] };
    }
    (ctx.decided as Record<string, unknown>)[id] = out[id];
  }
  return out as Claims;
}
