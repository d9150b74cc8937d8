import { t } from '../lib/i18n';
import './scorecard.css';

/** Shown when stored settings could not be read and the defaults are in use. */
export function SettingsNotice({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <p class="settings-notice" role="status" data-problems={problems.join(' ')}>
      <span aria-hidden="true">! </span>
      {t('settings.repaired')}
    </p>
  );
}
