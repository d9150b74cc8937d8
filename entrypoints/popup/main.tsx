import { render } from 'preact';
import { App } from './App';
import { readTarget, type TargetRead } from './read-tab';
import { analyzePage } from '../../lib/analyze';
import './style.css';

// Find and read the tab now, so the injection round trip overlaps with mounting the loading state.
const initialRead = readTarget(location.search);
initialRead.catch(() => {}); // App reports the failure; this only avoids an early "unhandled rejection"

// Opened as a page (`popup.html?tabId=N`) rather than as the toolbar popup: use the page's width.
if (new URLSearchParams(location.search).has('tabId')) document.documentElement.classList.add('as-page');

render(<App search={location.search} initialRead={initialRead} />, document.getElementById('app')!);

// e2e build only (dropped from production): lets `npm run bench` time analyzePage warm, in this page.
if ((import.meta.env as { MODE?: string }).MODE === 'e2e') exposeBenchHook(initialRead);

function exposeBenchHook(reading: Promise<TargetRead>) {
  (window as unknown as { __vpsBench: unknown }).__vpsBench = {
    /** Runs analyzePage `runs` times on the page this popup read; returns each run's ms (null: nothing read). */
    async analyseWarm(runs: number): Promise<number[] | null> {
      const target = await reading;
      if (!target.tab || !target.read.ok) return null;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        analyzePage(target.read.page);
        times.push(performance.now() - t);
      }
      return times;
    },
  };
}
