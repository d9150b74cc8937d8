import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';

/**
 * The privacy promise, checked on the production build (built into a temp dir): what the manifest
 * asks for, its content security policy, and that the shipped code loads no remote code.
 * README's "What this extension can see and send" must name exactly these permissions.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = mkdtempSync(join(tmpdir(), 'vps-privacy-'));
const extDir = join(outDir, 'chrome-mv3');
type Manifest = Record<string, unknown>;
let manifest: Manifest;

beforeAll(async () => {
  const noop = () => {};
  const logger = { debug: noop, log: noop, info: noop, warn: noop, error: console.error, fatal: console.error, success: noop, level: 0 };
  await build({ root: ROOT, outDir, mode: 'production', browser: 'chrome', logger });
  manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as Manifest;
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Directives of a CSP string: `script-src 'self'; object-src 'self'` → { 'script-src': ["'self'"], … }. */
function parseCsp(csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}

/** True when `csp` is at least as strict as MV3's default for extension pages (scripts only from the package). */
function cspIsStrict(csp: string): boolean {
  const d = parseCsp(csp);
  const scripts = d['script-src'] ?? d['default-src'];
  if (!scripts) return false;
  const allowedSources = new Set(["'self'", "'wasm-unsafe-eval'", "'none'"]);
  if (!scripts.every((s) => allowedSources.has(s))) return false;
  const objects = d['object-src'] ?? d['default-src'];
  return !!objects && objects.every((s) => s === "'self'" || s === "'none'");
}

describe('production manifest (Chrome MV3)', () => {
  it(`asks only for ${ALLOWED_PERMISSIONS.join(', ')}`, () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(ALLOWED_PERMISSIONS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('has no host permissions and no content script that runs on sites by itself', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('optional host permissions, when present, are web origins asked for at a click (never all URLs)', () => {
    const optional = (manifest.optional_host_permissions ?? []) as string[];
    for (const p of optional) expect(p, p).toMatch(/^(https?|\*):\/\/\*\/\*$|^https?:\/\//);
  });

  it('keeps the MV3 default CSP, or a stricter one', () => {
    const csp = manifest.content_security_policy as { extension_pages?: string; sandbox?: string } | undefined;
    if (csp?.extension_pages !== undefined) expect(cspIsStrict(csp.extension_pages), csp.extension_pages).toBe(true);
    expect(csp?.sandbox).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  it('the CSP checker rejects weaker policies (so the check above can fail)', () => {
    expect(cspIsStrict("script-src 'self'; object-src 'self'")).toBe(true);
    expect(cspIsStrict("script-src 'self' 'unsafe-eval'; object-src 'self'")).toBe(false);
    expect(cspIsStrict("script-src 'self' https://cdn.example; object-src 'self'")).toBe(false);
    expect(cspIsStrict("script-src 'self' 'unsafe-inline'; object-src 'self'")).toBe(false);
    expect(cspIsStrict("object-src 'self'")).toBe(false);
  });
});

/**
 * Remote code: a script loaded from the network, or code made from a string. Known occurrences inside
 * libraries, judged harmless, are listed with the reason; anything else fails.
 */
const REMOTE_CODE_PATTERNS: Array<[string, RegExp]> = [
  ['eval(', /(?<![.\w$])eval\s*\(/g],
  ['new Function(', /new\s+Function\s*\(/g],
  ['importScripts(', /importScripts\s*\(/g],
  ['import("http', /import\s*\(\s*["'`]https?:/g],
  ['script src=http', /<script[^>]{0,200}src\s*=\s*["']?(https?:)?\/\//gi],
  ['script.src = http', /\.src\s*=\s*["'`]https?:/g],
  ['from "http', /from\s*["'`]https?:/g],
];

/** Library code that matches a pattern and why it is no remote code. */
const JUDGED_HARMLESS: Array<{ match: RegExp; why: string }> = [
  {
    match: /function isEvalSupported\(\)\{try\{new Function\(""\);/,
    why: 'pdf.js probes whether eval works (new Function with an empty body); under MV3 CSP it throws and pdf.js turns eval off',
  },
  {
    match: /isEvalSupported\)\{const \w+=\(new \w+\)\.compile\([^)]*\);if\(\w+\)return new Function\(/,
    why: 'pdf.js PostScript function compiler, only when isEvalSupported (false under MV3 CSP, and the reader passes isEvalSupported: false)',
  },
];

interface Finding {
  file: string;
  pattern: string;
  context: string;
}

function scan(text: string, file: string): Finding[] {
  const found: Finding[] = [];
  for (const [name, re] of REMOTE_CODE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const context = text.slice(Math.max(0, at - 120), at + 80);
      if (JUDGED_HARMLESS.some((h) => h.match.test(context))) continue;
      found.push({ file, pattern: name, context });
    }
  }
  return found;
}

describe('no remote code in the built extension', () => {
  it('the scanner finds remote code (so the scan below can fail)', () => {
    const bad = [
      'const f=eval("1+1");',
      'const g=new Function("a","return a");',
      'importScripts("https://cdn.example/x.js");',
      'import("https://cdn.example/m.js");',
      '<script src="https://cdn.example/x.js"></script>',
      's.src="https://cdn.example/x.js";',
    ];
    for (const b of bad) expect(scan(b, 'x.js').length, b).toBeGreaterThan(0);
    expect(scan('devtools:{inspectedWindow:{eval:{minArgs:1}}}; x.eval(y); const source=`https://en.wikipedia.org/wiki/X`', 'x.js')).toEqual([]);
    expect(scan('static get isEvalSupported(){return shadow(this,"isEvalSupported",function isEvalSupported(){try{new Function("");return!0}catch{return!1}}())}', 'x.js')).toEqual([]);
  });

  it('loads no script from the network and makes no code from strings', () => {
    const shipped = files(extDir).filter((f) => /\.(m?js|html)$/.test(f));
    expect(shipped.length).toBeGreaterThan(2);
    const findings = shipped.flatMap((f) => scan(readFileSync(f, 'utf8'), relative(extDir, f)));
    expect(findings).toEqual([]);
  });

  it('every HTML page loads only its own packaged scripts', () => {
    for (const f of files(extDir).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
        const src = /src\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1];
        expect(src, `${relative(extDir, f)}: ${m[0]}`).toBeDefined(); // no inline script (MV3 CSP would block it)
        expect(src!, m[0]).not.toMatch(/^(https?:)?\/\//i);
      }
    }
  });
});

describe('README "What this extension can see and send"', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /\n## What this extension can see and send\n([\s\S]*?)(?=\n## |$)/.exec(readme)?.[1] ?? '';

  it('exists', () => {
    expect(section.length).toBeGreaterThan(100);
  });

  it('names exactly the permissions of the production manifest', () => {
    const line = /\*\*Permissions\*\*[^\n]*(?:\n {2}[^\n]*)*/.exec(section)?.[0] ?? '';
    const named = new Set([...line.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!));
    // The line also says what is NOT asked for; those names must not be in the manifest.
    const denied = ['host_permissions', 'unlimitedStorage'];
    for (const d of denied) named.delete(d);
    expect([...named].sort()).toEqual([...(manifest.permissions as string[])].sort());
    for (const d of denied) {
      expect(manifest.permissions as string[]).not.toContain(d);
      expect(manifest[d]).toBeUndefined();
    }
    for (const p of (manifest.optional_host_permissions ?? []) as string[]) expect(section, p).toContain(p);
  });
});
