// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ClaimRow } from '../../../components/ClaimRow';
import { QUOTE_CLIP, clipQuote } from '../../../components/QuoteText';
import { setUiLang } from '../../../lib/i18n';
import { sampleAnalysis } from './fixtures';

beforeEach(() => setUiLang('sv'));
afterEach(() => {
  cleanup();
  setUiLang('en');
});

function renderRow(id: 'data_location' | 'us_exposure', opts: { longQuote?: boolean } = {}, onShow = vi.fn(async () => 'shown' as const)) {
  const { analysis, page } = sampleAnalysis(opts);
  render(
    <ul>
      <ClaimRow id={id} claim={analysis.claims[id]} status={analysis.score.perClaim[id]} blocks={page.blocks} onShow={onShow} />
    </ul>,
  );
  return { onShow, analysis };
}

describe('ClaimRow', () => {
  it('shows status as icon, word and colour class, with the value, reason and details in the UI language', () => {
    renderRow('us_exposure');
    const row = document.querySelector('[data-claim="us_exposure"]')!;
    expect(row.classList.contains('status-risk')).toBe(true);
    expect(row.querySelector('.claim-icon')!.textContent).toBe('✕');
    expect(row.querySelector('.claim-icon')!.getAttribute('aria-hidden')).toBe('true');
    expect(row.querySelector('.claim-status-word')!.textContent).toBe('risk');
    expect(screen.getByRole('heading', { name: 'Amerikanskt ägande (CLOUD Act)' })).toBeTruthy();
    expect(row.querySelector('.claim-value')!.textContent).toBe('Använder en amerikanskägd leverantör');
    expect(row.querySelector('.claim-reason')!.textContent).toMatch(/^En amerikanskägd driftleverantör/);
    expect(row.querySelector('.details-label')!.textContent).toBe('Leverantörer:');
    expect(row.querySelector('.chip')!.textContent).toBe('Amazon Web Services');
  });

  it('clips a long quote behind "Visa mer" and expands it in place, keeping focus on the toggle', () => {
    const { analysis } = renderRow('data_location', { longQuote: true });
    const full = analysis.claims.data_location.evidence[0]!.quote;
    expect(full.length).toBeGreaterThan(QUOTE_CLIP);
    const quote = document.querySelector('.quote')!;
    expect(quote.textContent).toBe(`“${clipQuote(full)}”`);
    expect(quote.textContent!.length).toBeLessThan(full.length);
    const more = screen.getByRole('button', { name: 'Visa mer' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.focus();
    fireEvent.click(more);
    expect(document.querySelector('.quote')!.textContent).toBe(`“${full}”`);
    const less = screen.getByRole('button', { name: 'Visa mindre' });
    expect(less.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(less);
  });

  it('does not clip a short quote', () => {
    renderRow('data_location');
    expect(document.querySelector('.quote')!.textContent).toBe('“Data lagras i Stockholm.”');
    expect(screen.queryByRole('button', { name: 'Visa mer' })).toBeNull();
  });

  it('asks the page to show the quote and reports the outcome, keeping the button focusable', async () => {
    const { onShow } = renderRow('data_location');
    const button = screen.getByRole('button', { name: 'Visa på sidan: Var data lagras' });
    button.focus();
    fireEvent.click(button);
    expect(onShow).toHaveBeenCalledWith({ quote: 'Data lagras i Stockholm.', block: 0 });
    await waitFor(() => expect(document.querySelector('.show-feedback')!.textContent).toBe('Visas på sidan'));
    expect(document.activeElement).toBe(button);
    expect(button.hasAttribute('disabled')).toBe(false);
  });

  it('reports a failed highlight', async () => {
    renderRow('data_location', {}, vi.fn(async () => Promise.reject(new Error('gone'))));
    fireEvent.click(screen.getByRole('button', { name: /^Visa på sidan: / }));
    await waitFor(() => expect(document.querySelector('.show-feedback')!.getAttribute('data-outcome')).toBe('failed'));
  });
});
