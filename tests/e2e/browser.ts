import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Real-browser harness: Debian's Chromium, headless, with the e2e build of the extension loaded.
 * Builds nothing: `npm run test:e2e` runs `npm run build:e2e` first.
 */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The e2e build; `VPS_EXTENSION_DIR` points elsewhere (e.g. a private build while others rebuild .output). */
export const EXTENSION_DIR = process.env.VPS_EXTENSION_DIR ? resolve(process.env.VPS_EXTENSION_DIR) : join(ROOT, '.output', 'chrome-mv3-e2e');

/**
 * True when the browser tests can run. Without Chromium they are skipped on a workstation, but in CI
 * (`CI` set) a missing Chromium is an error, never a skip.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) {
    throw new Error(`Chromium not found at ${CHROMIUM}. CI needs it: apt-get install -y chromium (see .ci/run).`);
  }
  console.warn(`[e2e] ${CHROMIUM} not found: skipping the real-browser tests (install it with apt-get install -y chromium).`);
  return false;
}

export interface Harness {
  ctx: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** `extraArgs`: more Chromium switches (e.g. `--proxy-server=…` to catch every request in a test). */
/** `extraArgs`: e.g. `['--lang=sv']` for a Swedish browser UI; `locale`: the pages' navigator.language. */
export async function launchWithExtension(opts: { extraArgs?: string[]; locale?: string } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No e2e build in ${EXTENSION_DIR}: run \`npm run build:e2e\` (npm run test:e2e does it).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'vps-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new is passed by hand below
    viewport: { width: 800, height: 600 },
    ...(opts.locale ? { locale: opts.locale } : {}),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(opts.extraArgs ?? []),
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    ctx,
    worker,
    extensionId,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The `chrome` namespace inside the extension's service worker (no @types/chrome in this project). */
type Chrome = {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
  };
  scripting: { executeScript(o: object): Promise<Array<{ result?: unknown }>> };
  action: { openPopup(): Promise<void> };
};
declare const chrome: Chrome;

/** The browser's id of the tab showing `page`. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await h.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('Could not find the tab id of the page');
  return id;
}

/** Opens the popup UI as a page for the given tab (`popup.html?tabId=N`). */
export async function openPopupFor(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.ctx.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Runs the content script in a tab from the service worker and returns what it read. */
export async function readTabInBrowser<T>(h: Harness, tabId: number): Promise<T> {
  return (await h.worker.evaluate(async (id) => {
    const [r] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
    return r?.result;
  }, tabId)) as T;
}

export async function sendToTab<T>(h: Harness, tabId: number, message: unknown): Promise<T> {
  return (await h.worker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id as number, msg), [tabId, message] as const)) as T;
}

/** Where to save screenshots (set VPS_SHOTS_DIR); none are taken otherwise. */
export const SHOTS_DIR = process.env.VPS_SHOTS_DIR;

/** State of the highlight in a page: the marked text, whether it is rendered and inside the viewport. */
export async function highlightState(page: Page) {
  return page.evaluate(() => {
    const marks = Array.from(document.querySelectorAll('mark[data-vps-highlight]'));
    const first = marks[0] as HTMLElement | undefined;
    const rect = first?.getBoundingClientRect();
    const closedDetails = first ? !!first.closest('details:not([open])') : false;
    return {
      count: marks.length,
      text: marks.map((m) => m.textContent ?? '').join(''),
      visible: !!first && first.checkVisibility({ visibilityProperty: true }) && !!rect && rect.width > 0 && rect.height > 0,
      inViewport: !!rect && rect.bottom > 0 && rect.top < window.innerHeight,
      closedDetails,
    };
  });
}

export const squash = (s: string) => s.replace(/\s+/g, '');
