import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { startSiteServer, type SiteServer } from '../fixtures/site/server';
import { browserAvailable, launchWithExtension, openPopupFor, tabIdOf, type Harness } from './browser';

/**
 * "Nothing leaves your browser", in the real browser: while a page is read, analysed, filed and a
 * quote is shown in it, the extension's pages and service worker make no network request. Two nets:
 * Playwright's request events (pages, frames and the service worker), and a proxy that every
 * non-loopback request of the whole browser goes through.
 */
const run = browserAvailable();
declare const chrome: { runtime: { id: string } };

interface Seen {
  url: string;
  /** URL of the frame or worker that made it ('' when unknown). */
  by: string;
}

/** An HTTP proxy that answers nothing and writes down every request (and CONNECT for https). */
async function startTrapProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

/**
 * Chromium's own background calls (sign-in cookie check, extension/component update ping), seen through
 * the proxy with no extension page open, even with --disable-background-networking. They are the
 * browser's, not the extension's (whose requests Playwright attributes exactly, see the first net).
 */
const BROWSER_OWN_HOSTS = ['accounts.google.com', 'update.googleapis.com', 'clients2.google.com', 'clients2.googleusercontent.com', 'redirector.gvt1.com'];

function proxiedHost(line: string): string {
  const target = line.split(' ')[1] ?? '';
  try {
    return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
  } catch {
    return target;
  }
}

function origin(req: Request): string {
  const sw = req.serviceWorker();
  if (sw) return sw.url();
  try {
    return req.frame().url();
  } catch {
    return '';
  }
}

describe.skipIf(!run)('privacy: the extension makes no network request of its own', () => {
  let h: Harness;
  let site: SiteServer;
  let proxy: Awaited<ReturnType<typeof startTrapProxy>>;
  const requests: Seen[] = [];

  beforeAll(async () => {
    site = await startSiteServer();
    proxy = await startTrapProxy();
    // Loopback (the fixture server) goes direct; everything else would reach the trap.
    h = await launchWithExtension({ extraArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`] });
    h.ctx.on('request', (r) => requests.push({ url: r.url(), by: origin(r) }));
  });
  afterAll(async () => {
    await h?.close();
    await site?.close();
    await proxy?.close();
  });

  it('reading, analysing, filing and highlighting a page: only the page itself and chrome-extension:// URLs', async () => {
    const pagePath = site.pages[0]!.path;
    const page = await h.ctx.newPage();
    await page.goto(site.origin + pagePath);
    const start = requests.length;
    const proxyStart = proxy.seen.length;

    const popup = await openPopupFor(h, await tabIdOf(h, page));
    await popup.waitForSelector('.scorecard', { timeout: 30_000 });
    const saved = popup.locator('.vendor-saved');
    if (await saved.count()) await expect.poll(() => saved.getAttribute('data-state')).not.toBe('saving');
    const show = popup.locator('.show-in-page').first();
    if (await show.count()) {
      await show.click();
      await expect.poll(() => popup.locator('.show-feedback').first().getAttribute('data-outcome')).not.toBe('busy');
    }
    await popup.waitForTimeout(1_000);

    const during = requests.slice(start);
    const prefix = `chrome-extension://${h.extensionId}/`;
    const fromExtension = during.filter((r) => r.by.startsWith('chrome-extension://'));
    const outside = fromExtension.filter((r) => !r.url.startsWith(prefix));
    expect(outside).toEqual([]);
    expect(fromExtension.length).toBeGreaterThan(0); // the popup's own files: the listener is live
    // The page may load itself (and its favicon) again; nothing else, and from no other origin.
    for (const r of during.filter((x) => !x.by.startsWith('chrome-extension://'))) {
      expect(r.url.startsWith(prefix) || r.url.startsWith(site.origin + '/'), `${r.by} → ${r.url}`).toBe(true);
    }
    expect(proxy.seen.slice(proxyStart).filter((l) => !BROWSER_OWN_HOSTS.includes(proxiedHost(l)))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the nets do catch requests made by an extension page and by the service worker (so the test above can fail)', async () => {
    const popup = await openPopupFor(h, -1);
    const before = requests.length;
    await popup.evaluate((u) => fetch(u).catch(() => undefined), `${site.origin}/canary-from-popup`);
    await h.worker.evaluate(() => fetch('http://canary.invalid/from-worker').catch(() => undefined));
    await expect.poll(() => proxy.seen.some((s) => s.includes('canary.invalid/from-worker'))).toBe(true);
    const caught = requests.slice(before);
    const popupFetch = caught.find((r) => r.url.endsWith('/canary-from-popup'));
    expect(popupFetch?.by).toMatch(/^chrome-extension:\/\//);
    const swFetch = caught.find((r) => r.url.includes('canary.invalid'));
    expect(swFetch?.by ?? '', 'service-worker request seen by Playwright').toMatch(/^chrome-extension:\/\/.*background\.js$/);
    expect(await h.worker.evaluate(() => chrome.runtime.id)).toBe(h.extensionId);
    await popup.close();
  });
});
