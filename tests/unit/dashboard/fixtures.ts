import type { ClaimId } from '../../../lib/types';
import { addAnalysis, mergeVendor, setNotes, setOverride, type MergedVendor, type VendorRecord } from '../../../lib/vendors';
import { makeAnalysis, type ClaimSpec } from '../vendors/helpers';

export { makeAnalysis };

/** A vendor record built from pages (url → claims), like the popup would have saved them. */
export function vendorRecord(
  pages: Array<{ url: string; claims: Partial<Record<ClaimId, ClaimSpec | string>>; at?: string; title?: string; text?: string }>,
  extra: { notes?: string; name?: string; overrides?: Array<[ClaimId, string, string]> } = {},
): VendorRecord {
  let rec: VendorRecord | undefined;
  for (const p of pages) {
    const at = p.at ?? '2025-03-01T10:00:00.000Z';
    rec = addAnalysis(rec, makeAnalysis(p.url, p.claims, at, p.title ?? 'Privacy'), p.text ?? `text of ${p.url}`, { now: () => new Date(at) });
  }
  let r = rec!;
  if (extra.notes) r = setNotes(r, extra.notes, '2025-03-02T00:00:00.000Z');
  if (extra.name) r = { ...r, name: extra.name };
  for (const [claim, value, note] of extra.overrides ?? []) r = setOverride(r, claim, value, note, '2025-03-03T00:00:00.000Z');
  return r;
}

export function merged(rec: VendorRecord): MergedVendor {
  return mergeVendor(rec, 'standard');
}

/** Three vendors with clearly different grades and answers, in id order (as loadAll returns them). */
export function threeVendors(): VendorRecord[] {
  const list = [
    vendorRecord(
      [
        { url: 'https://www.nordcloud.se/privacy', claims: { data_location: { value: 'eu_eea', details: ['Sweden'], quotes: ['All data is stored in Sweden.'] }, third_country_transfer: 'none_claimed', us_exposure: 'eu_owned_stack', encryption_at_rest: 'yes', encryption_in_transit: 'yes', key_control: 'customer', dpo_contact: 'named', dpa_offered: 'yes', subprocessors: 'listed', certifications: 'certified', breach_notification: 'yes' } },
      ],
      { name: 'Nordcloud AB', notes: 'Preferred supplier, contract renewed 2025' },
    ),
    vendorRecord([
      { url: 'https://bigsaas.com/privacy', claims: { data_location: 'non_eu', third_country_transfer: 'yes', us_exposure: 'vendor_us' } },
      { url: 'https://bigsaas.com/security', claims: { data_location: { value: 'eu_eea', quotes: ['Data stays in the EU.'] }, encryption_at_rest: 'yes' } },
    ]),
    vendorRecord([{ url: 'https://tidsbanken.no/gdpr', claims: { data_location: 'eu_eea', dpa_offered: 'yes', encryption_in_transit: 'yes' } }], {
      notes: 'Ask about the DPO, Säkerhetsansvarig',
    }),
  ];
  return list.sort((a, b) => (a.id < b.id ? -1 : 1));
}
