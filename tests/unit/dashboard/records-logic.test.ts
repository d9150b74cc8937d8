import { describe, expect, it } from 'vitest';
import { applyStorageChanges, removeRecord, replaceRecord } from '../../../components/dashboard/records-logic';
import { setNotes, vendorKey } from '../../../lib/vendors';
import { threeVendors, vendorRecord } from './fixtures';

const base = () => ({ vendors: threeVendors(), problems: [] });

describe('applying storage changes made elsewhere to the dashboard', () => {
  it('adds a vendor saved by the popup, in id order', () => {
    const d = base();
    const rec = vendorRecord([{ url: 'https://deskhero.se/tom', claims: { dpa_offered: 'yes' } }]);
    const next = applyStorageChanges(d, { [vendorKey(rec.id)]: { newValue: JSON.parse(JSON.stringify(rec)) } });
    expect(next.vendors.map((v) => v.id)).toEqual(['bigsaas.com', 'deskhero.se', 'nordcloud.se', 'tidsbanken.no']);
  });

  it('keeps the same objects when a change only echoes what is shown (the dashboard’s own write)', () => {
    const d = base();
    const echo = JSON.parse(JSON.stringify(d.vendors[1]));
    const next = applyStorageChanges(d, { [vendorKey(echo.id)]: { newValue: echo }, settings: { newValue: { x: 1 } } });
    expect(next).toBe(d);
  });

  it('replaces a changed vendor and removes a deleted one', () => {
    const d = base();
    const changed = setNotes(d.vendors[0]!, 'new note', '2025-04-01T00:00:00.000Z');
    const next = applyStorageChanges(d, {
      [vendorKey(changed.id)]: { newValue: JSON.parse(JSON.stringify(changed)) },
      [vendorKey('tidsbanken.no')]: { oldValue: {} },
    });
    expect(next.vendors.map((v) => v.id)).toEqual(['bigsaas.com', 'nordcloud.se']);
    expect(next.vendors[0]!.notes).toBe('new note');
    expect(next.vendors[1]).toBe(d.vendors[1]);
  });

  it('reports an unreadable record as a problem instead of showing it, and clears the problem when it is fixed', () => {
    const d = base();
    const broken = applyStorageChanges(d, { [vendorKey('nordcloud.se')]: { newValue: { id: 'nordcloud.se', pages: 'oops' } } });
    expect(broken.vendors.map((v) => v.id)).not.toContain('nordcloud.se');
    expect(broken.problems.map((p) => p.key)).toEqual(['vendor:nordcloud.se']);
    const fixed = applyStorageChanges(broken, { [vendorKey('nordcloud.se')]: { oldValue: {} } });
    expect(fixed.problems).toEqual([]);
  });

  it('replaceRecord and removeRecord', () => {
    const vs = threeVendors();
    const x = { ...vs[2]!, notes: 'x' };
    expect(replaceRecord(vs, x)[2]).toBe(x);
    expect(removeRecord(vs, 'bigsaas.com').map((v) => v.id)).toEqual(['nordcloud.se', 'tidsbanken.no']);
  });
});
