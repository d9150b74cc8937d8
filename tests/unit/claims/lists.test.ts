import { describe, expect, it } from 'vitest';
import { columnHeaderAt, labelAbove, listsIn, runStarts, sectionAfter, segmentsOf, tablesIn, linesIn } from '../../../lib/claims/mechanisms/lists';

describe('lists', () => {
  it('reads a pipe table with caption, header and cells', () => {
    const text = 'Subprocessor List\n| Provider | Location |\n|---|---|\n| Clerk | Germany (EU/EEA) |\n| OpenAI | USA |';
    const t = tablesIn(text)[0]!;
    expect(t.caption[0]!.text).toBe('Subprocessor List');
    expect(t.header!.cells.map((c) => c.text)).toEqual(['Provider', 'Location']);
    expect(t.rows.map((r) => r.cells[0]!.text)).toEqual(['Clerk', 'OpenAI']);
    expect(columnHeaderAt(text, text.indexOf('USA'))!.text).toBe('Location');
  });
  it('reads rows without outer bars, one block each (HTML tables, parsed Markdown), as one table with its header', () => {
    const text = 'Underbiträden\n\nVi anlitar följande underbiträden.\n\nNamn | Land\n\nTwilio Inc. | USA\n\nMailjet | Frankrike\n\nKontakta oss.';
    const [t, ...rest] = tablesIn(text);
    expect(rest).toHaveLength(0);
    expect(t!.caption.map((c) => c.text)).toEqual(['Vi anlitar följande underbiträden.', 'Underbiträden']);
    expect(t!.header!.cells.map((c) => c.text)).toEqual(['Namn', 'Land']);
    expect(t!.rows.map((r) => r.cells[0]!.text)).toEqual(['Twilio Inc.', 'Mailjet']);
    expect(columnHeaderAt(text, text.indexOf('Frankrike'))!.text).toBe('Land');
  });
  it('reads a bullet list with its lead-in, and a label above a value', () => {
    const text = 'Data is shared with the services listed below:\n  • Stripe – payments\n  • Sentry – errors\n\nData hosting company\nAzure';
    const l = listsIn(text)[0]!;
    expect(l.leadIn!.text).toMatch(/listed below:$/);
    expect(l.items).toHaveLength(2);
    expect(labelAbove(text, text.indexOf('Azure'))!.text).toBe('Data hosting company');
  });
  it('groups coordinated names so one negation covers a run', () => {
    const s = 'We do not use AWS, Azure or Google Cloud, we use Hetzner';
    const m = ['AWS', 'Azure', 'Google Cloud', 'Hetzner'].map((w) => ({ start: s.indexOf(w), end: s.indexOf(w) + w.length }));
    const r = runStarts(s, m);
    expect(r[1]).toBe(m[0]!.start);
    expect(r[2]).toBe(m[0]!.start);
    expect(r[3]).toBe(m[3]!.start);
  });
  it('cuts a section at the next heading and splits PDF columns', () => {
    const text = 'VEDLEGG A\n\nHetzner Online GmbH   Servere\nSide 6 av 7\nUpCloud Oy   Backup\n\nKontakt\n\nRing oss.';
    const k = linesIn(text).findIndex((l) => l.text === 'VEDLEGG A');
    const sec = sectionAfter(text, k);
    expect(sec.map((l) => l.text)).toEqual(['Hetzner Online GmbH   Servere', 'UpCloud Oy   Backup']);
    expect(segmentsOf(sec[0]!).map((s) => s.text)).toEqual(['Hetzner Online GmbH', 'Servere']);
  });
});
