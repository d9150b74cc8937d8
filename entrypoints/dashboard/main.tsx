import { render } from 'preact';
import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { Dashboard, type DashboardDeps } from '../../components/dashboard/Dashboard';
import { downloadText } from '../../components/dashboard/download';
import type { StorageChanges } from '../../components/dashboard/records-logic';
import type { VendorStorage } from '../../components/storage-usage';
import { useSettings } from '../../components/use-settings';
import './style.css';

const storage = browser.storage.local as unknown as VendorStorage;

function subscribe(listener: (changes: StorageChanges) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area === 'local') listener(changes as StorageChanges);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The dashboard with the user's settings: UI language and scoring profile. */
function DashboardPage() {
  const prefs = useSettings();
  const deps = useMemo<DashboardDeps>(
    () => ({ storage, download: downloadText, lang: prefs.uiLang, profile: prefs.profile, subscribe }),
    [prefs.uiLang, prefs.profile],
  );
  if (!prefs.ready) return null;
  document.title = t('dashboard.pageTitle');
  return <Dashboard key={prefs.uiLang} deps={deps} />;
}

render(<DashboardPage />, document.getElementById('app')!);
