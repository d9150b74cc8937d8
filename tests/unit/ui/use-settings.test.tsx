// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSettings } from '../../../components/use-settings';
import { SettingsNotice } from '../../../components/SettingsNotice';
import { getUiLang, setUiLang, t } from '../../../lib/i18n';
import { SETTINGS_KEY, defaultSettings } from '../../../lib/settings';

function Probe() {
  const s = useSettings();
  return (
    <div data-ready={String(s.ready)} data-profile={s.profile.id} data-ui={s.uiLang} data-email={s.emailLang}>
      <SettingsNotice problems={s.problems} />
      <span class="title">{t('popup.settings')}</span>
    </div>
  );
}

const probe = () => document.querySelector('[data-ready]')!;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  setUiLang('en');
});

describe('useSettings (storage.local)', () => {
  it('uses the stored settings, sets the UI language and follows later changes', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...defaultSettings(), profile: 'strict', uiLang: 'de', emailLang: 'fi' } });
    render(<Probe />);
    await waitFor(() => expect(probe().getAttribute('data-ready')).toBe('true'));
    expect(probe().getAttribute('data-profile')).toBe('strict');
    expect(probe().getAttribute('data-email')).toBe('fi');
    expect(getUiLang()).toBe('de');
    expect(document.querySelector('.title')!.textContent).toBe('Einstellungen');
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...defaultSettings(), profile: 'custom', uiLang: 'no' } });
    await waitFor(() => expect(probe().getAttribute('data-profile')).toBe('custom'));
    expect(document.querySelector('.title')!.textContent).toBe('Innstillinger');
    await waitFor(() => expect(document.documentElement.lang).toBe('nb'));
    expect(probe().getAttribute('data-email')).toBe('no');
  });

  it('falls back to the defaults with a visible notice when the stored value is malformed', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    render(<Probe />);
    await waitFor(() => expect(probe().getAttribute('data-ready')).toBe('true'));
    expect(probe().getAttribute('data-profile')).toBe('standard');
    expect(document.querySelector('.settings-notice')).not.toBeNull();
  });

  it('shows no notice when nothing was ever saved', async () => {
    render(<Probe />);
    await waitFor(() => expect(probe().getAttribute('data-ready')).toBe('true'));
    expect(document.querySelector('.settings-notice')).toBeNull();
  });
});
