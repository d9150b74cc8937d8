import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import type { VendorStorage } from '../components/storage-usage';
import { isBackgroundMessage } from '../lib/messages';
import { fetchRelatedPage, originPatterns } from '../lib/related/fetch-page';
import { checkJobRequest, RelatedJobRunner, type JobRequest, type StartReply } from '../lib/related/job';
import { loadSettings, profileFromSettings } from '../lib/settings';
import { workerPageDeps } from '../lib/related/worker-readers';
import { saveAnalysis } from './popup/save-analysis';

/** An extension API call this often keeps the service worker (or event page) alive while a job runs. */
const KEEPALIVE_MS = 20_000;
/** How long a job waits for the user to answer the site permission prompt. */
const ACCESS_WAIT_MS = 5 * 60_000;

/**
 * The background runs "Analyse all" (lib/related/job.ts), so closing the popup does not stop it.
 * It fetches only the vendor URLs a page of this extension asked for, and only once the user granted
 * that site; the results stay in storage.local.
 */
export default defineBackground(() => {
  const storage = browser.storage.local as unknown as VendorStorage;
  let keepalive: ReturnType<typeof setInterval> | undefined;

  const runner = new RelatedJobRunner({
    storage,
    analyse: (url) => fetchRelatedPage(url, workerPageDeps),
    defaultProfile: async () => profileFromSettings((await loadSettings(storage)).settings),
    save: async (outcome) => {
      const saved = await saveAnalysis(outcome.analysis, outcome.page, storage);
      return saved.status === 'failed' ? { status: 'failed', message: saved.message } : { status: saved.status };
    },
    onActiveChange: (count) => {
      if (count > 0 && !keepalive) keepalive = setInterval(() => void browser.runtime.getPlatformInfo(), KEEPALIVE_MS);
      if (count === 0 && keepalive) {
        clearInterval(keepalive);
        keepalive = undefined;
      }
    },
  });

  /** Jobs waiting for the site permission, by vendor (in memory: a prompt is answered within minutes). */
  const awaiting = new Map<string, { req: JobRequest; reply: (r: StartReply) => void; timer: ReturnType<typeof setTimeout> }>();

  const hasAccess = (req: JobRequest) => browser.permissions.contains({ origins: originPatterns(req.urls) }).catch(() => false);

  function settle(vendor: string, reply: StartReply | Promise<StartReply>) {
    const waiting = awaiting.get(vendor);
    if (!waiting) return;
    awaiting.delete(vendor);
    clearTimeout(waiting.timer);
    void Promise.resolve(reply).then(waiting.reply);
  }

  browser.permissions.onAdded.addListener(() => {
    for (const [vendor, { req }] of awaiting) {
      void hasAccess(req).then((ok) => ok && settle(vendor, runner.start(req)));
    }
  });

  const fromOwnPage = (sender: { id?: string; url?: string }) =>
    sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundMessage(message) || !fromOwnPage(sender)) return undefined;
    if (message.type === 'related-cancel') {
      settle(message.vendor, { ok: false, reason: 'no_access' });
      return Promise.resolve(true);
    }
    return startJob(message.job);
  });

  async function startJob(raw: unknown): Promise<StartReply> {
    const checked = checkJobRequest(raw);
    if (!checked.ok) return { ok: false, reason: 'invalid', message: checked.error };
    const req = checked.value;
    if (await hasAccess(req)) return runner.start(req);
    settle(req.vendor, { ok: false, reason: 'busy' }); // an older request of this vendor gives way
    const replied = new Promise<StartReply>((reply) => {
      const timer = setTimeout(() => settle(req.vendor, { ok: false, reason: 'no_access' }), ACCESS_WAIT_MS);
      awaiting.set(req.vendor, { req, reply, timer });
    });
    // The grant may have landed between the first check and now, its onAdded already gone by.
    if (await hasAccess(req)) settle(req.vendor, runner.start(req));
    return replied;
  }
});
