import { useState } from 'preact/hooks';
import type { ClaimId, Lang } from '../lib/types';
import { CLAIM_IDS, LANGS } from '../lib/types';
import { t } from '../lib/i18n';
import { ENDONYMS, claimName, localeTag, profileName } from '../lib/i18n/scorecard';
import {
  PROFILE_CHOICES, defaultSettings, isValidWeight, type ProfileChoice, type Settings, type UsExposureMode,
} from '../lib/settings';
import { SettingsNotice } from './SettingsNotice';

type SaveState = { state: 'idle' } | { state: 'saved'; message: string } | { state: 'failed'; message: string };

const PROFILE_HINTS: Record<ProfileChoice, 'settings.profileStandardHint' | 'settings.profileStrictHint' | 'settings.profileCustomHint'> = {
  standard: 'settings.profileStandardHint',
  strict: 'settings.profileStrictHint',
  custom: 'settings.profileCustomHint',
};

const weightText = (w: Record<ClaimId, number>) =>
  Object.fromEntries(CLAIM_IDS.map((id) => [id, String(w[id])])) as Record<ClaimId, string>;

/** The settings page's form. Every valid change is saved at once; invalid weights are flagged, not saved. */
export function SettingsForm(props: {
  settings: Settings;
  problems: string[];
  browserLang: Lang;
  onSave: (next: Settings) => Promise<void>;
}) {
  const { settings } = props;
  const [weights, setWeights] = useState(() => weightText(settings.customWeights));
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });

  const save = async (next: Settings, message = t('settings.saved')) => {
    try {
      await props.onSave(next);
      setStatus({ state: 'saved', message });
    } catch (e) {
      setStatus({ state: 'failed', message: t('settings.saveFailed', { error: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const setWeight = (id: ClaimId, text: string) => {
    setWeights({ ...weights, [id]: text });
    const n = text.trim() === '' ? NaN : Number(text);
    if (isValidWeight(n)) void save({ ...settings, customWeights: { ...settings.customWeights, [id]: n } });
  };

  const reset = async () => {
    const d = defaultSettings();
    // Languages are not part of the scoring defaults: keep them.
    const next = { ...d, uiLang: settings.uiLang, emailLang: settings.emailLang };
    setWeights(weightText(next.customWeights));
    await save(next, t('settings.resetDone'));
  };

  return (
    <div class="settings">
      <h1>{t('settings.title')}</h1>
      <p class="settings-intro">{t('settings.intro')}</p>
      <SettingsNotice problems={props.problems} />

      <fieldset class="profile-choice">
        <legend>{t('settings.profileHeading')}</legend>
        {PROFILE_CHOICES.map((p) => (
          <div class="choice" key={p}>
            <input
              type="radio"
              id={`profile-${p}`}
              name="profile"
              value={p}
              checked={settings.profile === p}
              aria-describedby={`profile-${p}-hint`}
              onChange={() => void save({ ...settings, profile: p })}
            />
            <label for={`profile-${p}`}>{profileName(p)}</label>
            <span class="hint" id={`profile-${p}-hint`}>{t(PROFILE_HINTS[p])}</span>
          </div>
        ))}
      </fieldset>

      {settings.profile === 'custom' && (
        <fieldset class="custom-profile">
          <legend>{t('settings.weightsHeading')}</legend>
          <p class="hint" id="weights-hint">{t('settings.weightsHint')}</p>
          <div class="weights">
            {CLAIM_IDS.map((id) => {
              const text = weights[id];
              const invalid = !isValidWeight(text.trim() === '' ? NaN : Number(text));
              return (
                <div class="weight" key={id}>
                  <label for={`weight-${id}`}>{claimName(id)}</label>
                  <input
                    type="number"
                    id={`weight-${id}`}
                    name={id}
                    min={0}
                    max={100}
                    step={1}
                    inputMode="numeric"
                    value={text}
                    aria-invalid={invalid ? 'true' : 'false'}
                    aria-describedby={invalid ? `weight-${id}-error` : 'weights-hint'}
                    onInput={(e) => setWeight(id, (e.currentTarget as HTMLInputElement).value)}
                  />
                  {invalid && (
                    <p class="field-error" id={`weight-${id}-error`}>
                      {t('settings.weightInvalid')}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
          <div class="field">
            <label for="us-exposure">{t('settings.usExposureLabel')}</label>
            <select
              id="us-exposure"
              value={settings.customUsExposure}
              onChange={(e) => void save({ ...settings, customUsExposure: (e.currentTarget as HTMLSelectElement).value as UsExposureMode })}
            >
              <option value="standard">{t('settings.usExposureStandard')}</option>
              <option value="strict">{t('settings.usExposureStrict')}</option>
            </select>
          </div>
        </fieldset>
      )}

      <div class="settings-actions">
        <button type="button" class="reset-settings" onClick={() => void reset()}>
          {t('settings.reset')}
        </button>
      </div>

      <fieldset class="languages">
        <legend>{t('settings.languageHeading')}</legend>
        <div class="field">
          <label for="ui-lang">{t('settings.uiLang')}</label>
          <select
            id="ui-lang"
            value={settings.uiLang}
            onChange={(e) => void save({ ...settings, uiLang: (e.currentTarget as HTMLSelectElement).value as Settings['uiLang'] })}
          >
            <option value="auto">{t('settings.uiLangAuto', { lang: ENDONYMS[props.browserLang] })}</option>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={localeTag(l)}>{ENDONYMS[l]}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="email-lang">{t('settings.emailLang')}</label>
          <select
            id="email-lang"
            value={settings.emailLang}
            onChange={(e) => void save({ ...settings, emailLang: (e.currentTarget as HTMLSelectElement).value as Settings['emailLang'] })}
          >
            <option value="ui">{t('settings.emailLangUi')}</option>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={localeTag(l)}>{ENDONYMS[l]}</option>
            ))}
          </select>
        </div>
      </fieldset>

      <p class="save-status" role="status" data-state={status.state}>
        {status.state !== 'idle' && status.message}
      </p>
    </div>
  );
}
