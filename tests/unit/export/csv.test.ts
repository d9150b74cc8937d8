import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { neutraliseCell, toCsv } from '../../../lib/export/csv';

describe('neutraliseCell', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://evil","x")'])('prefixes %j', (v) => {
    expect(neutraliseCell(v)).toBe(`'${v}`);
  });
  it.each(['AES-256', 'ISO 27001', '', 'a=b', '72h'])('leaves %j alone', (v) => {
    expect(neutraliseCell(v)).toBe(v);
  });
  it('turns null and numbers into text', () => {
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(-3)).toBe("'-3");
    expect(neutraliseCell(42)).toBe('42');
  });
});

describe('toCsv', () => {
  const hostile = ['=cmd|" /C calc"!A0', 'quote "inside", comma', 'line\nbreak', 'semi;colon', 'Ünïcödé – ”citat”'];
  it('round-trips hostile cells through a CSV parser, with BOM and CRLF', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e'], [hostile]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(rows[1]).toEqual([`'${hostile[0]}`, ...hostile.slice(1)]);
  });
  it('writes semicolon-separated files for Nordic/German Excel', () => {
    const csv = toCsv(['x', 'y'], [['1;2', '3']], { delimiter: ';', bom: false });
    expect(csv.startsWith('x;y')).toBe(true);
    expect(parse(csv, { delimiter: ';' })).toEqual([['x', 'y'], ['1;2', '3']]);
  });
});
