import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CLAIM_IDS } from '../../../lib/types';
import { addAnalysis, setOverride } from '../../../lib/vendors/record';
import type { VendorRecord } from '../../../lib/vendors/types';
import { VENDOR_CLAIM_COLUMNS, VENDOR_COLUMNS, vendorClaimsToCsv, vendorsToCsv } from '../../../lib/export/vendors-csv';
import { makeAnalysis } from '../vendors/helpers';

const now = () => new Date('2025-06-01T00:00:00.000Z');

const HOSTILE_QUOTES = [
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(A1:A9)',
  '-2+3 and data stays in Oslo',
  '@cmd /c calc',
  '\tTabbed: data is encrypted',
  '\rCarriage: data is encrypted',
  'Comma, semicolon; and "double quotes" inside',
  'Line one\nline two\r\nline three',
  'Ünïcödé: Dataskyddsombud nås på dpo@företag.se – “citat” 🇸🇪',
];

function hostileVendor(): VendorRecord {
  let r = addAnalysis(
    undefined,
    makeAnalysis(
      'https://www.hostile.se/privacy',
      {
        data_location: { value: 'eu_eea', details: ['=Stockholm', 'Oslo; Norway'], quotes: [HOSTILE_QUOTES[0]!] },
        third_country_transfer: { value: 'none_claimed', quotes: [HOSTILE_QUOTES[1]!] },
        us_exposure: { value: 'eu_owned_stack', quotes: [HOSTILE_QUOTES[2]!] },
        dpo_contact: { value: 'named', quotes: [HOSTILE_QUOTES[3]!] },
        encryption_at_rest: { value: 'yes', quotes: [HOSTILE_QUOTES[4]!] },
        encryption_in_transit: { value: 'yes', quotes: [HOSTILE_QUOTES[5]!] },
        dpa_offered: { value: 'yes', quotes: [HOSTILE_QUOTES[6]!] },
        subprocessors: { value: 'listed', quotes: [HOSTILE_QUOTES[7]!] },
        breach_notification: { value: 'yes', quotes: [HOSTILE_QUOTES[8]!] },
      },
      '2025-01-01T00:00:00.000Z',
      '=cmd|"/C calc"!A0',
    ),
    'page',
    { now },
  );
  r = addAnalysis(r, makeAnalysis('https://app.hostile.se/subprocessors', { third_country_transfer: { value: 'yes', quotes: ['-Twilio Inc. (USA), SCCs'] } }, '2025-02-01T00:00:00.000Z'), 'page 2', { now });
  r = setOverride(r, 'certifications', 'certified', '@boss: saw the ISO cert, "really"', '2025-03-01T00:00:00.000Z');
  return { ...r, name: '+Hostile AB', notes: '=1+1\nsecond line' };
}

function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function expectNoFormula(rows: string[][]): void {
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
}

describe('vendorClaimsToCsv', () => {
  for (const delimiter of [',', ';'] as const) {
    it(`keeps every hostile quote intact and none of them a formula (delimiter ${delimiter})`, () => {
      const csv = vendorClaimsToCsv([hostileVendor()], 'standard', { delimiter });
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = parse(csv, { bom: true, delimiter, relax_column_count: false }) as string[][];
      expect(rows[0]).toEqual(VENDOR_CLAIM_COLUMNS);
      expect(rows).toHaveLength(1 + CLAIM_IDS.length);
      expectNoFormula(rows);
      const col = (name: string) => VENDOR_CLAIM_COLUMNS.indexOf(name);
      const byClaim = new Map(rows.slice(1).map((r) => [r[col('claim')]!, r]));
      const quotes = rows.slice(1).map((r) => unneutralise(r[col('quote')]!));
      for (const q of HOSTILE_QUOTES.filter((q) => q !== HOSTILE_QUOTES[1])) expect(quotes).toContain(q);
      // The contradicted transfer claim: the US page wins, the "none" page is listed as a conflict, with its quote.
      const t = byClaim.get('third_country_transfer')!;
      expect(t[col('value')]).toBe('yes');
      expect(unneutralise(t[col('quote')]!)).toBe('-Twilio Inc. (USA), SCCs');
      expect(t[col('page_url')]).toBe('https://app.hostile.se/subprocessors');
      expect(t[col('conflicts')]).toBe(`none_claimed (https://www.hostile.se/privacy): ${HOSTILE_QUOTES[1]}`);
      const loc = byClaim.get('data_location')!;
      expect(unneutralise(loc[col('details')]!)).toBe('=Stockholm; Oslo; Norway');
      const cert = byClaim.get('certifications')!;
      expect([cert[col('value')], cert[col('set_by_user')], cert[col('extracted_value')], cert[col('status')]]).toEqual(['certified', 'yes', 'unknown', 'ok']);
      expect(unneutralise(cert[col('user_note')]!)).toBe('@boss: saw the ISO cert, "really"');
      expect(unneutralise(cert[col('name')]!)).toBe('+Hostile AB');
    });
  }
});

describe('vendorsToCsv', () => {
  it('writes one row per vendor with grade, profile, dates, sources and each claim marked when set by the user', () => {
    const other = addAnalysis(undefined, makeAnalysis('https://calm.fi/tietosuoja', { dpa_offered: 'on_request' }, '2025-01-10T00:00:00.000Z'), 'x', { now });
    const csv = vendorsToCsv([hostileVendor(), other], 'strict', { delimiter: ';' });
    const rows = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(VENDOR_COLUMNS);
    expect(rows).toHaveLength(3);
    expectNoFormula(rows);
    const row = Object.fromEntries(VENDOR_COLUMNS.map((c, i) => [c, rows[1]![i]!]));
    expect(row).toMatchObject({
      vendor: 'hostile.se',
      name: "'+Hostile AB",
      profile: 'strict',
      first_analyzed: '2025-01-01T00:00:00.000Z',
      last_analyzed: '2025-02-01T00:00:00.000Z',
      pages: '2',
      source_urls: 'https://www.hostile.se/privacy\nhttps://app.hostile.se/subprocessors',
      contradictions: 'third_country_transfer',
      notes: "'=1+1\nsecond line",
      third_country_transfer: 'yes',
      third_country_transfer_status: 'risk',
      certifications: 'certified',
      certifications_set_by_user: 'yes',
      data_location_set_by_user: 'no',
    });
    expect(row.grade).toMatch(/^[A-E]$/);
    expect(rows[2]![0]).toBe('calm.fi');
  });

  it('writes only the header for no vendors', () => {
    expect(parse(vendorsToCsv([], undefined, { bom: false }))).toEqual([VENDOR_COLUMNS]);
  });
});
