import { readTarget } from './read-tab';
import './style.css';

/**
 * The popup's entry is kept small: it starts finding and reading the tab at once (the content
 * script reads the page in the tab's own process), and only then loads the scorecard UI, the
 * analysis and the settings (./mount), which are compiled and evaluated while the tab is read.
 */
performance.mark('vps:boot');
const initialRead = readTarget(location.search);
initialRead.catch(() => {}); // App reports the failure; this only avoids an early "unhandled rejection"

// Opened as a page (`popup.html?tabId=N`) rather than as the toolbar popup: use the page's width.
if (new URLSearchParams(location.search).has('tabId')) document.documentElement.classList.add('as-page');

void import('./mount').then((m) => m.mount(initialRead));
