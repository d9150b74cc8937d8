import type { ClaimId } from '../../../lib/types';
import { addAnalysis, type VendorRecord } from '../../../lib/vendors';
import { makeAnalysis, type ClaimSpec } from './helpers';

/**
 * A fixed vendor as the popup saves one: five pages (privacy policy, security, DPA, sub-processors,
 * a trust-centre FAQ) with sentence-long quotes, some longer than the stored limit, some shared by
 * several claims of a page and some repeated across pages, as real vendor sites do.
 */
const Q = {
  stockholm: 'All customer data is stored and processed in our data centres in Stockholm and Gothenburg, and never leaves the EU/EEA.',
  noTransfer: 'We make no transfers of personal data to third countries.',
  aws: 'We use Amazon Web Services EMEA SARL as our hosting provider; only the eu-north-1 (Stockholm) region is used, and AWS has been instructed never to move customer data out of that region, including backups and logs.',
  rest: 'All data at rest is encrypted with AES-256, including database snapshots and backups.',
  transit: 'All traffic between your browser and our service is encrypted with TLS 1.2 or higher.',
  kms: 'The encryption keys are held in AWS Key Management Service (KMS), in hardware security modules validated under FIPS 140-2, and rotated every year by our operations team.',
  dpo: 'Our data protection officer, Anna Lindqvist, can be reached at dpo@nordlager.se or +46 8 123 456 78.',
  dpa: 'Every customer signs our data processing agreement (personuppgiftsbiträdesavtal) together with the main agreement.',
  subs: 'We use the following sub-processors: Amazon Web Services EMEA SARL (hosting), Postmark (transactional e-mail), Zendesk (support) and Stripe (payments).',
  iso: 'Nordlager AB is certified to ISO/IEC 27001:2022 by an accredited certification body; the certificate covers development, operations and support of the whole platform.',
  breach: 'If a personal data breach affects your data, we notify you without undue delay and at the latest within 24 hours of becoming aware of it.',
  dpaLong:
    'Personuppgiftsbiträdet ska utan onödigt dröjsmål, och senast inom tjugofyra (24) timmar efter att ha fått kännedom om en personuppgiftsincident, underrätta den personuppgiftsansvarige och lämna den information som den personuppgiftsansvarige behöver för att fullgöra sina skyldigheter enligt artikel 33 och 34 i dataskyddsförordningen.',
  dpaLocation: 'Personuppgifterna behandlas uteslutande inom EU/EES.',
  faqKeys: 'Can we hold our own keys? Yes: on the Enterprise plan you can bring your own key (BYOK) from your own AWS account.',
  faqUs: 'Is Nordlager owned by a US company? No, Nordlager AB is Swedish-owned, but our hosting provider AWS is a US company.',
};

const PAGES: { url: string; title: string; claims: Partial<Record<ClaimId, ClaimSpec>> }[] = [
  {
    url: 'https://www.nordlager.se/privacy',
    title: 'Privacy policy – Nordlager',
    claims: {
      data_location: { value: 'eu_eea', details: ['Stockholm', 'Gothenburg', 'EU/EEA'], quotes: [Q.stockholm] },
      third_country_transfer: { value: 'none_claimed', quotes: [Q.noTransfer, Q.stockholm] },
      us_exposure: { value: 'us_subprocessor', details: ['Amazon Web Services'], quotes: [Q.aws] },
      dpo_contact: { value: 'named', details: ['Anna Lindqvist', 'dpo@nordlager.se', '+46 8 123 456 78'], quotes: [Q.dpo] },
      dpa_offered: { value: 'yes', quotes: [Q.dpa] },
      breach_notification: { value: 'yes', details: ['24h'], quotes: [Q.breach] },
    },
  },
  {
    url: 'https://www.nordlager.se/security',
    title: 'Security at Nordlager',
    claims: {
      data_location: { value: 'eu_eea', details: ['Stockholm', 'eu-north-1'], quotes: [Q.aws, Q.stockholm] },
      us_exposure: { value: 'us_subprocessor', details: ['Amazon Web Services'], quotes: [Q.aws] },
      encryption_at_rest: { value: 'yes', details: ['AES-256'], quotes: [Q.rest] },
      encryption_in_transit: { value: 'yes', details: ['TLS 1.2'], quotes: [Q.transit] },
      key_control: { value: 'cloud_provider', details: ['AWS KMS'], quotes: [Q.kms] },
      certifications: { value: 'certified', details: ['ISO/IEC 27001'], quotes: [Q.iso] },
      breach_notification: { value: 'yes', details: ['24h'], quotes: [Q.breach] },
    },
  },
  {
    url: 'https://www.nordlager.se/legal/dpa',
    title: 'Personuppgiftsbiträdesavtal',
    claims: {
      data_location: { value: 'eu_eea', details: ['EU/EES'], quotes: [Q.dpaLocation] },
      third_country_transfer: { value: 'none_claimed', quotes: [Q.dpaLocation] },
      dpa_offered: { value: 'yes', quotes: [Q.dpa] },
      breach_notification: { value: 'yes', details: ['24h'], quotes: [Q.dpaLong] },
    },
  },
  {
    url: 'https://www.nordlager.se/legal/subprocessors',
    title: 'Sub-processors',
    claims: {
      subprocessors: { value: 'listed', details: ['Amazon Web Services', 'Postmark', 'Zendesk', 'Stripe'], quotes: [Q.subs] },
      us_exposure: { value: 'us_subprocessor', details: ['Amazon Web Services', 'Postmark', 'Zendesk', 'Stripe'], quotes: [Q.subs, Q.aws] },
      data_location: { value: 'eu_eea', details: ['eu-north-1'], quotes: [Q.aws] },
    },
  },
  {
    url: 'https://trust.nordlager.se/faq',
    title: 'Trust centre – FAQ',
    claims: {
      key_control: { value: 'customer', details: ['BYOK', 'default: AWS KMS'], quotes: [Q.faqKeys, Q.kms] },
      us_exposure: { value: 'us_subprocessor', details: ['Amazon Web Services'], quotes: [Q.faqUs] },
      certifications: { value: 'certified', details: ['ISO/IEC 27001'], quotes: [Q.iso] },
      encryption_at_rest: { value: 'yes', details: ['AES-256'], quotes: [Q.rest] },
      encryption_in_transit: { value: 'yes', details: ['TLS 1.2'], quotes: [Q.transit] },
    },
  },
];

export function realisticVendor(): VendorRecord {
  let rec: VendorRecord | undefined;
  PAGES.forEach((p, i) => {
    const at = `2025-04-0${i + 1}T09:30:00.000Z`;
    rec = addAnalysis(rec, makeAnalysis(p.url, p.claims, at, p.title), `text of ${p.url}`.repeat(400), { now: () => new Date(at), kind: 'html' });
  });
  return rec!;
}

/** The same vendor as the previous version stored it: every quote whole, per claim, up to five. */
export function realisticVendorOldShape(): Record<string, unknown> {
  const rec = realisticVendor();
  return {
    ...rec,
    pages: rec.pages.map((page, i) => ({
      ...page,
      claims: Object.fromEntries(
        Object.entries(PAGES[i]!.claims).map(([id, c]) => [id, { value: c.value, details: c.details ?? [], quotes: (c.quotes ?? []).slice(0, 5) }]),
      ),
    })),
  };
}

export const REALISTIC_QUOTES = Q;
