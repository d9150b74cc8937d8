import { browser } from 'wxt/browser';
import { originPatterns } from '../../lib/related/fetch-page';
import { jobKey, readJob, type StartReply } from '../../lib/related/job';
import type { ScoreProfile } from '../../lib/score';
import { loadSettings, profileFromSettings } from '../../lib/settings';
import type { RelatedCancelMessage, RelatedMessage } from '../../lib/messages';
import type { RelatedActions } from '../../components/RelatedPages';

/**
 * The popup's side of "Analyse all": the job goes to the background (entrypoints/background.ts),
 * which fetches, analyses and files the pages even after the popup closes; the host permission for
 * the vendor's site is asked for here, in the click's user gesture (optional_host_permissions), and
 * the background starts once it is granted. Progress is read back from the job's key in storage.local.
 * The scoring profile (for the grades shown) is read when the list mounts; without it the background
 * reads the settings itself.
 */
let profile: ScoreProfile | undefined;

export const relatedActions: RelatedActions = {
  async requestAccess(urls) {
    const origins = originPatterns(urls);
    if (origins.length === 0) return false;
    try {
      // Must run in the click's user gesture: request first (it resolves true at once when granted).
      return await browser.permissions.request({ origins });
    } catch {
      return browser.permissions.contains({ origins }).catch(() => false);
    }
  },

  async start(req) {
    // Sent at once (no await before it): the permission prompt that follows may close the popup.
    const message: RelatedMessage = { type: 'related-analyse', job: profile ? { ...req, profile } : req };
    const reply = (await browser.runtime.sendMessage(message)) as StartReply | undefined;
    return reply ?? { ok: false, reason: 'invalid', message: 'no answer from the background' };
  },

  async cancel(vendor) {
    const message: RelatedCancelMessage = { type: 'related-cancel', vendor };
    await browser.runtime.sendMessage(message);
  },

  watch(vendor, onJob) {
    const key = jobKey(vendor);
    let live = true;
    loadSettings(browser.storage.local).then(({ settings }) => (profile = profileFromSettings(settings)), () => undefined);
    browser.storage.local.get([key]).then(
      (got) => live && onJob(readJob(got[key])),
      () => undefined,
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) onJob(readJob(changes[key]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  },
};
