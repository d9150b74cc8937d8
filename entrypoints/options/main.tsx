import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { SettingsForm } from '../../components/SettingsForm';
import { useSettings } from '../../components/use-settings';
import '../popup/style.css';
import './style.css';

function OptionsPage() {
  const prefs = useSettings();
  useEffect(() => {
    document.title = `${t('app.name')} – ${t('settings.title')}`;
  }, [prefs.uiLang]);
  if (!prefs.ready) return null;
  return <SettingsForm settings={prefs.settings} problems={prefs.problems} browserLang={prefs.browserLang} onSave={prefs.save} />;
}

render(<OptionsPage />, document.getElementById('app')!);
