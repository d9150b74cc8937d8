import { describe, expect, it } from 'vitest';
import {
  canCompare, dayOf, defaultDelimiter, exportFileName, filterVendors, foldText, matchesText, nextSort, NO_FILTER, pageOf,
  recordsToExport, safeHref, sortVendors, toggleSelected, vendorsToExport,
} from '../../../components/dashboard/table-logic';
import { merged, threeVendors, vendorRecord } from './fixtures';

const vendors = threeVendors().map(merged);
const ids = (vs: { id: string }[]) => vs.map((v) => v.id);

describe('sorting the vendor table', () => {
  it('sorts by grade, best first ascending and worst first descending', () => {
    const grades = vendors.map((v) => v.score.grade);
    expect(new Set(grades).size).toBeGreaterThan(1);
    const asc = sortVendors(vendors, { key: 'grade', dir: 'asc' }).map((v) => v.score.grade);
    expect(asc).toEqual([...grades].sort());
    const desc = sortVendors(vendors, { key: 'grade', dir: 'desc' }).map((v) => v.score.grade);
    expect(desc).toEqual([...grades].sort().reverse());
  });

  it('sorts by vendor name, ignoring case and accents, and by page count', () => {
    expect(ids(sortVendors(vendors, { key: 'vendor', dir: 'asc' }))).toEqual(['bigsaas.com', 'nordcloud.se', 'tidsbanken.no']);
    expect(ids(sortVendors(vendors, { key: 'pages', dir: 'desc' }))[0]).toBe('bigsaas.com');
  });

  it('sorts a claim column by status: good, caution, risk, then not stated', () => {
    const order = sortVendors(vendors, { key: 'us_exposure', dir: 'asc' });
    expect(order.map((v) => v.score.perClaim.us_exposure.status)).toEqual(['ok', 'risk', 'not_stated']);
    expect(ids(order)).toEqual(['nordcloud.se', 'bigsaas.com', 'tidsbanken.no']);
    const reversed = sortVendors(vendors, { key: 'us_exposure', dir: 'desc' });
    expect(ids(reversed)).toEqual(['tidsbanken.no', 'bigsaas.com', 'nordcloud.se']);
  });

  it('does not change the input and breaks ties by name', () => {
    const before = ids(vendors);
    const tied = sortVendors(vendors, { key: 'dpf_reliance', dir: 'asc' });
    expect(ids(vendors)).toEqual(before);
    // No vendor states DPF reliance: the tie keeps name order, in both directions.
    expect(ids(tied)).toEqual(['bigsaas.com', 'nordcloud.se', 'tidsbanken.no']);
    expect(ids(sortVendors(vendors, { key: 'dpf_reliance', dir: 'desc' }))).toEqual(['bigsaas.com', 'nordcloud.se', 'tidsbanken.no']);
  });

  it('flips direction on the same column and starts a new column ascending (dates newest first)', () => {
    expect(nextSort({ key: 'grade', dir: 'asc' }, 'grade')).toEqual({ key: 'grade', dir: 'desc' });
    expect(nextSort({ key: 'grade', dir: 'desc' }, 'data_location')).toEqual({ key: 'data_location', dir: 'asc' });
    expect(nextSort({ key: 'grade', dir: 'asc' }, 'last')).toEqual({ key: 'last', dir: 'desc' });
  });
});

describe('filtering and searching', () => {
  it('filters by grade', () => {
    const g = vendors[0]!.score.grade;
    const out = filterVendors(vendors, { ...NO_FILTER, grade: g });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((v) => v.score.grade === g)).toBe(true);
  });

  it('filters by status in one claim, or in any claim', () => {
    expect(ids(filterVendors(vendors, { ...NO_FILTER, claim: 'us_exposure', status: 'risk' }))).toEqual(['bigsaas.com']);
    expect(ids(filterVendors(vendors, { ...NO_FILTER, claim: 'us_exposure', status: 'ok' }))).toEqual(['nordcloud.se']);
    const anyRisk = filterVendors(vendors, { ...NO_FILTER, status: 'risk' });
    expect(ids(anyRisk)).toContain('bigsaas.com');
    expect(ids(anyRisk)).not.toContain('nordcloud.se');
    // A claim without a status filters nothing.
    expect(filterVendors(vendors, { ...NO_FILTER, claim: 'us_exposure' })).toHaveLength(3);
  });

  it('searches vendor id, name and notes, every word, ignoring case and accents', () => {
    expect(ids(filterVendors(vendors, { ...NO_FILTER, text: 'nordcloud ab' }))).toEqual(['nordcloud.se']);
    expect(ids(filterVendors(vendors, { ...NO_FILTER, text: 'PREFERRED renewed' }))).toEqual(['nordcloud.se']);
    expect(ids(filterVendors(vendors, { ...NO_FILTER, text: 'sakerhetsansvarig' }))).toEqual(['tidsbanken.no']);
    expect(ids(filterVendors(vendors, { ...NO_FILTER, text: 'bigsaas.com' }))).toEqual(['bigsaas.com']);
    expect(filterVendors(vendors, { ...NO_FILTER, text: 'preferred bigsaas' })).toEqual([]);
    expect(filterVendors(vendors, { ...NO_FILTER, text: '   ' })).toHaveLength(3);
    expect(foldText('Säkerhet ÅÄÖ')).toBe('sakerhet aao');
  });

  it('does not search page text or quotes (only vendor, name, notes)', () => {
    const v = merged(vendorRecord([{ url: 'https://x.io/p', claims: { data_location: { value: 'eu_eea', quotes: ['Stored in Frankfurt.'] } } }]));
    expect(matchesText(v, 'frankfurt')).toBe(false);
    expect(matchesText(v, 'x.io')).toBe(true);
  });
});

describe('paging, selection, delimiter, links', () => {
  it('pages 100 rows at a time and clamps the page number', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(pageOf(items, 0)).toMatchObject({ page: 0, pages: 3, from: 1, to: 100 });
    expect(pageOf(items, 2).items).toHaveLength(50);
    expect(pageOf(items, 9)).toMatchObject({ page: 2, from: 201, to: 250 });
    expect(pageOf([], 3)).toMatchObject({ page: 0, pages: 1, from: 0, to: 0, items: [] });
  });

  it('selects up to four vendors for comparison, and two to four can be compared', () => {
    let sel: string[] = [];
    for (const id of ['a', 'b', 'c', 'd']) sel = toggleSelected(sel, id).selected;
    expect(sel).toEqual(['a', 'b', 'c', 'd']);
    const fifth = toggleSelected(sel, 'e');
    expect(fifth).toEqual({ selected: ['a', 'b', 'c', 'd'], full: true });
    expect(toggleSelected(sel, 'b').selected).toEqual(['a', 'c', 'd']);
    expect(canCompare(['a'])).toBe(false);
    expect(canCompare(['a', 'b'])).toBe(true);
    expect(canCompare(sel)).toBe(true);
    expect(canCompare([...sel, 'e'])).toBe(false);
  });

  it('defaults to the semicolon where Excel expects it', () => {
    expect(defaultDelimiter('en')).toBe(',');
    for (const l of ['sv', 'no', 'da', 'de', 'fi'] as const) expect(defaultDelimiter(l)).toBe(';');
  });

  it('links only http(s) page addresses', () => {
    expect(safeHref('https://a.se/x')).toBe('https://a.se/x');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(safeHref('/tmp/file.md')).toBeUndefined();
  });

  it('formats days and file names', () => {
    expect(dayOf('2025-03-01T23:30:00.000Z')).toBe('2025-03-01');
    expect(dayOf('nonsense')).toBe('');
    const now = new Date('2025-06-02T08:00:00Z');
    expect(exportFileName('vendors', now)).toBe('vendors-2025-06-02.csv');
    expect(exportFileName('json', now)).toBe('vendor-privacy-scorecard-2025-06-02.json');
  });
});

describe('what the export buttons export', () => {
  const records = threeVendors();
  const all = records.map(merged);
  const byPages = sortVendors(all, { key: 'pages', dir: 'desc' });

  it('"shown": the vendors the filter and search let through, in the table’s sort order', () => {
    const gradeOfFirst = byPages[0]!.score.grade;
    const filter = { ...NO_FILTER, grade: gradeOfFirst };
    const shown = vendorsToExport(byPages, filter, 'shown');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(3);
    expect(ids(shown)).toEqual(ids(byPages).filter((id) => shown.some((v) => v.id === id)));
    expect(shown.every((v) => v.score.grade === gradeOfFirst)).toBe(true);
    expect(ids(vendorsToExport(byPages, { ...NO_FILTER, text: 'tidsbanken' }, 'shown'))).toEqual(['tidsbanken.no']);
    expect(vendorsToExport(byPages, { ...NO_FILTER, text: 'no such vendor' }, 'shown')).toEqual([]);
  });

  it('"shown" is every page of the table, not only the 100 rows on screen', () => {
    const many = Array.from({ length: 250 }, (_, i) => merged(vendorRecord([{ url: `https://v${String(i).padStart(3, '0')}.com/p`, claims: { dpa_offered: 'yes' } }])));
    expect(vendorsToExport(sortVendors(many, { key: 'vendor', dir: 'asc' }), { ...NO_FILTER, text: 'v1' }, 'shown')).toHaveLength(100);
  });

  it('"all": every vendor in the table’s order, whatever the filter', () => {
    expect(ids(vendorsToExport(byPages, { ...NO_FILTER, text: 'tidsbanken' }, 'all'))).toEqual(ids(byPages));
  });

  it('the JSON export takes the stored records of those vendors, in the same order', () => {
    const chosen = [all[2]!, all[0]!];
    expect(recordsToExport(records, chosen).map((r) => r.id)).toEqual([all[2]!.id, all[0]!.id]);
    expect(recordsToExport(records, [{ id: 'gone.example' }])).toEqual([]);
  });
});
