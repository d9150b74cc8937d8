import { describe, expect, it } from 'vitest';
import { addAnalysis, clearOverride, removePage, setOverride } from '../../../lib/vendors/record';
import { textHash } from '../../../lib/vendors/hash';
import { normalisePageUrl } from '../../../lib/vendors/url';
import { mergeVendor } from '../../../lib/vendors/merge';
import { makeAnalysis } from './helpers';

const T1 = '2025-01-01T00:00:00.000Z';
const T2 = '2025-03-01T00:00:00.000Z';
const now = () => new Date('2025-06-01T00:00:00.000Z');

describe('textHash', () => {
  it('is stable and changes with one character', () => {
    expect(textHash('We store data in Stockholm.')).toBe(textHash('We store data in Stockholm.'));
    expect(textHash('We store data in Stockholm.')).not.toBe(textHash('We store data in Stockholm!'));
    expect(textHash('')).toMatch(/^[0-9a-f]{16}$/);
  });
  it('hashes 5 MB of text', () => {
    expect(textHash('x'.repeat(5_000_000))).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('normalisePageUrl', () => {
  it.each([
    ['https://www.acme.com/privacy/', 'https://www.acme.com/privacy'],
    ['https://www.acme.com/privacy#dpo', 'https://www.acme.com/privacy'],
    ['https://www.acme.com/privacy?utm_source=x&utm_medium=y', 'https://www.acme.com/privacy'],
    ['https://www.acme.com/privacy?lang=sv&gclid=1&a=2', 'https://www.acme.com/privacy?a=2&lang=sv'],
    ['https://WWW.Acme.com/', 'https://www.acme.com'],
    ['https://www.acme.com', 'https://www.acme.com'],
    ['/tmp/page.txt', '/tmp/page.txt'],
  ])('%s → %s', (a, b) => expect(normalisePageUrl(a)).toBe(b));
});

describe('addAnalysis', () => {
  it('files pages of app. and www. subdomains under one vendor, without the page text', () => {
    const text = 'Customer data is stored in Frankfurt. SECRET-UNQUOTED-SENTENCE.';
    let r = addAnalysis(undefined, makeAnalysis('https://www.vendor.co.uk/privacy', { data_location: { value: 'eu_eea', quotes: ['Customer data is stored in Frankfurt.'] } }, T1), text, { now, kind: 'html' });
    r = addAnalysis(r, makeAnalysis('https://app.vendor.co.uk/security', { encryption_at_rest: 'yes' }, T1), 'other text', { now });
    expect(r.id).toBe('vendor.co.uk');
    expect(r.pages.map((p) => p.url)).toEqual(['https://www.vendor.co.uk/privacy', 'https://app.vendor.co.uk/security']);
    expect(r.pages[0]).toMatchObject({ title: 'Privacy', lang: 'en', kind: 'html', analyzedAt: T1, textHash: textHash(text), textLength: text.length });
    expect(r.pages[0]!.claims.data_location?.quotes).toEqual(['Customer data is stored in Frankfurt.']);
    expect(r.pages[0]!.claims.encryption_at_rest).toBeUndefined();
    expect(JSON.stringify(r)).not.toContain('SECRET-UNQUOTED-SENTENCE');
  });

  it('does not change the record it was given', () => {
    const r1 = addAnalysis(undefined, makeAnalysis('https://acme.com/a', { dpa_offered: 'yes' }, T1), 'a', { now });
    const snapshot = JSON.stringify(r1);
    addAnalysis(r1, makeAnalysis('https://acme.com/b', { dpa_offered: 'yes' }, T2), 'b', { now });
    expect(JSON.stringify(r1)).toBe(snapshot);
  });

  it('refuses a page of another vendor and a page without a web address', () => {
    const r = addAnalysis(undefined, makeAnalysis('https://acme.com/a', {}, T1), 'a', { now });
    expect(() => addAnalysis(r, makeAnalysis('https://other.com/a', {}, T1), 'a')).toThrow(/other\.com/);
    expect(() => addAnalysis(undefined, makeAnalysis('/tmp/page.txt', {}, T1), 'a')).toThrow(/web address/);
  });

  it('re-analysing the same URL (with tracking params and fragment) replaces the page, keeping its first date', () => {
    let r = addAnalysis(undefined, makeAnalysis('https://acme.com/gdpr', { dpa_offered: 'on_request' }, T1), 'text', { now });
    r = addAnalysis(r, makeAnalysis('https://acme.com/gdpr/?utm_campaign=x#top', { dpa_offered: 'on_request' }, T2), 'text', { now });
    expect(r.pages).toHaveLength(1);
    expect(r.pages[0]).toMatchObject({ firstAnalyzedAt: T1, analyzedAt: T2 });
    expect(r.pages[0]!.lastChange).toBeUndefined();
  });

  it('a changed page (other hash) lists the claims that changed since last time', () => {
    let r = addAnalysis(
      undefined,
      makeAnalysis('https://acme.com/gdpr', { data_location: { value: 'eu_eea', details: ['Stockholm'] }, certifications: 'in_progress', dpa_offered: 'yes' }, T1),
      'version 1',
      { now },
    );
    r = addAnalysis(
      r,
      makeAnalysis('https://acme.com/gdpr', { data_location: { value: 'eu_eea', details: ['Stockholm', 'Oslo'] }, certifications: 'certified', breach_notification: 'yes' }, T2),
      'version 2',
      { now },
    );
    const change = r.pages[0]!.lastChange!;
    expect(change).toMatchObject({ detectedAt: T2, previousAnalyzedAt: T1, previousHash: textHash('version 1') });
    expect(change.claims).toEqual([
      { claim: 'data_location', from: 'eu_eea', to: 'eu_eea', detailsAdded: ['Oslo'], detailsRemoved: [] },
      { claim: 'dpa_offered', from: 'yes', to: 'unknown', detailsAdded: [], detailsRemoved: [] },
      { claim: 'certifications', from: 'in_progress', to: 'certified', detailsAdded: [], detailsRemoved: [] },
      { claim: 'breach_notification', from: 'unknown', to: 'yes', detailsAdded: [], detailsRemoved: [] },
    ]);
    expect(mergeVendor(r).changedPages).toEqual([{ url: 'https://acme.com/gdpr', change }]);
    // Same text again: the last change found is kept, nothing new is reported.
    const r3 = addAnalysis(r, makeAnalysis('https://acme.com/gdpr', { certifications: 'certified' }, '2025-04-01T00:00:00.000Z'), 'version 2', { now });
    expect(r3.pages[0]!.lastChange).toEqual(change);
  });

  it('a user override survives re-analysis and is kept apart from what was extracted', () => {
    let r = addAnalysis(undefined, makeAnalysis('https://acme.com/gdpr', { dpo_contact: 'generic_contact_only' }, T1), 'v1', { now });
    r = setOverride(r, 'dpo_contact', 'named', 'Called them: DPO is Jane Doe', T1);
    r = addAnalysis(r, makeAnalysis('https://acme.com/gdpr', { dpo_contact: 'exists_no_contact' }, T2), 'v2', { now });
    expect(r.overrides.dpo_contact).toEqual({ value: 'named', note: 'Called them: DPO is Jane Doe', setAt: T1 });
    expect(r.pages[0]!.claims.dpo_contact?.value).toBe('exists_no_contact');
    const m = mergeVendor(r).claims.dpo_contact;
    expect(m).toMatchObject({ value: 'named', extractedValue: 'exists_no_contact', setByUser: true });
    expect(clearOverride(r, 'dpo_contact', T2).overrides.dpo_contact).toBeUndefined();
  });

  it('rejects an override value the claim does not have', () => {
    const r = addAnalysis(undefined, makeAnalysis('https://acme.com/a', {}, T1), 'a', { now });
    expect(() => setOverride(r, 'data_location', 'moon', '', T1)).toThrow(/not a value of data_location/);
  });

  it('removes a page by any spelling of its URL', () => {
    const r = addAnalysis(undefined, makeAnalysis('https://acme.com/a', {}, T1), 'a', { now });
    expect(removePage(r, 'https://acme.com/a/#x', T2).pages).toEqual([]);
    expect(removePage(r, 'https://acme.com/b', T2)).toBe(r);
  });
});
