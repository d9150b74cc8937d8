import { useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n';
import { pdfTooBigMessage } from './pdf-messages';
import { findRelatedLinks, type PageLink, type RelatedLink } from '../lib/related/find-links';
import type { RelatedOutcome, RelatedProblem } from '../lib/related/fetch-page';
import type { Analysis } from '../lib/types';
import './RelatedPages.css';

/** What the popup does for this list: ask for the site, fetch + analyse one page, file it under the vendor. */
export interface RelatedActions {
  /** Asks the browser for read access to these URLs' sites; true when granted. Call within the click. */
  requestAccess(urls: string[]): Promise<boolean>;
  analyse(url: string): Promise<RelatedOutcome>;
  /** Files a result under the vendor's record. */
  save?(outcome: Extract<RelatedOutcome, { ok: true }>): Promise<SaveResult>;
}

export type SaveResult = { status: 'saved' | 'skipped' } | { status: 'failed'; message: string };

type RowState =
  | { state: 'waiting' }
  | { state: 'running' }
  | { state: 'done'; analysis: Analysis; saved?: SaveResult }
  | { state: 'failed'; problem: RelatedProblem };

type Run = { phase: 'idle' } | { phase: 'denied'; sites: string } | { phase: 'running' | 'finished'; done: number; rows: RowState[] };

/** The vendor's other privacy pages linked from this page, and "Analyse all" for them. */
export function RelatedPages(props: { pageUrl: string; links: readonly PageLink[]; actions: RelatedActions }) {
  const related = useMemo(() => findRelatedLinks(props.links, props.pageUrl), [props.links, props.pageUrl]);
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  if (related.length === 0) return null;
  const sites = [...new Set(related.map((r) => new URL(r.url).hostname))].join(', ');

  const analyseAll = async () => {
    const urls = related.map((r) => r.url);
    let granted = false;
    try {
      granted = await props.actions.requestAccess(urls);
    } catch {
      granted = false;
    }
    if (!granted) return setRun({ phase: 'denied', sites });
    const rows: RowState[] = related.map(() => ({ state: 'waiting' }));
    const show = (done: number, phase: 'running' | 'finished' = 'running') => setRun({ phase, done, rows: [...rows] });
    for (let i = 0; i < related.length; i++) {
      rows[i] = { state: 'running' };
      show(i);
      const outcome = await props.actions.analyse(related[i]!.url).catch(
        (e: unknown): RelatedOutcome => ({ ok: false, problem: { code: 'network', detail: e instanceof Error ? e.message : String(e) } }),
      );
      if (outcome.ok) {
        const saved = props.actions.save
          ? await props.actions.save(outcome).catch((e: unknown): SaveResult => ({ status: 'failed', message: String(e) }))
          : undefined;
        rows[i] = { state: 'done', analysis: outcome.analysis, saved };
      } else {
        rows[i] = { state: 'failed', problem: outcome.problem };
      }
      show(i + 1);
    }
    show(related.length, 'finished');
  };

  const progress = run.phase === 'running' || run.phase === 'finished' ? run : null;
  const rows = progress?.rows ?? null;
  const okCount = rows?.filter((r) => r.state === 'done').length ?? 0;
  return (
    <section class="related" aria-labelledby="related-h">
      <h2 id="related-h">{t('related.heading')}</h2>
      <p class="related-intro">{t('related.intro')}</p>
      <ul class="related-list">
        {related.map((link, i) => (
          <RelatedRow key={link.url} link={link} row={rows?.[i]} />
        ))}
      </ul>
      {run.phase === 'idle' && <p class="related-permission-note">{t('related.permissionNote', { site: sites })}</p>}
      {run.phase === 'denied' && (
        <p class="related-denied" role="alert">
          <span aria-hidden="true">✕ </span>
          {t('related.permissionDenied', { site: run.sites })}
        </p>
      )}
      {(run.phase === 'idle' || run.phase === 'denied') && (
        <button type="button" class="related-analyse" onClick={() => void analyseAll()}>
          {t('related.analyseAll', { count: related.length })}
        </button>
      )}
      {progress && (
        <div class="related-progress" role="status" aria-live="polite" data-phase={progress.phase}>
          <progress max={related.length} value={progress.done} aria-hidden="true" />
          <span class="related-progress-text">
            {progress.phase === 'finished'
              ? t('related.finished', { ok: okCount, total: related.length })
              : t('related.progress', { done: Math.min(progress.done + 1, related.length), total: related.length })}
          </span>
        </div>
      )}
    </section>
  );
}

function RelatedRow(props: { link: RelatedLink; row?: RowState }) {
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

function RowResult({ row }: { row: RowState }) {
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
      const { score } = row.analysis;
      return (
        <p class="related-result related-done">
          <span class={`related-grade grade-${score.grade}`} data-grade={score.grade}>
            {t('related.grade', { grade: score.grade })}
          </span>{' '}
          <span class="related-answered">{t('related.answered', { answered: score.answered })}</span>
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
