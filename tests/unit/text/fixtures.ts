import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared, labelled fixture pages (read in place: `../shared/fixtures` beside the repo). */
export const FIXTURES_DIR = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url));

export interface LabelledPage {
  id: string;
  file: string;
  lang: string;
  dir: 'seeds' | 'real';
  path: string;
  quotes: string[];
}

interface RawLabel {
  id: string;
  file: string;
  lang: string;
  claims: Record<string, { evidence?: string[] }>;
}

export function labelledPages(): LabelledPage[] {
  const out: LabelledPage[] = [];
  for (const dir of ['seeds', 'real'] as const) {
    const labels = JSON.parse(readFileSync(`${FIXTURES_DIR}${dir}/labels.json`, 'utf8')) as RawLabel[];
    for (const l of labels) {
      out.push({
        id: l.id,
        file: l.file,
        lang: l.lang,
        dir,
        path: `${FIXTURES_DIR}${dir}/${l.file}`,
        quotes: Object.values(l.claims).flatMap((c) => c.evidence ?? []),
      });
    }
  }
  return out;
}

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
