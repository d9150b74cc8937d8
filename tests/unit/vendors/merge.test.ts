import { describe, expect, it } from 'vitest';
import { CLAIM_IDS, CLAIM_VALUES } from '../../../lib/types';
import { addAnalysis, setOverride } from '../../../lib/vendors/record';
import { mergeClaim, mergeVendor } from '../../../lib/vendors/merge';
import { CONTRADICTIONS, PRECEDENCE } from '../../../lib/vendors/precedence';
import type { VendorRecord } from '../../../lib/vendors/types';
import { makeAnalysis, type ClaimSpec } from './helpers';
import type { ClaimId } from '../../../lib/types';

const now = () => new Date('2025-06-01T00:00:00.000Z');

function vendor(pages: [string, Partial<Record<ClaimId, ClaimSpec | string>>, string?][]): VendorRecord {
  let r: VendorRecord | undefined;
  for (const [url, spec, at] of pages) r = addAnalysis(r, makeAnalysis(url, spec, at ?? '2025-01-01T00:00:00.000Z'), url, { now });
  return r!;
}

describe('precedence data', () => {
  it('ranks every answer of every claim exactly once', () => {
    for (const id of CLAIM_IDS) {
      expect([...PRECEDENCE[id]].sort()).toEqual(CLAIM_VALUES[id].filter((v) => v !== 'unknown').sort());
    }
  });
  it('only lists contradictions between real values', () => {
    for (const [id, pairs] of Object.entries(CONTRADICTIONS)) {
      for (const [a, b] of pairs!) {
        expect(CLAIM_VALUES[id as ClaimId]).toContain(a);
        expect(CLAIM_VALUES[id as ClaimId]).toContain(b);
      }
    }
  });
});

describe('mergeVendor', () => {
  it('shows the contradiction when one page says no transfers and another names a US sub-processor under SCCs', () => {
    const r = vendor([
      ['https://acme.se/gdpr', { third_country_transfer: { value: 'none_claimed', quotes: ['We make no transfers outside the EU.'] }, us_exposure: 'eu_owned_stack' }],
      [
        'https://acme.se/subprocessors',
        {
          third_country_transfer: { value: 'yes', details: ['SCCs'], quotes: ['Mailgun Inc. (USA) under SCCs.'] },
          us_exposure: { value: 'us_subprocessor', details: ['Mailgun'] },
        },
      ],
    ]);
    const m = mergeVendor(r);
    const t = m.claims.third_country_transfer;
    expect(t.value).toBe('yes');
    expect(t.sourceUrl).toBe('https://acme.se/subprocessors');
    expect(t.evidence).toEqual([{ quote: 'Mailgun Inc. (USA) under SCCs.', url: 'https://acme.se/subprocessors' }]);
    expect(t.conflicts).toHaveLength(1);
    expect(t.conflicts[0]).toMatchObject({ value: 'none_claimed', url: 'https://acme.se/gdpr', quotes: ['We make no transfers outside the EU.'] });
    expect(m.claims.us_exposure).toMatchObject({ value: 'us_subprocessor', details: ['Mailgun'] });
    expect(m.contradictions).toEqual(['third_country_transfer', 'us_exposure']);
  });

  it('takes the most specific value and reports differences that are not contradictions as statements only', () => {
    const r = vendor([
      ['https://acme.se/privacy', { dpo_contact: 'generic_contact_only', key_control: 'vendor', dpa_offered: 'on_request' }],
      ['https://acme.se/dpo', { dpo_contact: { value: 'named', details: ['dpo@acme.se'] }, key_control: 'customer', dpa_offered: 'yes' }],
    ]);
    const m = mergeVendor(r);
    expect(m.claims.dpo_contact).toMatchObject({ value: 'named', sourceUrl: 'https://acme.se/dpo', details: ['dpo@acme.se'], conflicts: [] });
    expect(m.claims.key_control).toMatchObject({ value: 'customer', conflicts: [] });
    expect(m.claims.key_control.statements.map((s) => s.value)).toEqual(['vendor', 'customer']);
    expect(m.claims.dpa_offered.value).toBe('yes');
    expect(m.contradictions).toEqual([]);
  });

  it('keeps a stated exposure over an "EU only" page: mixed beats eu_eea, and unencrypted beats encrypted', () => {
    const r = vendor([
      ['https://acme.se/a', { data_location: { value: 'eu_eea', details: ['Stockholm'] }, encryption_at_rest: 'yes' }],
      ['https://acme.se/b', { data_location: { value: 'mixed', details: ['Stockholm', 'Virginia'] }, encryption_at_rest: 'no' }],
    ]);
    const m = mergeVendor(r);
    expect(m.claims.data_location).toMatchObject({ value: 'mixed', details: ['Stockholm', 'Virginia'] });
    expect(m.claims.data_location.conflicts.map((c) => c.url)).toEqual(['https://acme.se/a']);
    expect(m.claims.encryption_at_rest.value).toBe('no');
    expect(m.claims.encryption_at_rest.conflicts.map((c) => c.value)).toEqual(['yes']);
  });

  it('unites the details of the pages that agree, and only theirs; the most detailed page is the source', () => {
    const r = vendor([
      ['https://acme.se/a', { subprocessors: { value: 'listed', details: ['AWS'] } }],
      ['https://acme.se/b', { subprocessors: { value: 'listed', details: ['Stripe', 'aws', 'Zendesk'] } }],
      ['https://acme.se/c', { subprocessors: { value: 'on_request', details: ['Hidden Ltd'] } }],
    ]);
    const c = mergeVendor(r).claims.subprocessors;
    expect(c.sourceUrl).toBe('https://acme.se/b');
    expect(c.details).toEqual(['Stripe', 'aws', 'Zendesk']);
    expect(c.evidence.map((e) => e.url)).toEqual(['https://acme.se/b', 'https://acme.se/a']);
  });

  it('is unknown with no source when no page answers', () => {
    const c = mergeClaim('dpf_reliance', vendor([['https://acme.se/a', {}]]).pages);
    expect(c).toMatchObject({ value: 'unknown', extractedValue: 'unknown', sourceUrl: '', evidence: [], conflicts: [], setByUser: false });
  });

  it('an override wins, is marked, counts in the score, and keeps the extracted value beside it', () => {
    const r0 = vendor([['https://acme.se/a', { encryption_at_rest: 'no' }]]);
    const before = mergeVendor(r0);
    const r = setOverride(r0, 'encryption_at_rest', 'yes', 'Confirmed in the signed DPA, annex 2', '2025-02-01T00:00:00.000Z');
    const m = mergeVendor(r);
    expect(m.claims.encryption_at_rest).toMatchObject({ value: 'yes', extractedValue: 'no', setByUser: true, override: { note: 'Confirmed in the signed DPA, annex 2' } });
    expect(before.score.perClaim.encryption_at_rest.status).toBe('risk');
    expect(m.score.perClaim.encryption_at_rest.status).toBe('ok');
    expect(m.score.points).toBeGreaterThan(before.score.points);
  });

  it('gives dates and sources of the vendor', () => {
    const r = vendor([
      ['https://acme.se/a', { dpa_offered: 'yes' }, '2025-01-05T00:00:00.000Z'],
      ['https://acme.se/b', {}, '2024-12-01T00:00:00.000Z'],
    ]);
    const m = mergeVendor(r, 'strict');
    expect(m).toMatchObject({ pageCount: 2, firstAnalyzedAt: '2024-12-01T00:00:00.000Z', lastAnalyzedAt: '2025-01-05T00:00:00.000Z', sourceUrls: ['https://acme.se/a', 'https://acme.se/b'] });
    expect(m.score.profile).toBe('strict');
  });
});
