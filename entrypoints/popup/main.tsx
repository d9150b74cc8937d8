import { browser } from 'wxt/browser';
import { readTarget } from './read-tab';
import { SETTINGS_KEY } from '../../lib/settings-key';
import { CATALOG_LOADERS, uiLangFrom } from '../../lib/i18n/lang';
import './style.css';
// The UI's stylesheets load with the page (links in popup.html), not after the UI's script: the
// dynamic import below would otherwise wait for them before evaluating.
import '../../components/scorecard.css';
import '../../components/vendor-saved.css';
import '../../components/RelatedPages.css';

/**
 * The popup's entry is kept small: it starts finding and reading the tab at once (the content
 * script reads the page in the tab's own process), asks for the settings and fetches the browser
 * language's catalog, and only then loads the scorecard UI and the analysis (./mount), which are
 * compiled and evaluated while the tab is read.
 */
performance.mark('vps:boot');
const read = readTarget(location.search);
read.catch(() => {}); // App reports the failure; this only avoids an early "unhandled rejection"
const storedSettings = browser.storage.local.get([SETTINGS_KEY]);
storedSettings.catch(() => {}); // loadSettings reports it
const lang = uiLangFrom(browser.i18n.getUILanguage());
if (lang !== 'en') CATALOG_LOADERS[lang]().catch(() => {}); // loadCatalog retries; this only fetches early

// Opened as a page (`popup.html?tabId=N`) rather than as the toolbar popup: use the page's width.
if (new URLSearchParams(location.search).has('tabId')) document.documentElement.classList.add('as-page');

void import('./mount').then((m) => m.mount({ read, storedSettings }));
