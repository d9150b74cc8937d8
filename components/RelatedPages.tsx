import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n';
import { pdfTooBigMessage } from './pdf-messages';
import { findRelatedLinks, type PageLink, type RelatedLink } from '../lib/related/find-links';
import type { RelatedProblem } from '../lib/related/fetch-page';
import type { JobRequest, JobRow, RelatedJob, StartReply } from '../lib/related/job';
import { vendorFromUrl } from '../lib/vendors/identity';
import './RelatedPages.css';

export type { SaveResult } from '../lib/related/job';

/**
 * What the popup does for this list: ask for the site (within the click), hand the job to the
 * background, and follow the vendor's job as the background stores it.
 */
export interface RelatedActions {
  /** Asks the browser for read access to these URLs' sites; true when granted. Call within the click. */
  requestAccess(urls: string[]): Promise<boolean>;
  /**
   * Hands "Analyse all" to the background (the scoring profile is added by the actions). Called just
   * before `requestAccess`: the background starts once the site is granted, even if the popup is gone.
   */
  start(req: Omit<JobRequest, 'profile'>): Promise<StartReply>;
  /** The site was refused: the background forgets the job waiting for it. */
  cancel(vendor: string): Promise<void>;
  /** Calls `onJob` with the vendor's stored job now and after every change; returns the unsubscribe. */
  watch(vendor: string, onJob: (job: RelatedJob | undefined) => void): () => void;
}

type Local = { phase: 'idle' } | { phase: 'denied'; sites: string } | { phase: 'not_started'; message: string } | { phase: 'starting' };

/** The vendor's other privacy pages linked from this page, and "Analyse all" for them. */
export function RelatedPages(props: { pageUrl: string; links: readonly PageLink[]; actions: RelatedActions }) {
  const related = useMemo(() => findRelatedLinks(props.links, props.pageUrl), [props.links, props.pageUrl]);
  const vendor = vendorFromUrl(props.pageUrl);
  const [local, setLocal] = useState<Local>({ phase: 'idle' });
  const [job, setJob] = useState<RelatedJob | undefined>(undefined);
  useEffect(() => (vendor && related.length ? props.actions.watch(vendor, setJob) : undefined), [vendor, related.length, props.actions]);
  if (related.length === 0 || !vendor) return null;
  const sites = [...new Set(related.map((r) => new URL(r.url).hostname))].join(', ');
  // A running job of this vendor is shown wherever it was started; a finished one on its own page only.
  const shown = job && (job.phase === 'running' || job.pageUrl === props.pageUrl) ? job : undefined;

  const analyseAll = async () => {
    const urls = related.map((r) => r.url);
    // Both in the click's tick: the job is on its way before the permission prompt (which may close the popup).
    const started = props.actions.start({ vendor, pageUrl: props.pageUrl, urls }).catch(
      (e: unknown): StartReply => ({ ok: false, reason: 'invalid', message: e instanceof Error ? e.message : String(e) }),
    );
    let granted = false;
    try {
      granted = await props.actions.requestAccess(urls);
    } catch {
      granted = false;
    }
    if (!granted) {
      void props.actions.cancel(vendor).catch(() => undefined);
      return setLocal({ phase: 'denied', sites });
    }
    setLocal({ phase: 'starting' });
    const reply = await started;
    // 'busy': a job of this vendor is already running; it is the one shown.
    if (reply.ok || reply.reason === 'busy') return setLocal({ phase: 'idle' });
    if (reply.reason === 'no_access') return setLocal({ phase: 'denied', sites });
    setLocal({ phase: 'not_started', message: reply.message ?? reply.reason });
  };

  const rowOf = (url: string) => shown?.rows.find((r) => r.url === url);
  const total = shown?.rows.length ?? 0;
  const finished = shown?.rows.filter((r) => r.state === 'done' || r.state === 'failed').length ?? 0;
  const okCount = shown?.rows.filter((r) => r.state === 'done').length ?? 0;
  const canStart = shown?.phase !== 'running' && local.phase !== 'starting';
  return (
    <section class="related" aria-labelledby="related-h">
      <h2 id="related-h">{t('related.heading')}</h2>
      <p class="related-intro">{t('related.intro')}</p>
      <ul class="related-list">
        {related.map((link) => (
          <RelatedRow key={link.url} link={link} row={rowOf(link.url)} />
        ))}
      </ul>
      {!shown && local.phase === 'idle' && <p class="related-permission-note">{t('related.permissionNote', { site: sites })}</p>}
      {local.phase === 'denied' && (
        <p class="related-denied" role="alert">
          <span aria-hidden="true">✕ </span>
          {t('related.permissionDenied', { site: local.sites })}
        </p>
      )}
      {local.phase === 'not_started' && (
        <p class="related-denied related-not-started" role="alert">
          <span aria-hidden="true">✕ </span>
          {t('related.notStarted', { message: local.message })}
        </p>
      )}
      {canStart && (!shown || shown.phase === 'finished') && (
        <button type="button" class="related-analyse" onClick={() => void analyseAll()}>
          {t('related.analyseAll', { count: related.length })}
        </button>
      )}
      {shown && (
        <div class="related-progress" role="status" aria-live="polite" data-phase={shown.phase}>
          <progress max={total} value={finished} aria-hidden="true" />
          <span class="related-progress-text">
            {shown.phase === 'finished'
              ? t('related.finished', { ok: okCount, total })
              : t('related.progress', { done: Math.min(finished + 1, total), total })}
          </span>
          {shown.phase === 'running' && <p class="related-background">{t('related.background')}</p>}
        </div>
      )}
    </section>
  );
}

function RelatedRow(props: { link: RelatedLink; row?: JobRow | undefined }) {
  const { link, row } = props;
  return (
    <li class="related-item" data-url={link.url} data-category={link.category} data-state={row?.state ?? 'idle'}>
      <span class="related-cat">{t(`related.category.${link.category}` as MessageKey)}</span>{' '}
      <a href={link.url} target="_blank" rel="noopener noreferrer" class="related-link">
        {link.text || new URL(link.url).pathname}
      </a>
      {row && <RowResult row={row} />}
    </li>
  );
}

function RowResult({ row }: { row: JobRow }) {
  switch (row.state) {
    case 'waiting':
      return <p class="related-result related-waiting">{t('related.waiting')}</p>;
    case 'running':
      return (
        <p class="related-result related-running">
          <span class="spinner spinner-small" aria-hidden="true" /> {t('common.loading')}
        </p>
      );
    case 'done': {
      return (
        <p class="related-result related-done">
          <span class={`related-grade grade-${row.grade}`} data-grade={row.grade}>
            {t('related.grade', { grade: row.grade })}
          </span>{' '}
          <span class="related-answered">{t('related.answered', { answered: row.answered })}</span>
          {row.saved?.status === 'saved' && <span class="related-saved"> · {t('related.saved')}</span>}
          {row.saved?.status === 'failed' && (
            <span class="related-save-error"> · {t('related.notSaved', { message: row.saved.message })}</span>
          )}
        </p>
      );
    }
    case 'failed':
      return (
        <p class="related-result related-error" data-problem={row.problem.code}>
          <span class="related-error-icon" aria-hidden="true">✕</span> <span class="sr-only">{t('related.failed')}: </span>
          {problemMessage(row.problem)}
        </p>
      );
  }
}

/** One plain sentence per problem (also used for PDFs opened in a tab). */
export function problemMessage(p: RelatedProblem): string {
  switch (p.code) {
    case 'login':
      return t('related.error.login', { url: p.finalUrl });
    case 'other_site':
      return t('related.error.other_site', { url: p.finalUrl });
    case 'http':
      if (p.status === 404 || p.status === 410) return t('related.error.notFound', { status: p.status });
      if (p.status === 401 || p.status === 403) return t('related.error.forbidden', { status: p.status });
      if (p.status >= 500) return t('related.error.server', { status: p.status });
      return t('related.error.http', { status: p.status });
    case 'not_html':
      return t('related.error.not_html', { type: p.contentType });
    case 'empty':
      return t('related.error.empty');
    case 'network':
      return t('related.error.network', { detail: p.detail });
    case 'pdf_password':
      return t('pdf.error.password');
    case 'pdf_no_text':
      return t('pdf.error.no_text');
    case 'pdf_invalid':
      return t('pdf.error.invalid');
    case 'pdf_too_big':
      return pdfTooBigMessage(p.size);
  }
}

export { pdfTooBigMessage };
