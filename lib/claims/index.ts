import type { ClaimId, Claims, PageLang } from '../types';
import { CLAIM_IDS, unknownClaim } from '../types';
import { isAboutDataHandling } from './mechanisms/page-kind';
import type { ClaimContext, ClaimExtractor } from './context';
import { dataLocation } from './data-location';
import { thirdCountryTransfer } from './third-country-transfer';
import { usExposure, usOwnership } from './us-exposure';
import { dpfReliance } from './dpf-reliance';
import { encryptionAtRest } from './encryption-at-rest';
import { encryptionInTransit } from './encryption-in-transit';
import { keyControl } from './key-control';
import { dpoContact } from './dpo-contact';
import { dpaOffered } from './dpa-offered';
import { subprocessors } from './subprocessors';
import { certifications } from './certifications';
import { breachNotification, breachTerms } from './breach-notification';
import { triggerTerms } from './third-country-transfer';
import { atRestTerms } from './encryption-at-rest';
import { inTransitTerms } from './encryption-in-transit';
import { keyControlTerms } from './key-control';
import { locationTrigger } from './mechanisms/locations';
import { vocabFor } from './mechanisms/terms';
import { pickVocab } from './mechanisms/vocab';
import { forgetPreparedTexts, groupTerms } from './mechanisms/term-scan';
import { forgetTextMemos } from './mechanisms/text-memo';
import { US_EXPOSURE_VOCAB } from './vocab/us-exposure';
import { DPF_VOCAB } from './vocab/dpf-reliance';
import { SUBPROCESSOR_VOCAB } from './vocab/subprocessors';
import { DPA } from './vocab/dpa-offered';
import { DPO } from './vocab/dpo-contact';
import { CERTIFICATIONS } from './vocab/certifications';

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
  groupFirstChecks(ctx.lang);
  const out = {} as Record<ClaimId, unknown>;
  // A changelog, pricing page or case study names AWS, TLS or GDPR in passing: no claims from it.
  const onTopic = isAboutDataHandling(ctx);
  try {
    for (const id of CLAIM_IDS) {
      // Off topic, only a stated US ownership counts ("… has been acquired by Acme Inc."): it is the vendor's, whatever the page is about.
      const offTopic = id === 'us_exposure' ? (c: ClaimContext) => usOwnership(c) ?? unknownClaim() : () => unknownClaim();
      const ex = (onTopic ? EXTRACTORS[id] : offTopic) as ClaimExtractor<ClaimId>;
      try {
        out[id] = ex(ctx);
      } catch (e) {
        onError?.(id, e);
        out[id] = { value: 'unknown', details: [], evidence: [] };
      }
      (ctx.decided as Record<string, unknown>)[id] = out[id];
    }
  } finally {
    // The page's sentences, lower-cased and indexed for term matching, are not kept past the page.
    forgetPreparedTexts();
    forgetTextMemos();
  }
  return out as Claims;
}

const grouped = new Set<PageLang>();

/**
 * The term lists every claim tries on every sentence before anything else ("does it name
 * encryption / a DPA / a transfer at all?"), grouped so that one scan per sentence answers all of
 * them (see groupTerms). Same answers, about a tenth of the scans.
 */
function groupFirstChecks(lang: PageLang): void {
  if (grouped.has(lang)) return;
  grouped.add(lang);
  const sub = vocabFor(SUBPROCESSOR_VOCAB, lang);
  groupTerms([
    locationTrigger(lang),
    triggerTerms(lang),
    vocabFor(US_EXPOSURE_VOCAB, lang).usCompany,
    vocabFor(US_EXPOSURE_VOCAB, lang).subsidiaryOf,
    vocabFor(DPF_VOCAB, lang).framework,
    atRestTerms(lang),
    inTransitTerms(lang),
    keyControlTerms(lang),
    pickVocab(DPO, lang).dpo,
    pickVocab(DPA, lang).dpa,
    sub.sub,
    sub.recipientsLeadIn,
    pickVocab(CERTIFICATIONS, lang).assurance,
    breachTerms(lang),
  ]);
}
