import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Analysis, PageText } from '../../lib/types';
import { VendorSaved } from '../../components/VendorSaved';
import type { VendorStorage } from '../../components/storage-usage';
import { saveAnalysis, type SaveOutcome } from './save-analysis';

export function openDashboard(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}

/** One save per analysis, even if the component is mounted again (a second save would report "unchanged"). */
const saves = new WeakMap<Analysis, Promise<SaveOutcome>>();

function saveOnce(analysis: Analysis, page: PageText): Promise<SaveOutcome> {
  let p = saves.get(analysis);
  if (!p) {
    p = saveAnalysis(analysis, page, browser.storage.local as unknown as VendorStorage);
    saves.set(analysis, p);
  }
  return p;
}

/** Saves the analysed page to the vendor list once, and says where it went. */
export function SaveToVendors(props: { analysis: Analysis; page: PageText }) {
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  useEffect(() => {
    let cancelled = false;
    setOutcome(null);
    void saveOnce(props.analysis, props.page).then((o) => {
      if (!cancelled) setOutcome(o);
    });
    return () => {
      cancelled = true;
    };
  }, [props.analysis]);
  return <VendorSaved outcome={outcome} onOpenDashboard={openDashboard} />;
}
