import { browser } from 'wxt/browser';
import { classifyUrl, reasonFromInjectionError, type UnreadableReason } from '../../lib/page-access';
import type { ContentMessage, HighlightReply } from '../../lib/messages';
import type { PageText } from '../../lib/types';

/** The popup's side of the browser: which tab, reading it, and asking it to highlight. */

export const CONTENT_SCRIPT = '/content-scripts/content.js';

export interface TargetTab {
  id: number;
  url?: string;
}

/** `popup.html?tabId=N` (tests, or the popup opened as a page) or the active tab of this window. */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export type ReadOutcome = { ok: true; page: PageText } | { ok: false; reason: UnreadableReason };

export async function readTab(tab: TargetTab): Promise<ReadOutcome> {
  // Only a file: URL needs to know (one browser round trip fewer for web pages).
  const fileAccess = /^\s*file:/i.test(tab.url ?? '') && (await browser.extension.isAllowedFileSchemeAccess().catch(() => false));
  const access = classifyUrl(tab.url, { fileAccess });
  if (!access.readable) return { ok: false, reason: access.reason };
  let results: Array<{ result?: unknown }>;
  try {
    results = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] });
  } catch (e) {
    return { ok: false, reason: reasonFromInjectionError(e instanceof Error ? e.message : String(e), tab.url) };
  }
  const page = results[0]?.result;
  if (!isPageText(page)) throw new Error('The page reader returned nothing.');
  return { ok: true, page };
}

export type TargetRead = { tab: null } | { tab: TargetTab; read: ReadOutcome };

/** Finds the tab and reads it. The popup starts this as its script starts, before Preact mounts. */
export async function readTarget(search: string): Promise<TargetRead> {
  const tab = await findTargetTab(search);
  if (!tab) return { tab: null };
  performance.mark('vps:read-start'); // marks for `npm run bench` (scripts/bench-browser.ts)
  const read = await readTab(tab);
  performance.mark('vps:read-end');
  return { tab, read };
}

export function hasText(page: PageText): boolean {
  return page.blocks.some((b) => b.text.trim().length > 0);
}

/** Sends a message to the content script; injects it again once if the page was reloaded meanwhile. */
export async function sendToTab(tabId: number, message: ContentMessage): Promise<HighlightReply> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as HighlightReply;
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return (await browser.tabs.sendMessage(tabId, message)) as HighlightReply;
  }
}

function isPageText(x: unknown): x is PageText {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Partial<PageText>;
  return typeof p.url === 'string' && typeof p.title === 'string' && Array.isArray(p.blocks);
}
