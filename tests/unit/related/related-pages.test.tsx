// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { RelatedPages, problemMessage, type RelatedActions } from '../../../components/RelatedPages';
import { analyzePage } from '../../../lib/analyze';
import { setUiLang, t } from '../../../lib/i18n';
import type { RelatedOutcome } from '../../../lib/related/fetch-page';

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

function okOutcome(url: string): RelatedOutcome {
  const page = { url, title: 'Security', declaredLang: 'en', kind: 'html' as const, blocks: [{ text: 'All data is encrypted at rest with AES-256.', kind: 'paragraph' as const }] };
  return { ok: true, page, analysis: analyzePage(page) };
}

describe('RelatedPages', () => {
  it('lists only the related links, and nothing at all when there are none', () => {
    const actions: RelatedActions = { requestAccess: vi.fn(), analyse: vi.fn() };
    const { container, unmount } = render(<RelatedPages pageUrl={PAGE} links={LINKS} actions={actions} />);
    expect(Array.from(container.querySelectorAll('.related-item'), (e) => e.getAttribute('data-category'))).toEqual(['dpa', 'security']);
    expect(screen.getByRole('button').textContent).toBe(t('related.analyseAll', { count: 2 }));
    unmount();
    const empty = render(<RelatedPages pageUrl={PAGE} links={[LINKS[2]!]} actions={actions} />);
    expect(empty.container.innerHTML).toBe('');
  });

  it('fetches nothing when the site permission is refused, and says so', async () => {
    const analyse = vi.fn();
    render(<RelatedPages pageUrl={PAGE} links={LINKS} actions={{ requestAccess: async () => false, analyse }} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(t('related.permissionDenied', { site: 'vendor.example' })));
    expect(analyse).not.toHaveBeenCalled();
    expect(screen.getByRole('button')).toBeTruthy(); // can try again
  });

  it('analyses one page after the other, keeps going after a failure and reports saving', async () => {
    const save = vi.fn(async () => ({ status: 'saved' as const }));
    const analyse = vi.fn(async (url: string): Promise<RelatedOutcome> =>
      url.endsWith('/dpa') ? { ok: false, problem: { code: 'login', finalUrl: 'https://vendor.example/login' } } : okOutcome(url),
    );
    const { container } = render(<RelatedPages pageUrl={PAGE} links={LINKS} actions={{ requestAccess: async () => true, analyse, save }} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(container.querySelector('.related-progress')?.getAttribute('data-phase')).toBe('finished'));
    expect(analyse.mock.calls.map((c) => c[0])).toEqual(['https://vendor.example/dpa', 'https://vendor.example/security']);
    expect(container.querySelector('[data-category="dpa"] .related-error')?.textContent).toContain(t('related.error.login', { url: 'https://vendor.example/login' }));
    expect(container.querySelector('[data-category="security"] .related-grade')?.getAttribute('data-grade')).toMatch(/^[A-E]$/);
    expect(save).toHaveBeenCalledTimes(1);
    expect(container.querySelector('.related-saved')).not.toBeNull();
    expect(container.querySelector('.related-progress-text')?.textContent).toBe(t('related.finished', { ok: 1, total: 2 }));
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
