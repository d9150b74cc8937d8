// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { AskVendor } from '../../../components/AskVendor';
import { followUpEmail, followUpQuestions } from '../../../lib/score/questions';
import { PROFILES } from '../../../lib/score';
import { setUiLang } from '../../../lib/i18n';
import { sampleAnalysis } from './fixtures';

afterEach(() => {
  cleanup();
  setUiLang('en');
});

describe('AskVendor', () => {
  it('is collapsed at first and opens with its disclosure button', () => {
    setUiLang('sv');
    const { analysis } = sampleAnalysis();
    render(<AskVendor claims={analysis.claims} vendor={analysis.vendor} profile="standard" defaultLang="sv" copy={vi.fn()} />);
    const n = followUpQuestions(analysis.claims, 'sv', 'standard').length;
    const toggle = screen.getByRole('button', { name: `Fråga leverantören (${n} frågor)` });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect((document.getElementById('ask-body') as HTMLElement).hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect((document.getElementById('ask-body') as HTMLElement).hidden).toBe(false);
    const items = Array.from(document.querySelectorAll('.ask-list li')).map((li) => li.textContent);
    expect(items).toEqual(followUpQuestions(analysis.claims, 'sv', 'standard'));
  });

  it('copies the e-mail in the picked language and says so', async () => {
    setUiLang('sv');
    const { analysis } = sampleAnalysis();
    const copy = vi.fn(async (_text: string) => {});
    render(<AskVendor claims={analysis.claims} vendor={analysis.vendor} profile={PROFILES.strict} defaultLang="sv" copy={copy} initiallyOpen />);
    const picker = screen.getByLabelText('E-postens språk') as HTMLSelectElement;
    expect(picker.value).toBe('sv');
    fireEvent.change(picker, { target: { value: 'de' } });
    expect(document.querySelector('.ask-list')!.getAttribute('lang')).toBe('de');
    expect(document.querySelector('.ask-list li')!.textContent).toBe(followUpQuestions(analysis.claims, 'de', PROFILES.strict)[0]);
    const button = screen.getByRole('button', { name: 'Kopiera som e-post' });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Kopierat/));
    expect(copy).toHaveBeenCalledWith(followUpEmail(analysis.claims, 'example.se', 'de', PROFILES.strict));
    expect(copy.mock.calls[0]![0]).toMatch(/^Hallo|^Guten Tag|^Sehr geehrte/);
    expect(document.activeElement).toBe(button);
  });

  it('tells the user when copying fails', async () => {
    const { analysis } = sampleAnalysis();
    render(
      <AskVendor claims={analysis.claims} vendor="" defaultLang="en" copy={() => Promise.reject(new Error('denied'))} initiallyOpen />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy as e-mail' }));
    await waitFor(() => expect(screen.getByRole('status').getAttribute('data-state')).toBe('failed'));
    expect(screen.getByRole('status').textContent).toMatch(/Could not copy/);
  });
});
