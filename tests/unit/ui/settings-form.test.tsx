// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { SettingsForm } from '../../../components/SettingsForm';
import { setUiLang } from '../../../lib/i18n';
import { DEFAULT_WEIGHTS } from '../../../lib/score';
import { defaultSettings, type Settings } from '../../../lib/settings';

afterEach(() => {
  cleanup();
  setUiLang('en');
});

/** The form with its settings held in state, as useSettings does after a save. */
function Harness(props: { initial?: Settings; problems?: string[]; onSave: (s: Settings) => Promise<void> }) {
  const [s, setS] = useState(props.initial ?? defaultSettings());
  const [problems, setProblems] = useState(props.problems ?? []);
  return (
    <SettingsForm
      settings={s}
      problems={problems}
      browserLang="da"
      onSave={async (next) => {
        await props.onSave(next);
        setS(next);
        setProblems([]);
      }}
    />
  );
}

describe('SettingsForm', () => {
  it('saves the profile choice and shows the custom weights only for Custom', async () => {
    const onSave = vi.fn(async () => {});
    render(<Harness onSave={onSave} />);
    expect((screen.getByLabelText('Standard') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Where data is stored')).toBeNull();
    fireEvent.click(screen.getByLabelText('Strict (Schrems II)'));
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ profile: 'strict' })));
    expect(screen.getByRole('status').textContent).toBe('Saved.');
    fireEvent.click(screen.getByLabelText('Custom'));
    await waitFor(() => expect(screen.getByLabelText('Where data is stored')).toBeTruthy());
    expect(document.querySelectorAll('.weight input[type="number"]').length).toBe(12);
  });

  it('saves a valid weight, flags an invalid one without saving it', async () => {
    const onSave = vi.fn(async () => {});
    render(<Harness initial={{ ...defaultSettings(), profile: 'custom' }} onSave={onSave} />);
    const input = screen.getByLabelText('US ownership (CLOUD Act)') as HTMLInputElement;
    expect(input.value).toBe(String(DEFAULT_WEIGHTS.us_exposure));
    fireEvent.input(input, { target: { value: '55' } });
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect((onSave.mock.calls[0] as unknown as [Settings])[0].customWeights.us_exposure).toBe(55);
    fireEvent.input(input, { target: { value: '150' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe('Enter a whole number from 0 to 100.');
    await new Promise((r) => setTimeout(r, 10));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('sets the US-exposure mode of the custom profile', async () => {
    const onSave = vi.fn(async () => {});
    render(<Harness initial={{ ...defaultSettings(), profile: 'custom' }} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('How US ownership is judged'), { target: { value: 'strict' } });
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ customUsExposure: 'strict' })));
  });

  it('resets scoring to the defaults but keeps the languages', async () => {
    const onSave = vi.fn(async () => {});
    const initial: Settings = { ...defaultSettings(), profile: 'custom', uiLang: 'fi', customWeights: { ...DEFAULT_WEIGHTS, dpo_contact: 90 } };
    setUiLang('fi');
    render(<Harness initial={initial} onSave={onSave} />);
    const reset = screen.getByRole('button', { name: 'Palauta oletukset' });
    reset.focus();
    fireEvent.click(reset);
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    const saved = (onSave.mock.calls[0] as unknown as [Settings])[0];
    expect(saved.profile).toBe('standard');
    expect(saved.customWeights).toEqual(DEFAULT_WEIGHTS);
    expect(saved.uiLang).toBe('fi');
    expect(screen.getByRole('status').textContent).toBe('Asetukset palautettiin oletuksiin.');
    expect(document.activeElement).toBe(reset);
  });

  it('offers automatic UI language (named after the browser language) and six languages, and an e-mail language', async () => {
    const onSave = vi.fn(async () => {});
    render(<Harness onSave={onSave} />);
    const ui = screen.getByLabelText('Language of the extension') as HTMLSelectElement;
    expect(Array.from(ui.options).map((o) => o.value)).toEqual(['auto', 'en', 'sv', 'no', 'da', 'de', 'fi']);
    expect(ui.options[0]!.textContent).toBe('Same as the browser (Dansk)');
    fireEvent.change(ui, { target: { value: 'no' } });
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ uiLang: 'no' })));
    const email = screen.getByLabelText('Language of the follow-up e-mail') as HTMLSelectElement;
    expect(email.value).toBe('ui');
    fireEvent.change(email, { target: { value: 'de' } });
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ emailLang: 'de' })));
  });

  it('shows a notice when stored settings were unreadable, and a failed save', async () => {
    render(<Harness problems={['profile']} onSave={() => Promise.reject(new Error('QUOTA_BYTES'))} />);
    expect(document.querySelector('.settings-notice')!.textContent).toMatch(/could not be read/);
    fireEvent.click(screen.getByLabelText('Strict (Schrems II)'));
    await waitFor(() => expect(screen.getAllByRole('status').at(-1)!.getAttribute('data-state')).toBe('failed'));
    expect(screen.getAllByRole('status').at(-1)!.textContent).toMatch(/QUOTA_BYTES/);
  });
});
