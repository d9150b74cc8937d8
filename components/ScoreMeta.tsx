import type { Analysis } from '../lib/types';
import { t } from '../lib/i18n';
import { formatDate, langName, profileName } from '../lib/i18n/scorecard';

/** Under the page title: the scoring profile in use, the page's language and when it was analysed. */
export function ScoreMeta(props: { analysis: Analysis; onOpenSettings?: () => void }) {
  const { analysis } = props;
  return (
    <div class="score-meta">
      <p class="score-profile" data-profile={analysis.score.profile}>
        {t('popup.profileLine', { profile: profileName(analysis.score.profile) })}
        {props.onOpenSettings && (
          <>
            {' · '}
            <button type="button" class="link-button open-settings" onClick={props.onOpenSettings}>
              {t('popup.settings')}
            </button>
          </>
        )}
      </p>
      <p class="page-meta">
        <span class="page-lang" data-lang={analysis.lang}>{t('popup.pageLang', { lang: langName(analysis.lang) })}</span>
        {' · '}
        <span class="analysed-at" data-at={analysis.analyzedAt}>{t('popup.analysedAt', { date: formatDate(analysis.analyzedAt) })}</span>
      </p>
    </div>
  );
}
