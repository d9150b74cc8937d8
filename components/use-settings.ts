import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadCatalog, setUiLang, uiLangFrom } from '../lib/i18n';
import {
  SETTINGS_KEY, defaultSettings, loadSettings, parseSettings, profileFromSettings, resolveEmailLang, resolveUiLang,
  saveSettings, type ReadSettings, type Settings, type SettingsStorage,
} from '../lib/settings';
import type { ScoreProfile } from '../lib/score';
import type { Lang } from '../lib/types';

export interface SettingsState {
  /** False until storage.local has answered. */
  ready: boolean;
  settings: Settings;
  /** Stored fields that were unusable and fell back to defaults (shown as a notice). */
  problems: string[];
  browserLang: Lang;
  uiLang: Lang;
  emailLang: Lang;
  profile: ScoreProfile;
  save(next: Settings): Promise<void>;
}

export function browserUiLang(): Lang {
  try {
    return uiLangFrom(browser.i18n.getUILanguage());
  } catch {
    return uiLangFrom(typeof navigator === 'undefined' ? undefined : navigator.language);
  }
}

/**
 * The user's settings from `storage.local` and their UI language's catalog: ready once both are
 * loaded. `storage`: where to read them (the popup passes the read it started while booting).
 */
export async function loadPrefs(storage: Pick<SettingsStorage, 'get'> = browser.storage.local, browserLang: Lang = browserUiLang()): Promise<ReadSettings> {
  const read = await loadSettings({ get: (keys) => storage.get(keys), set: () => Promise.reject(new Error('read only')) });
  await loadCatalog(resolveUiLang(read.settings, browserLang));
  return read;
}

/**
 * The user's settings, kept up to date when another page (the settings page, or the popup) changes
 * them. Also sets the UI language for `t()` and the document's `lang`; a change of language is
 * applied once its catalog has loaded.
 */
export function useSettings(initial?: ReadSettings): SettingsState {
  const [browserLang] = useState(browserUiLang);
  const [read, setRead] = useState<{ ready: boolean; settings: Settings; problems: string[] }>(() =>
    initial ? { ready: true, ...initial } : { ready: false, settings: defaultSettings(), problems: [] },
  );

  useEffect(() => {
    let live = true;
    let seq = 0;
    // The latest read wins, even when an earlier one's catalog arrives later.
    const apply = (r: ReadSettings) => {
      const mine = ++seq;
      void loadCatalog(resolveUiLang(r.settings, browserLang)).then(() => live && mine === seq && setRead({ ready: true, ...r }));
    };
    if (!initial) void loadSettings(browser.storage.local).then(apply);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      apply(parseSettings(changes[SETTINGS_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const uiLang = resolveUiLang(read.settings, browserLang);
  // Set during render so every t() below this component already uses it.
  setUiLang(uiLang);
  useEffect(() => {
    document.documentElement.lang = uiLang === 'no' ? 'nb' : uiLang;
  }, [uiLang]);

  return {
    ...read,
    browserLang,
    uiLang,
    emailLang: resolveEmailLang(read.settings, uiLang),
    profile: profileFromSettings(read.settings),
    save: async (next) => {
      await saveSettings(browser.storage.local, next);
      await loadCatalog(resolveUiLang(next, browserLang));
      setRead({ ready: true, settings: parseSettings(next).settings, problems: [] });
    },
  };
}

/** Opens the extension's settings page (the manifest's options page). */
export function openSettingsPage(): void {
  void browser.runtime.openOptionsPage().then(() => {
    // The toolbar popup stays open over the new tab otherwise.
    if (!new URLSearchParams(location.search).has('tabId')) window.close();
  });
}
