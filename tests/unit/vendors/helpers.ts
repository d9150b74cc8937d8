import type { Analysis, ClaimId, Claims } from '../../../lib/types';
import { CLAIM_IDS, unknownClaim } from '../../../lib/types';
import { scoreClaims } from '../../../lib/score';
import { vendorFromUrl } from '../../../lib/vendors/identity';

export type ClaimSpec = { value: string; details?: string[]; quotes?: string[] };

/** A synthetic analysis: the claims given, all others unknown. */
export function makeAnalysis(url: string, spec: Partial<Record<ClaimId, ClaimSpec | string>>, analyzedAt = '2025-01-01T00:00:00.000Z', title = 'Privacy'): Analysis {
  const claims = {} as Record<ClaimId, unknown>;
  for (const id of CLAIM_IDS) {
    const s = spec[id];
    if (s === undefined) claims[id] = unknownClaim();
    else {
      const o = typeof s === 'string' ? { value: s } : s;
      claims[id] = { value: o.value, details: o.details ?? [], evidence: (o.quotes ?? [`${id} is ${o.value} on ${url}.`]).map((quote) => ({ quote })) };
    }
  }
  return {
    source: url,
    title,
    lang: 'en',
    vendor: vendorFromUrl(url),
    analyzedAt,
    claims: claims as Claims,
    score: scoreClaims(claims as Claims),
  };
}

/** A record as stored before the schema was versioned: no version, name, overrides, notes or dates. */
export const V0_RECORD = {
  id: 'acme.se',
  pages: [
    {
      url: 'https://acme.se/gdpr',
      title: 'GDPR',
      lang: 'sv',
      analyzedAt: '2024-05-01T10:00:00.000Z',
      textHash: '00000000deadbeef',
      claims: { data_location: { value: 'eu_eea', details: ['Stockholm'], quotes: ['Data lagras i Stockholm.'] } },
    },
    {
      url: 'https://acme.se/sakerhet',
      title: 'Säkerhet',
      lang: 'sv',
      analyzedAt: '2024-03-01T10:00:00.000Z',
      textHash: '00000000cafebabe',
      claims: {},
    },
  ],
};

