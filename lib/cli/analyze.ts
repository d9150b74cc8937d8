/**
 * npm run --silent analyze -- [--format json|csv] [--delimiter ';'] FILE_OR_URL...
 * Same pipeline as the extension. One result per input, in input order; an input that cannot be
 * read gives { source, error } and the run goes on; exit code 1 when any input failed.
 */
import type { Analysis } from '../types';
import { analyzePage } from '../analyze';
import { readSource } from './sources';
import { analysesToCsv } from '../export/analysis-csv';

export type CliResult = Analysis | { source: string; error: string };

const USAGE = 'usage: npm run --silent analyze -- [--format json|csv] [--delimiter ,|;] FILE_OR_URL...';

export async function analyzeSources(inputs: string[]): Promise<CliResult[]> {
  const out: CliResult[] = [];
  for (const input of inputs) {
    try {
      out.push(analyzePage(await readSource(input)));
    } catch (e) {
      out.push({ source: input, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}

export async function main(argv: string[], write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  let format = 'json';
  let delimiter: ',' | ';' = ',';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a === '-f') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--delimiter') delimiter = argv[++i] === ';' ? ';' : ',';
    else if (a === '--help' || a === '-h') { write(USAGE + '\n'); return 0; }
    else inputs.push(a);
  }
  if (format !== 'json' && format !== 'csv') { process.stderr.write(`unknown format "${format}"\n${USAGE}\n`); return 2; }
  if (!inputs.length) { process.stderr.write(USAGE + '\n'); return 2; }
  const results = await analyzeSources(inputs);
  write(format === 'csv' ? analysesToCsv(results, { delimiter }) : JSON.stringify(results, null, 2) + '\n');
  for (const r of results) if ('error' in r) process.stderr.write(`error: ${r.source}: ${r.error}\n`);
  return results.some((r) => 'error' in r) ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((c) => { process.exitCode = c; }, (e) => { console.error(e); process.exitCode = 1; });
}
