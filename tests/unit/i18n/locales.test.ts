import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../lib/types';

/** The manifest's name and description come from public/_locales (Chrome and Firefox `__MSG_…__`). */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const folder = (lang: string) => (lang === 'no' ? 'nb' : lang);

describe('manifest _locales', () => {
  it.each([...LANGS])('%s has the extension name and a store-sized description', (lang) => {
    const file = join(ROOT, 'public', '_locales', folder(lang), 'messages.json');
    expect(existsSync(file), file).toBe(true);
    const m = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
    expect(m.extName?.message).toMatch(/\S/);
    expect(m.extDescription?.message.length).toBeGreaterThan(20);
    expect(m.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('wxt.config.ts uses them, with English as the default locale', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toContain("name: '__MSG_extName__'");
    expect(config).toContain("description: '__MSG_extDescription__'");
    expect(config).toContain("default_locale: 'en'");
  });
});
