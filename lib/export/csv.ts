import { stringify } from 'csv-stringify/sync';

export interface CsvOptions {
  /** ',' (default) or ';' (what Excel expects in Nordic and German locales). */
  delimiter?: ',' | ';';
  /** Prefix a UTF-8 byte-order mark so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
}

/**
 * A cell that starts with = + - @ tab or CR would run as a formula in a spreadsheet:
 * prefix it with an apostrophe so it is shown as text (OWASP "CSV injection").
 */
export function neutraliseCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** RFC 4180 CSV (CRLF line ends, quoting by csv-stringify), every cell neutralised. */
export function toCsv(header: string[], rows: unknown[][], opts: CsvOptions = {}): string {
  const body = stringify([header, ...rows].map((r) => r.map(neutraliseCell)), {
    delimiter: opts.delimiter ?? ',',
    record_delimiter: 'windows',
    quoted_match: /[\s"]/,
  });
  return (opts.bom ?? true ? '\uFEFF' : '') + body;
}
