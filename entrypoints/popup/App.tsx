import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { analyzePage } from '../../lib/analyze';
import type { Analysis, Evidence, PageText } from '../../lib/types';
import type { ReadSettings } from '../../lib/settings';
import type { UnreadableReason } from '../../lib/page-access';
import { Scorecard } from '../../components/Scorecard';
import { StatusPanel } from '../../components/StatusPanel';
import type { ShowOutcome } from '../../components/ClaimRow';
import { S, UNREADABLE_MESSAGES } from '../../components/strings';
import { hasText, readTarget, sendToTab, type TargetRead } from './read-tab';
import { openSettingsPage, useSettings } from '../../components/use-settings';
import { SettingsNotice } from '../../components/SettingsNotice';
import { rescore } from '../../lib/settings';
import { t } from '../../lib/i18n';
import { isPdfTabPage, pdfFromTab } from './tab-pdf';
import { SourceFrame } from './SourceFrame';

type Extras = typeof import('./extras');

type State =
  | { phase: 'loading'; step: 'reading' | 'analysing' | 'pdf' }
  | { phase: 'pdf-error'; message: string }
  | { phase: 'unreadable'; reason: UnreadableReason }
  | { phase: 'empty' }
  | { phase: 'error'; detail: string }
  | { phase: 'ready'; tabId: number; page: PageText; analysis: Analysis };

/** Resolves after the browser has painted the current frame (a timer alone may run before it); at most ~50 ms (no frames in a hidden page). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const cap = setTimeout(resolve, 50);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(cap), resolve()), 0));
  });

/** Page text (characters) from which the analysis takes long enough to say "Analysing…" first. */
const SAY_ANALYSING_FROM = 200_000;

const textLength = (page: PageText) => page.blocks.reduce((n, b) => n + b.text.length, 0);

/**
 * `initialRead`: the tab read already under way (started by main.tsx as the popup script starts);
 * `initialPrefs`: settings read before mounting (with their catalog loaded).
 */
export function App({ search, initialRead, initialPrefs }: { search: string; initialRead?: Promise<TargetRead>; initialPrefs?: ReadSettings }) {
  const [state, setState] = useState<State>({ phase: 'loading', step: 'reading' });
  const [attempt, setAttempt] = useState(0);
  // Saving to the vendor list and the related pages (./extras) are loaded once the scorecard is on screen.
  const [extras, setExtras] = useState<Extras | null>(null);
  const prefs = useSettings(initialPrefs);

  // A layout effect starts at once (a plain effect would wait for the next frame).
  useLayoutEffect(() => {
    let cancelled = false;
    const set = (s: State) => !cancelled && setState(s);
    (async () => {
      if (attempt > 0) set({ phase: 'loading', step: 'reading' });
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
      if (textLength(page) >= SAY_ANALYSING_FROM) {
        set({ phase: 'loading', step: 'analysing' });
        await afterPaint();
      }
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
  useLayoutEffect(() => {
    if (state.phase === 'ready') performance.mark('vps:rendered'); // in the DOM, not painted yet
  }, [state.phase]);
  // Effects run after the frame is painted.
  useEffect(() => {
    if (state.phase !== 'ready') return;
    performance.mark('scorecard-ready');
    let live = true;
    void import('./extras').then((m) => live && setExtras(m));
    return () => {
      live = false;
    };
  }, [state.phase]);

  const ready = state.phase === 'ready' ? state : null;
  const scored = useMemo(() => ready && rescore(ready.analysis, prefs.profile), [ready?.analysis, prefs.settings]);
  const tabId = ready?.tabId;
  const page = ready?.page;
  const onShow = useCallback(
    async (ev: Evidence): Promise<ShowOutcome> => {
      if (tabId === undefined || !page) return 'not-found';
      const block = ev.block === undefined ? undefined : page.blocks[ev.block];
      const reply = await sendToTab(tabId, { type: 'highlight', quote: ev.quote, block: ev.block, locator: block?.locator });
      if (reply.found === 'none') return 'not-found';
      return reply.opened > 0 ? 'shown-opened' : 'shown';
    },
    [tabId, page],
  );
  // The same element while its inputs are the same: re-rendering App (the deferred extras) skips the scorecard.
  const card = useMemo(
    () => scored && page && (
      <Scorecard analysis={scored} page={page} onShow={onShow}
        profile={prefs.profile} emailLang={prefs.emailLang} onOpenSettings={openSettingsPage} />
    ),
    [scored, page, onShow, prefs.settings, prefs.uiLang],
  );

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
      const { page } = state;
      if (!prefs.ready || !card) return <StatusPanel kind="loading" title={S.analysing} />;
      return (
        <>
          <SettingsNotice problems={prefs.problems} />
          {extras && <extras.SaveToVendors analysis={state.analysis} page={page} />}
          <SourceFrame page={page}>{card}</SourceFrame>
          {extras && <extras.RelatedForPage page={page} />}
        </>
      );
    }
  }
}
