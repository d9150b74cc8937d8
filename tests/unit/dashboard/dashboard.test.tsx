// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Dashboard, type DashboardDeps } from '../../../components/dashboard/Dashboard';
import { parse } from 'csv-parse/sync';
import { exportJson } from '../../../lib/export/json';
import { setUiLang, t } from '../../../lib/i18n';
import { MemoryStorage, VendorStore, vendorKey, type VendorRecord } from '../../../lib/vendors';
import { CLAIM_IDS } from '../../../lib/types';
import { threeVendors, vendorRecord } from './fixtures';

const NOW = new Date('2025-06-02T08:00:00.000Z');

function storageWith(records: VendorRecord[], raw: Record<string, unknown> = {}): MemoryStorage {
  const s = new MemoryStorage();
  for (const r of records) s.putRaw(vendorKey(r.id), r);
  for (const [k, v] of Object.entries(raw)) s.putRaw(k, v);
  return s;
}

function setup(storage: MemoryStorage, extra: Partial<DashboardDeps> = {}) {
  const download = vi.fn<DashboardDeps['download']>();
  const deps: DashboardDeps = { storage, download, lang: 'en', profile: 'standard', now: () => NOW, ...extra };
  const view = render(<Dashboard deps={deps} />);
  return { ...view, download, deps };
}

const rows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-vendor'));
const rowIds = () => rows().map((r) => r.getAttribute('data-vendor'));
const snapshot = async (s: MemoryStorage) => JSON.stringify(await s.get(null));

beforeEach(() => setUiLang('en'));
afterEach(() => cleanup());

describe('the vendor table', () => {
  it('shows one row per vendor with its grade and the twelve claims as words, with markers', async () => {
    const recs = threeVendors();
    recs[1] = vendorRecord(
      [{ url: 'https://www.nordcloud.se/privacy', claims: { data_location: 'eu_eea', dpa_offered: 'yes' } }],
      { overrides: [['dpo_contact', 'named', 'DPO is Anna, per contract']] },
    );
    setup(storageWith(recs));
    await screen.findByRole('table', { name: /twelve claims/ });
    expect(rowIds()).toEqual(['bigsaas.com', 'nordcloud.se', 'tidsbanken.no']);
    const big = rows()[0]!;
    expect(big.querySelectorAll('td[data-claim]')).toHaveLength(12);
    expect(within(big).getByText('US-owned vendor')).toBeTruthy();
    expect(big.querySelector('[data-grade]')?.textContent).toMatch(/^[A-E]$/);
    // bigsaas.com's pages disagree on where data is stored: a contradiction marker with words.
    const loc = big.querySelector('td[data-claim="data_location"]')!;
    expect(loc.getAttribute('data-value')).toBe('non_eu');
    expect(within(loc as HTMLElement).getByText(/contradict each other/)).toBeTruthy();
    // The value set by hand is marked.
    const dpo = rows()[1]!.querySelector('td[data-claim="dpo_contact"]') as HTMLElement;
    expect(dpo.getAttribute('data-value')).toBe('named');
    expect(within(dpo).getByText(/set by you/)).toBeTruthy();
    expect(rows()[2]!.querySelector('td[data-claim="dpo_contact"] .marker-user')).toBeNull();
  });

  it('sorts by a column header, and again in the other direction', async () => {
    setup(storageWith(threeVendors()));
    await screen.findByRole('table', { name: /twelve claims/ });
    const header = screen.getByRole('button', { name: /US ownership/ });
    fireEvent.click(header);
    expect(rowIds()).toEqual(['nordcloud.se', 'bigsaas.com', 'tidsbanken.no']);
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(header);
    expect(rowIds()).toEqual(['tidsbanken.no', 'bigsaas.com', 'nordcloud.se']);
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByRole('button', { name: /^Vendor/ }));
    expect(rowIds()).toEqual(['bigsaas.com', 'nordcloud.se', 'tidsbanken.no']);
  });

  it('filters by grade and by status of a claim, and searches vendor, name and notes', async () => {
    const recs = threeVendors();
    setup(storageWith(recs));
    await screen.findByRole('table', { name: /twelve claims/ });
    fireEvent.input(screen.getByRole('searchbox', { name: /Search/ }), { target: { value: 'preferred' } });
    expect(rowIds()).toEqual(['nordcloud.se']);
    expect(screen.getByText('Showing 1 of 3 vendors')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: /Search/ }), { target: { value: 'nordcloud ab' } });
    expect(rowIds()).toEqual(['nordcloud.se']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rowIds()).toHaveLength(3);

    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'risk' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'in claim' }), { target: { value: 'us_exposure' } });
    expect(rowIds()).toEqual(['bigsaas.com']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    const grade = rows()[0]!.querySelector('[data-grade]')!.getAttribute('data-grade')!;
    fireEvent.change(screen.getByRole('combobox', { name: 'Grade' }), { target: { value: grade } });
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().every((r) => r.querySelector('[data-grade]')!.getAttribute('data-grade') === grade)).toBe(true);
  });

  it('pages 1,000 vendors with 5 pages each by 100 rows, quickly', async () => {
    const recs: VendorRecord[] = [];
    for (let i = 0; i < 1000; i++) {
      const pages = Array.from({ length: 5 }, (_, p) => ({
        url: `https://vendor${String(i).padStart(4, '0')}.com/p${p}`,
        claims: { data_location: p % 2 ? 'eu_eea' : 'mixed', dpa_offered: 'yes', encryption_at_rest: 'yes', subprocessors: 'listed' } as const,
      }));
      recs.push(vendorRecord(pages));
    }
    // Opening/search times are figures for scripts/bench-vendors.ts, not assertions here.
    setup(storageWith(recs));
    await screen.findByRole('table', { name: /twelve claims/ }, { timeout: 20_000 });
    expect(rows()).toHaveLength(100);
    expect(rowIds()[0]).toBe('vendor0000.com');
    expect(screen.getByText('Vendors 1–100 (page 1 of 10)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(rowIds()[0]).toBe('vendor0100.com');
    fireEvent.input(screen.getByRole('searchbox', { name: /Search/ }), { target: { value: 'vendor0999' } });
    expect(rowIds()).toEqual(['vendor0999.com']);
  }, 30_000);
});

describe('comparing vendors', () => {
  it('compares 2–4 selected vendors side by side with quotes, page links and conflicts', async () => {
    setup(storageWith(threeVendors()));
    await screen.findByRole('table', { name: /twelve claims/ });
    const compare = screen.getByRole('button', { name: /Compare selected/ }) as HTMLButtonElement;
    expect(compare.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare bigsaas.com' }));
    expect(compare.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare Nordcloud AB' }));
    expect(compare.disabled).toBe(false);
    fireEvent.click(compare);
    const table = await screen.findByRole('table', { name: /side by side/ });
    expect(table.getAttribute('data-count')).toBe('2');
    expect([...table.querySelectorAll('thead th[data-vendor]')].map((th) => th.getAttribute('data-vendor'))).toEqual(['bigsaas.com', 'nordcloud.se']);
    expect(table.querySelectorAll('tbody tr[data-claim]')).toHaveLength(12);
    const nordLoc = table.querySelector('tr[data-claim="data_location"] td[data-vendor="nordcloud.se"]') as HTMLElement;
    expect(nordLoc.getAttribute('data-value')).toBe('eu_eea');
    expect(within(nordLoc).getByText('“All data is stored in Sweden.”')).toBeTruthy();
    expect(within(nordLoc).getByText('Sweden')).toBeTruthy();
    const link = within(nordLoc).getByRole('link', { name: 'https://www.nordcloud.se/privacy' });
    expect(link.getAttribute('href')).toBe('https://www.nordcloud.se/privacy');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    // bigsaas.com: non_eu wins, the EU page is listed as contradicting it, with its quote and page.
    const bigLoc = table.querySelector('tr[data-claim="data_location"] td[data-vendor="bigsaas.com"]') as HTMLElement;
    expect(bigLoc.getAttribute('data-value')).toBe('non_eu');
    const conflict = bigLoc.querySelector('.conflict[data-value="eu_eea"]') as HTMLElement;
    expect(within(conflict).getByText('“Data stays in the EU.”')).toBeTruthy();
    expect(within(conflict).getByRole('link').textContent).toBe('https://bigsaas.com/security');
    fireEvent.click(screen.getByRole('button', { name: /All vendors/ }));
    expect(await screen.findByRole('table', { name: /twelve claims/ })).toBeTruthy();
  });

  it('refuses a fifth vendor and says why', async () => {
    const recs = ['a', 'b', 'c', 'd', 'e'].map((x) => vendorRecord([{ url: `https://${x}-vendor.se/p`, claims: { dpa_offered: 'yes' } }]));
    setup(storageWith(recs));
    await screen.findByRole('table', { name: /twelve claims/ });
    for (const x of ['a', 'b', 'c', 'd', 'e']) fireEvent.click(screen.getByRole('checkbox', { name: `Compare ${x}-vendor.se` }));
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(4);
    expect((screen.getByRole('checkbox', { name: 'Compare e-vendor.se' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/at most 4 vendors/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Compare selected (4)' })).toBeTruthy();
  });
});

describe('one vendor: corrections, notes, pages, deletion', () => {
  async function openVendor(name: string) {
    await screen.findByRole('table', { name: /twelve claims/ });
    fireEvent.click(screen.getByRole('button', { name }));
    return screen.findByRole('heading', { level: 2, name });
  }

  it('corrects a claim with a note, shows "set by you", saves it, and clears it', async () => {
    const storage = storageWith(threeVendors());
    setup(storage);
    await openVendor('tidsbanken.no');
    const item = () => document.querySelector('li[data-claim="dpo_contact"]') as HTMLElement;
    expect(item().getAttribute('data-value')).toBe('unknown');
    fireEvent.click(within(item()).getByRole('button', { name: /Correct/ }));
    fireEvent.change(within(item()).getByRole('combobox', { name: 'Value' }), { target: { value: 'named' } });
    fireEvent.input(within(item()).getByRole('textbox', { name: /Why/ }), { target: { value: 'Named in the signed DPA' } });
    fireEvent.click(within(item()).getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(item().getAttribute('data-set-by-user')).toBe('true'));
    expect(item().getAttribute('data-value')).toBe('named');
    expect(within(item()).getAllByText(/set by you/i).length).toBeGreaterThan(0);
    expect(within(item()).getByText('Named in the signed DPA')).toBeTruthy();
    const stored = await new VendorStore(storage).get('tidsbanken.no');
    expect(stored?.overrides.dpo_contact).toMatchObject({ value: 'named', note: 'Named in the signed DPA' });

    fireEvent.click(within(item()).getByRole('button', { name: /Clear correction/ }));
    await waitFor(() => expect(item().getAttribute('data-set-by-user')).toBe('false'));
    expect((await new VendorStore(storage).get('tidsbanken.no'))?.overrides.dpo_contact).toBeUndefined();
  });

  it('shows a write error as a message and keeps working', async () => {
    const storage = storageWith(threeVendors());
    setup(storage);
    await openVendor('tidsbanken.no');
    storage.failWrite = () => new Error('Resource::kQuotaBytes quota exceeded');
    const item = document.querySelector('li[data-claim="dpa_offered"]') as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: /Correct/ }));
    fireEvent.change(within(item).getByRole('combobox', { name: 'Value' }), { target: { value: 'on_request' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save correction' }));
    const alert = await screen.findByText(/storage is full/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(item.getAttribute('data-value')).toBe('yes');
    storage.failWrite = undefined;
    fireEvent.click(within(item).getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect((document.querySelector('li[data-claim="dpa_offered"]') as HTMLElement).getAttribute('data-value')).toBe('on_request'));
  });

  it('saves notes when the field loses focus', async () => {
    const storage = storageWith(threeVendors());
    setup(storage);
    await openVendor('bigsaas.com');
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    fireEvent.input(notes, { target: { value: 'Legal says: needs SCCs' } });
    fireEvent.blur(notes);
    await screen.findByText('Saved');
    expect((await new VendorStore(storage).get('bigsaas.com'))?.notes).toBe('Legal says: needs SCCs');
  });

  it('lists the pages with address, title, date and language, and deletes one', async () => {
    const storage = storageWith(threeVendors());
    setup(storage);
    await openVendor('bigsaas.com');
    const pages = screen.getByRole('table', { name: 'Analysed pages' });
    const pageRows = within(pages).getAllByRole('row').slice(1);
    expect(pageRows).toHaveLength(2);
    expect(within(pageRows[0]!).getByRole('link').textContent).toBe('https://bigsaas.com/privacy');
    expect(pageRows[0]!.textContent).toContain('2025-03-01');
    expect(pageRows[0]!.textContent).toContain('Privacy');
    expect(pageRows[0]!.textContent).toContain('English');
    fireEvent.click(screen.getByRole('button', { name: /^Delete page\s+–\s+https:\/\/bigsaas\.com\/security$/ }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Analysed pages' })).getAllByRole('row')).toHaveLength(2));
    expect((await new VendorStore(storage).get('bigsaas.com'))?.pages.map((p) => p.url)).toEqual(['https://bigsaas.com/privacy']);
  });

  it('deletes a vendor only after confirming', async () => {
    const storage = storageWith(threeVendors());
    setup(storage);
    await openVendor('bigsaas.com');
    fireEvent.click(screen.getByRole('button', { name: 'Delete vendor' }));
    expect(screen.getByText(/Delete bigsaas.com with its 2 pages/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await new VendorStore(storage).get('bigsaas.com')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Delete vendor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await screen.findByText('Deleted bigsaas.com.');
    expect(rowIds()).toEqual(['nordcloud.se', 'tidsbanken.no']);
    expect(await new VendorStore(storage).get('bigsaas.com')).toBeUndefined();
  });
});

describe('unreadable records, export and import', () => {
  it('lists records loadAll could not read and deletes one on request', async () => {
    const storage = storageWith(threeVendors(), { 'vendor:broken.se': { id: 'broken.se', pages: 'nope' } });
    setup(storage);
    const section = await screen.findByRole('region', { name: 'Records that could not be read' });
    expect(section.textContent).toContain('vendor:broken.se');
    fireEvent.click(within(section).getByRole('button', { name: /^Delete this record\s+–\s+vendor:broken\.se$/ }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Records that could not be read' })).toBeNull());
    expect(Object.keys(await storage.get(null))).not.toContain('vendor:broken.se');
    expect(rowIds()).toHaveLength(3);
  });

  it('exports both CSVs with the chosen delimiter and the JSON', async () => {
    const { download } = setup(storageWith(threeVendors()), { lang: 'sv' });
    await screen.findByRole('table');
    const delim = screen.getByRole('combobox', { name: /CSV/ }) as HTMLSelectElement;
    expect(delim.value).toBe(';');
    fireEvent.click(screen.getByRole('button', { name: /CSV \(en rad per leverantör\)|CSV \(one row per vendor\)/ }));
    const [name, mime, csv] = download.mock.calls[0]!;
    expect(name).toBe('vendors-2025-06-02.csv');
    expect(mime).toMatch(/^text\/csv/);
    expect(csv.startsWith('\uFEFFvendor;name;grade;')).toBe(true);
    const parsed = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(parsed.map((r) => r[0])).toEqual(['vendor', 'bigsaas.com', 'nordcloud.se', 'tidsbanken.no']);
    expect(parsed[1]![parsed[0]!.indexOf('source_urls')]).toBe('https://bigsaas.com/privacy\nhttps://bigsaas.com/security');
    fireEvent.change(delim, { target: { value: ',' } });
    fireEvent.click(screen.getByRole('button', { name: /vendor × claim|leverantör × påstående/ }));
    const [name2, , csv2] = download.mock.calls[1]!;
    expect(name2).toBe('vendor-claims-2025-06-02.csv');
    expect(csv2.startsWith('\uFEFFvendor,name,claim,')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /JSON \(/ }));
    const [name3, mime3, json] = download.mock.calls[2]!;
    expect(name3).toBe('vendor-privacy-scorecard-2025-06-02.json');
    expect(mime3).toMatch(/^application\/json/);
    expect(JSON.parse(json).vendors.map((v: VendorRecord) => v.id)).toEqual(['bigsaas.com', 'nordcloud.se', 'tidsbanken.no']);
  });

  it('exports what the table shows while it is filtered, in its order, and all vendors on request', async () => {
    const { download } = setup(storageWith(threeVendors()));
    await screen.findByRole('table');
    // Not filtered: no choice, every export holds all vendors.
    expect(screen.queryByRole('combobox', { name: 'Export' })).toBeNull();
    expect(screen.getByRole('button', { name: 'JSON (everything)' }).title).toBe(t('dashboard.exportAll', { count: 3 }));
    fireEvent.input(screen.getByRole('searchbox', { name: /Search/ }), { target: { value: 'nordcloud' } });
    await waitFor(() => expect(rowIds().length).toBeLessThan(3));
    const shown = rowIds();
    const scope = screen.getByRole('combobox', { name: 'Export' }) as HTMLSelectElement;
    expect(scope.value).toBe('shown');
    const csvButton = screen.getByRole('button', { name: 'CSV (one row per vendor)' });
    expect(csvButton.title).toBe(t('dashboard.exportShown', { count: shown.length }));
    fireEvent.click(csvButton);
    const csv = parse(download.mock.calls[0]![2], { bom: true }) as string[][];
    expect(csv.slice(1).map((r) => r[0])).toEqual(shown);
    fireEvent.click(screen.getByRole('button', { name: /vendor × claim/ }));
    const claims = parse(download.mock.calls[1]![2], { bom: true }) as string[][];
    expect([...new Set(claims.slice(1).map((r) => r[0]))]).toEqual(shown);
    fireEvent.click(screen.getByRole('button', { name: 'JSON (everything)' }));
    expect(JSON.parse(download.mock.calls[2]![2]).vendors.map((v: VendorRecord) => v.id)).toEqual(shown);
    // "All vendors": the same buttons export every vendor again.
    fireEvent.change(scope, { target: { value: 'all' } });
    expect(csvButton.title).toBe(t('dashboard.exportAll', { count: 3 }));
    fireEvent.click(csvButton);
    expect((parse(download.mock.calls[3]![2], { bom: true }) as string[][]).slice(1).map((r) => r[0])).toEqual(['bigsaas.com', 'nordcloud.se', 'tidsbanken.no']);
  });

  it('rejects a bad import file with a clear message and changes nothing', async () => {
    const storage = storageWith(threeVendors());
    setup(storage);
    await screen.findByRole('table');
    const before = await snapshot(storage);
    const input = screen.getByLabelText('Import JSON') as HTMLInputElement;
    const good = JSON.parse(exportJson(threeVendors()));
    good.vendors[1].pages = 'not a list';
    for (const [content, pattern] of [
      ['{"format":"something-else","vendors":[]}', /not a Vendor Privacy Scorecard export/],
      ['not json at all', /not valid JSON/],
      [JSON.stringify(good), /Vendor 2 \(nordcloud.se\) in the file is malformed/],
    ] as const) {
      fireEvent.change(input, { target: { files: [new File([content], 'x.json', { type: 'application/json' })] } });
      const alert = await screen.findByText(pattern);
      expect(alert.getAttribute('role')).toBe('alert');
      expect(alert.textContent).toMatch(/^Import rejected: .*Nothing was imported\./);
      expect(await snapshot(storage)).toBe(before);
    }
    expect(rowIds()).toHaveLength(3);
  });

  it('imports an export into an empty list: every vendor, page, note and correction', async () => {
    const source = threeVendors();
    source[0] = { ...source[0]!, overrides: { key_control: { value: 'customer', note: 'BYOK in contract', setAt: '2025-04-01T00:00:00.000Z' } } };
    const storage = new MemoryStorage();
    setup(storage);
    await screen.findByText(/No vendors yet/);
    const input = screen.getByLabelText('Import JSON') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([exportJson(source)], 'e.json')] } });
    await screen.findByText('Imported: 3 new, 0 updated, 0 unchanged.');
    expect(rowIds()).toEqual(['bigsaas.com', 'nordcloud.se', 'tidsbanken.no']);
    const { vendors } = await new VendorStore(storage).loadAll();
    expect(vendors).toEqual(source);
    expect(rows()[0]!.querySelector('td[data-claim="key_control"] .marker-user')).not.toBeNull();
    expect(CLAIM_IDS.length).toBe(12);
  });
});

describe('notes typed just before leaving the vendor', () => {
  it('are saved after a pause in typing, and when the view is left before that', async () => {
    const storage = storageWith(threeVendors());
    setup(storage);
    await screen.findByRole('table', { name: /twelve claims/ });
    fireEvent.click(screen.getByRole('button', { name: 'tidsbanken.no' }));
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    fireEvent.input(notes, { target: { value: 'Typed, then paused' } });
    await waitFor(async () => expect((await new VendorStore(storage).get('tidsbanken.no'))?.notes).toBe('Typed, then paused'), { timeout: 3000 });
    fireEvent.input(screen.getByRole('textbox', { name: 'Notes' }), { target: { value: 'Typed, then left at once' } });
    fireEvent.click(screen.getByRole('button', { name: /All vendors/ }));
    await waitFor(async () => expect((await new VendorStore(storage).get('tidsbanken.no'))?.notes).toBe('Typed, then left at once'));
  });
});
