import type { Analysis } from '../types';
import { CLAIM_IDS } from '../types';
import { toCsv, type CsvOptions } from './csv';

const QUOTE_SEPARATOR = ' | ';

/** One row per analysed page: the CLI's `--format csv`. */
export function analysesToCsv(results: (Analysis | { source: string; error: string })[], opts?: CsvOptions): string {
  const header = ['source', 'title', 'lang', 'vendor', 'grade', 'points', 'answered', 'profile', 'analyzed_at', 'error'];
  for (const id of CLAIM_IDS) header.push(id, `${id}_details`, `${id}_evidence`);
  const rows = results.map((r) => {
    if ('error' in r) return [r.source, '', '', '', '', '', '', '', '', r.error, ...CLAIM_IDS.flatMap(() => ['', '', ''])];
    const row: unknown[] = [r.source, r.title, r.lang, r.vendor, r.score.grade, r.score.points, r.score.answered, r.score.profile, r.analyzedAt, ''];
    for (const id of CLAIM_IDS) {
      const c = r.claims[id];
      row.push(c.value, c.details.join('; '), c.evidence.map((e) => e.quote.replace(/\s+/g, ' ')).join(QUOTE_SEPARATOR));
    }
    return row;
  });
  return toCsv(header, rows, opts);
}
