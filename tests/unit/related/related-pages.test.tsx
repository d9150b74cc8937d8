// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { RelatedPages, problemMessage, type RelatedActions } from '../../../components/RelatedPages';
import { setUiLang, t } from '../../../lib/i18n';
import type { RelatedJob, StartReply } from '../../../lib/related/job';
import { PROFILES } from '../../../lib/score';

afterEach(() => {
  cleanup();
  setUiLang('en');
});

const PAGE = 'https://vendor.example/gdpr';
const LINKS = [
  { href: 'https://vendor.example/dpa', text: 'Data Processing Agreement' },
  { href: 'https://vendor.example/security', text: 'Security' },
  { href: 'https://vendor.example/pricing', text: 'Pricing' },
];

/** Actions as the popup has them, with the background played by the test: `emit` stores a job state. */
function fakeActions(over: Partial<RelatedActions> = {}) {
  let listener: ((job: RelatedJob | undefined) => void) | undefined;
  let current: RelatedJob | undefined;
  const actions: RelatedActions = {
    requestAccess: vi.fn(async () => true),
    start: vi.fn(async (): Promise<StartReply> => ({ ok: true })),
    cancel: vi.fn(async () => undefined),
    watch: (_vendor, onJob) => {
      listener = onJob;
      onJob(current);
      return () => (listener = undefined);
    },
    ...over,
  };
  const emit = (job: RelatedJob | undefined) => {
    current = job;
    act(() => listener?.(job));
  };
  return { actions, emit };
}

function job(rows: RelatedJob['rows'], phase: RelatedJob['phase'] = 'running', pageUrl = PAGE): RelatedJob {
  return { vendor: 'vendor.example', pageUrl, profile: PROFILES.standard, phase, startedAt: '2025-01-01T00:00:00.000Z', rows };
}

const DPA = 'https://vendor.example/dpa';
const SEC = 'https://vendor.example/security';

describe('RelatedPages', () => {
  it('lists only the related links, and nothing at all when there are none', () => {
    const { actions } = fakeActions();
    const { container, unmount } = render(<RelatedPages pageUrl={PAGE} links={LINKS} actions={actions} />);
    expect(Array.from(container.querySelectorAll('.related-item'), (e) => e.getAttribute('data-category'))).toEqual(['dpa', 'security']);
    expect(screen.getByRole('button').textContent).toBe(t('related.analyseAll', { count: 2 }));
    unmount();
    const empty = render(<RelatedPages pageUrl={PAGE} links={[LINKS[2]!]} actions={actions} />);
    expect(empty.container.innerHTML).toBe('');
  });

  it('hands the job over before asking for the site, and cancels it when the site is refused', async () => {
    const order: string[] = [];
    const { actions } = fakeActions({
      start: vi.fn(async () => {
        order.push('start');
        return { ok: false, reason: 'no_access' } as StartReply;
      }),
      requestAccess: vi.fn(async () => {
        order.push('request');
        return false;
      }),
    });
    render(<RelatedPages pageUrl={PAGE} links={LINKS} actions={actions} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(t('related.permissionDenied', { site: 'vendor.example' })));
    expect(order).toEqual(['start', 'request']);
    expect(actions.start).toHaveBeenCalledWith({ vendor: 'vendor.example', pageUrl: PAGE, urls: [DPA, SEC] });
    expect(actions.cancel).toHaveBeenCalledWith('vendor.example');
    expect(screen.getByRole('button')).toBeTruthy(); // can try again
  });

  it('shows the background job’s progress as it is stored, failures and saving included', async () => {
    const { actions, emit } = fakeActions();
    const { container } = render(<RelatedPages pageUrl={PAGE} links={LINKS} actions={actions} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(actions.start).toHaveBeenCalled());
    emit(job([{ url: DPA, state: 'running' }, { url: SEC, state: 'waiting' }]));
    expect(container.querySelector('.related-progress-text')?.textContent).toBe(t('related.progress', { done: 1, total: 2 }));
    expect(container.querySelector('.related-background')?.textContent).toBe(t('related.background'));
    expect(container.querySelector('.related-analyse')).toBeNull();
    emit(job([
      { url: DPA, state: 'failed', problem: { code: 'login', finalUrl: 'https://vendor.example/login' } },
      { url: SEC, state: 'done', grade: 'C', answered: 3, saved: { status: 'saved' } },
    ], 'finished'));
    expect(container.querySelector('[data-category="dpa"] .related-error')?.textContent).toContain(t('related.error.login', { url: 'https://vendor.example/login' }));
    expect(container.querySelector('[data-category="security"] .related-grade')?.getAttribute('data-grade')).toBe('C');
    expect(container.querySelector('.related-saved')).not.toBeNull();
    expect(container.querySelector('.related-progress-text')?.textContent).toBe(t('related.finished', { ok: 1, total: 2 }));
    expect(container.querySelector('.related-background')).toBeNull();
  });

  it('opened again: shows the vendor’s running job at once, and a finished one only on its own page', () => {
    const { actions, emit } = fakeActions();
    emit(job([{ url: DPA, state: 'done', grade: 'B', answered: 7, saved: { status: 'saved' } }, { url: SEC, state: 'running' }], 'running', 'https://vendor.example/other'));
    const { container, unmount } = render(<RelatedPages pageUrl={PAGE} links={LINKS} actions={actions} />);
    expect(container.querySelector('.related-progress')?.getAttribute('data-phase')).toBe('running');
    expect(container.querySelector('[data-category="dpa"]')?.getAttribute('data-state')).toBe('done');
    expect(container.querySelector('.related-analyse')).toBeNull();
    unmount();
    emit(job([{ url: DPA, state: 'done', grade: 'B', answered: 7, saved: { status: 'saved' } }], 'finished', 'https://vendor.example/other'));
    const again = render(<RelatedPages pageUrl={PAGE} links={LINKS} actions={actions} />);
    expect(again.container.querySelector('.related-progress')).toBeNull();
    expect(again.container.querySelector('.related-analyse')).not.toBeNull();
  });

  it('says why when the background cannot start the job', async () => {
    const { actions } = fakeActions({ start: vi.fn(async (): Promise<StartReply> => ({ ok: false, reason: 'storage', message: 'quota exceeded' })) });
    render(<RelatedPages pageUrl={PAGE} links={LINKS} actions={actions} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(t('related.notStarted', { message: 'quota exceeded' })));
  });
});

describe('problemMessage', () => {
  it('has a plain sentence for every problem, with the size of a PDF that is too big', () => {
    expect(problemMessage({ code: 'http', status: 404 })).toBe('Page not found (HTTP 404).');
    expect(problemMessage({ code: 'http', status: 503 })).toContain('503');
    expect(problemMessage({ code: 'pdf_too_big', size: 30 * 1048576 })).toBe('This PDF is 30.0 MB. PDFs over 25 MB are not read.');
    expect(problemMessage({ code: 'not_html', contentType: 'application/zip' })).toContain('application/zip');
    setUiLang('de');
    expect(problemMessage({ code: 'pdf_password' })).toBe(t('pdf.error.password', undefined, 'de'));
  });
});
