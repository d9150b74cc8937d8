import type { ClaimId, ClaimStatus, CLAIM_VALUES } from '../lib/types';
import { CLAIM_IDS } from '../lib/types';
import type { UnreadableReason } from '../lib/page-access';
import { t } from '../lib/i18n';
import { claimName, statusLabel, valueWord } from '../lib/i18n/scorecard';

/**
 * The popup's strings as typed accessors over the i18n catalogs (lib/i18n/messages). Every value is
 * read when used, so it follows `setUiLang`. New strings go into the catalogs, not here.
 */

export { claimName, statusLabel, valueWord } from '../lib/i18n/scorecard';

type ValueWords = { [K in ClaimId]: Record<(typeof CLAIM_VALUES)[K][number], string> };

/** Object whose properties are computed on every read. */
function live<K extends string, V>(keys: readonly K[], get: (k: K) => V): Record<K, V> {
  const o = {} as Record<K, V>;
  for (const k of keys) Object.defineProperty(o, k, { get: () => get(k), enumerable: true });
  return o;
}

export const CLAIM_NAMES: Record<ClaimId, string> = live(CLAIM_IDS, (id) => claimName(id));

export const VALUE_WORDS = new Proxy({} as ValueWords, {
  get: (_, id: string) => new Proxy({}, { get: (__, v: string) => valueWord(id as ClaimId, v) }),
});

/** Icon (decorative; the word carries the meaning) and label per status. */
export const STATUS_ICONS: Record<ClaimStatus, string> = { ok: '✓', caution: '!', risk: '✕', not_stated: '?' };
const STATUSES: readonly ClaimStatus[] = ['ok', 'caution', 'risk', 'not_stated'];
export const STATUS_LABELS: Record<ClaimStatus, string> = live(STATUSES, (s) => statusLabel(s));

const UNREADABLE: readonly UnreadableReason[] = ['browser-page', 'web-store', 'view-source', 'local-file', 'no-access', 'not-a-web-page'];
export const UNREADABLE_MESSAGES: Record<UnreadableReason, { title: string; body: string }> = live(UNREADABLE, (r) => ({
  title: t(r === 'local-file' ? 'unreadable.fileTitle' : 'unreadable.title'),
  body: t(`unreadable.${r}`),
}));

export const S = {
  get appName() { return t('app.name'); },
  get loading() { return t('popup.loading'); },
  get analysing() { return t('popup.analysing'); },
  get emptyTitle() { return t('popup.emptyTitle'); },
  get emptyBody() { return t('popup.emptyBody'); },
  get errorTitle() { return t('popup.errorTitle'); },
  get errorBody() { return t('popup.errorBody'); },
  get errorDetails() { return t('popup.errorDetails'); },
  get retry() { return t('common.retry'); },
  gradeAria: (grade: string, points: number, answered: number) => t('popup.gradeAria', { grade, points, answered }),
  points: (n: number) => t('popup.points', { n }),
  answers: (n: number) => t('popup.answers', { n }),
  get topReasons() { return t('popup.topReasons'); },
  get answeredHeading() { return t('popup.answeredHeading'); },
  get unknownHeading() { return t('popup.unknownHeading'); },
  get unknownIntro() { return t('popup.unknownIntro'); },
  get noneUnknown() { return t('popup.noneUnknown'); },
  get noneAnswered() { return t('popup.noneAnswered'); },
  get evidence() { return t('popup.evidence'); },
  get showInPage() { return t('popup.showInPage'); },
  showInPageAria: (claim: string) => t('popup.showInPageAria', { claim }),
  get shown() { return t('popup.shown'); },
  get shownHidden() { return t('popup.shownHidden'); },
  get notFoundInPage() { return t('popup.notFoundInPage'); },
  get highlightFailed() { return t('popup.highlightFailed'); },
  get hiddenNote() { return t('popup.hiddenNote'); },
  vendor: (vendor: string) => t('popup.vendor', { vendor }),
  get privacyNote() { return t('popup.privacyNote'); },
};
