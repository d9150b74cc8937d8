import { useEffect, useState } from 'preact/hooks';
import { analyzePage } from '../../lib/analyze';
import type { Analysis, Evidence, PageText } from '../../lib/types';
import type { UnreadableReason } from '../../lib/page-access';
import { Scorecard } from '../../components/Scorecard';
import { StatusPanel } from '../../components/StatusPanel';
import type { ShowOutcome } from '../../components/ClaimRow';
import { S, UNREADABLE_MESSAGES } from '../../components/strings';
import { hasText, readTarget, sendToTab, type TargetRead } from './read-tab';
import { openSettingsPage, useSettings } from '../../components/use-settings';
import { SettingsNotice } from '../../components/SettingsNotice';
import { rescore } from '../../lib/settings';
import { SaveToVendors } from './SaveToVendors';
import { t } from '../../lib/i18n';
import { isPdfTabPage, pdfFromTab } from './tab-pdf';
import { RelatedForPage, SourceFrame } from './PageExtras';

type State =
  | { phase: 'loading'; step: 'reading' | 'analysing' | 'pdf' }
  | { phase: 'pdf-error'; message: string }
  | { phase: 'unreadable'; reason: UnreadableReason }
  | { phase: 'empty' }
  | { phase: 'error'; detail: string }
  | { phase: 'ready'; tabId: number; page: PageText; analysis: Analysis };

/** Lets the loading message paint before the (synchronous) analysis runs. */
const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0));

/** `initialRead`: the tab read already under way (started by main.tsx as the popup script starts). */
export function App({ search, initialRead }: { search: string; initialRead?: Promise<TargetRead> }) {
  const [state, setState] = useState<State>({ phase: 'loading', step: 'reading' });
  const [attempt, setAttempt] = useState(0);
  const prefs = useSettings();

  useEffect(() => {
    let cancelled = false;
    const set = (s: State) => !cancelled && setState(s);
    (async () => {
      set({ phase: 'loading', step: 'reading' });
      // The first attempt takes over the read main.tsx started before mounting; a retry reads again.
      const target = await (attempt === 0 && initialRead ? initialRead : readTarget(search));
      if (!target.tab) return set({ phase: 'unreadable', reason: 'not-a-web-page' });
      const { tab, read } = target;
      if (!read.ok) return set({ phase: 'unreadable', reason: read.reason });
      // A PDF tab hands back its bytes: read them here with pdf.js.
      if (isPdfTabPage(read.page)) set({ phase: 'loading', step: 'pdf' });
      const pdf = await pdfFromTab(read.page);
      if (pdf && !pdf.ok) return set({ phase: 'pdf-error', message: pdf.message });
      const page = pdf?.page ?? read.page;
      if (!hasText(page)) return set({ phase: 'empty' });
      set({ phase: 'loading', step: 'analysing' });
      await nextFrame();
      performance.mark('vps:analyse-start');
      const analysis = analyzePage(page);
      performance.mark('vps:analysed');
      set({ phase: 'ready', tabId: tab.id, page, analysis });
    })().catch((e: unknown) => set({ phase: 'error', detail: e instanceof Error ? e.message : String(e) }));
    return () => {
      cancelled = true;
    };
  }, [search, attempt, initialRead]);

  // For `npm run bench` (scripts/bench-browser.ts): time from opening the popup to the scorecard on screen.
  useEffect(() => {
    if (state.phase === 'ready') performance.mark('scorecard-ready');
  }, [state.phase]);

  switch (state.phase) {
    case 'loading':
      return <StatusPanel kind="loading" title={state.step === 'pdf' ? t('pdf.reading') : state.step === 'reading' ? S.loading : S.analysing} />;
    case 'pdf-error':
      return <StatusPanel kind="info" title={t('pdf.errorTitle')} body={state.message} />;
    case 'unreadable': {
      const m = UNREADABLE_MESSAGES[state.reason];
      return <StatusPanel kind="info" title={m.title} body={m.body} />;
    }
    case 'empty':
      return <StatusPanel kind="info" title={S.emptyTitle} body={S.emptyBody} />;
    case 'error':
      return (
        <StatusPanel kind="error" title={S.errorTitle} body={S.errorBody}>
          <details class="error-details">
            <summary>{S.errorDetails}</summary>
            <code>{state.detail}</code>
          </details>
          <button type="button" class="retry" onClick={() => setAttempt((n) => n + 1)}>
            {S.retry}
          </button>
        </StatusPanel>
      );
    case 'ready': {
      const { tabId, page } = state;
      const onShow = async (ev: Evidence): Promise<ShowOutcome> => {
        const block = ev.block === undefined ? undefined : page.blocks[ev.block];
        const reply = await sendToTab(tabId, { type: 'highlight', quote: ev.quote, block: ev.block, locator: block?.locator });
        if (reply.found === 'none') return 'not-found';
        return reply.opened > 0 ? 'shown-opened' : 'shown';
      };
      if (!prefs.ready) return <StatusPanel kind="loading" title={S.analysing} />;
      return (
        <>
          <SettingsNotice problems={prefs.problems} />
          <SaveToVendors analysis={state.analysis} page={page} />
          <SourceFrame page={page}>
            <Scorecard analysis={rescore(state.analysis, prefs.profile)} page={page} onShow={onShow}
              profile={prefs.profile} emailLang={prefs.emailLang} onOpenSettings={openSettingsPage} />
          </SourceFrame>
          <RelatedForPage page={page} />
        </>
      );
    }
  }
}
