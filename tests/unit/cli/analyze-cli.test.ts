import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { main } from '../../../lib/cli/analyze';
import { CLAIM_IDS } from '../../../lib/types';

function run(args: string[]) {
  let out = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return main(args, (s) => { out += s; }).then((code) => { err.mockRestore(); return { code, out }; });
}

describe('analyze CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  const txt = join(dir, 'page.txt');
  writeFileSync(txt, '=HYPERLINK("x") Om oss\n\nVi säljer programvara till skolor.');

  it('prints one object per input in order, an error object for a bad input, and exits non-zero', async () => {
    const { code, out } = await run([txt, join(dir, 'missing.txt'), join(dir, 'x.docx')]);
    const res = JSON.parse(out) as Record<string, unknown>[];
    expect(res).toHaveLength(3);
    expect(res[0]!.source).toBe(txt);
    expect(Object.keys(res[0]!.claims as object)).toEqual([...CLAIM_IDS]);
    expect(res[1]!.error).toMatch(/no such file/);
    expect(res[2]!.error).toMatch(/unsupported file type/);
    expect(code).toBe(1);
  });

  it('exits 0 when every input was read', async () => {
    expect((await run([txt])).code).toBe(0);
  });

  it('writes CSV with one row per input and no formula cells', async () => {
    const { out } = await run(['--format', 'csv', txt]);
    const rows = parse(out, { bom: true }) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('data_location_evidence');
    expect(rows[1]![rows[0]!.indexOf('title')]).toBe(`'=HYPERLINK("x") Om oss`);
  });

  it('rejects an unknown format with a usage message', async () => {
    expect((await run(['--format', 'xml', txt])).code).toBe(2);
  });
});
