import { render } from 'preact';
import { App } from './App';
import type { TargetRead } from './read-tab';
import { analyzePage } from '../../lib/analyze';
import { loadPrefs } from '../../components/use-settings';
import { browser } from 'wxt/browser';

/** What the popup's entry (main.tsx) started before loading this module. */
export interface Boot {
  read: Promise<TargetRead>;
  /** storage.local.get of the settings key. */
  storedSettings: Promise<Record<string, unknown>>;
}

/** Loads the settings and the UI language's catalog, then renders the popup (first frame already in that language). */
export async function mount({ read: initialRead, storedSettings }: Boot): Promise<void> {
  performance.mark('vps:ui-loaded'); // marks for `npm run bench` and scripts/profile-popup.ts
  const prefs = await loadPrefs({ get: () => storedSettings });
  performance.mark('vps:prefs-loaded');
  render(<App search={location.search} initialRead={initialRead} initialPrefs={prefs} />, document.getElementById('app')!);
  // e2e build only (dropped from production): lets `npm run bench` time analyzePage warm, in this page.
  if ((import.meta.env as { MODE?: string }).MODE === 'e2e') exposeBenchHook(initialRead);
}

function exposeBenchHook(reading: Promise<TargetRead>) {
  (window as unknown as { __vpsBench: unknown }).__vpsBench = {
    /**
     * Runs analyzePage `runs` × `each` times on the page this popup read; returns the mean ms of each
     * group of `each` runs (null: nothing read). Groups, because this page's clock ticks in 0.1 ms.
     */
    async analyseWarm(runs: number, each = 1): Promise<number[] | null> {
      const target = await reading;
      if (!target.tab || !target.read.ok) return null;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        for (let k = 0; k < each; k++) analyzePage(target.read.page);
        times.push((performance.now() - t) / each);
      }
      return times;
    },
    /** Runs the content script's page reader `runs` × `each` times in the tab; returns the mean ms of each group (null: no tab). */
    async readWarm(runs: number, each = 1): Promise<number[] | null> {
      const target = await reading;
      if (!target.tab) return null;
      return (await browser.tabs.sendMessage(target.tab.id, { type: 'bench-read', runs, each })) as number[];
    },
  };
}
