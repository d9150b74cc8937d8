import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';

/**
 * Builds the production extension (into a temp dir) and checks what it asks for. WXT copies a runtime
 * content script's `matches` into host_permissions, so only a real build shows the final manifest.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = mkdtempSync(join(tmpdir(), 'vps-manifest-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function buildManifest(browser: 'chrome' | 'firefox'): Promise<Record<string, unknown>> {
  await build({ root: ROOT, outDir, mode: 'production', browser, logger: silentLogger() });
  const dir = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
  return JSON.parse(readFileSync(join(outDir, dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function silentLogger() {
  const noop = () => {};
  return { debug: noop, log: noop, info: noop, warn: noop, error: console.error, fatal: console.error, success: noop, level: 0 };
}

describe('production manifest', () => {
  it('Chrome MV3: activeTab, scripting, storage; no host permissions; no static content scripts', async () => {
    const m = await buildManifest('chrome');
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    // Related pages: one vendor site at a time, requested at the user's click; nothing granted at install.
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.content_scripts).toBeUndefined();
    expect((m.action as { default_popup?: string }).default_popup).toBe('popup.html');
  }, 120_000);

  it('Firefox: the same permissions, no host patterns, and a gecko id', async () => {
    const m = await buildManifest('firefox');
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    // MV2: the optional host patterns for related pages live in optional_permissions.
    expect(m.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.content_scripts).toBeUndefined();
    const gecko = (m.browser_specific_settings as { gecko?: { id?: string } } | undefined)?.gecko;
    expect(gecko?.id).toMatch(/@/);
  }, 120_000);
});
