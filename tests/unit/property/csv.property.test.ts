import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/export/csv';

/**
 * Any string written with toCsv reads back as itself, or as `'` + itself when a spreadsheet would
 * run it as a formula (it starts with = + - @ tab or CR). Both delimiters, with and without BOM.
 */
const FORMULA_START = ['=', '+', '-', '@', '\t', '\r'];
const expected = (s: string) => (FORMULA_START.some((c) => s.startsWith(c)) ? `'${s}` : s);

const cell = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.tuple(fc.constantFrom(...FORMULA_START, '"', ';', ',', '\n', '\r\n', ' ', '\uFEFF', "'"), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
  fc.constantFrom('=HYPERLINK("http://evil.example","x")', '=cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd', '-2+3', '\t=1', ' =1', '＝1'),
);

describe('toCsv round trip', () => {
  it('every cell parses back to itself, or to an apostrophe + itself when it starts like a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(',' as const, ';' as const),
        fc.boolean(),
        (rows, delimiter, bom) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const header = Array.from({ length: width }, (_, i) => `h${i}`);
          const csv = toCsv(header, table, { delimiter, bom });
          const back = parse(csv, { bom, delimiter, relax_column_count: false }) as string[][];
          expect(back[0]).toEqual(header);
          expect(back.slice(1)).toEqual(table.map((r) => r.map(expected)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no parsed cell ever starts a formula', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (row) => {
        const back = parse(toCsv(row.map((_, i) => `h${i}`), [row]), { bom: true }) as string[][];
        for (const c of back[1]!) expect(FORMULA_START.some((f) => c.startsWith(f)), JSON.stringify(c)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
