import './vendor-saved.css';
import type { SaveOutcome } from '../entrypoints/popup/save-analysis';
import type { ClaimChange } from '../lib/vendors';
import { t } from '../lib/i18n';
import { claimName, valueWord } from './dashboard/claim-words';
import { dayOf } from './dashboard/table-logic';
import { megabytes } from './storage-usage';

/** The popup's line about the vendor list: where the page was filed, what changed, the way to the dashboard. */
export function VendorSaved(props: { outcome: SaveOutcome | null; onOpenDashboard: () => void }) {
  const { outcome } = props;
  if (outcome?.status === 'skipped') return null;
  const open = (
    <button type="button" class="open-dashboard" onClick={props.onOpenDashboard}>
      {t('popup.vendor.openDashboard')}
    </button>
  );
  if (!outcome) {
    return (
      <section class="vendor-saved" data-state="saving" aria-label={t('popup.vendor.heading')}>
        <p role="status">{t('popup.vendor.saving')}</p>
      </section>
    );
  }
  if (outcome.status === 'failed') {
    return (
      <section class="vendor-saved vendor-saved-failed" data-state="failed" aria-label={t('popup.vendor.heading')}>
        <div role="alert">
          <p class="vendor-saved-title">{t('popup.vendor.failed')}</p>
          <p class="vendor-saved-error">{outcome.message}</p>
        </div>
        {open}
      </section>
    );
  }
  const prev = outcome.previousAnalyzedAt ? dayOf(outcome.previousAnalyzedAt) : '';
  return (
    <section class="vendor-saved" data-state="saved" data-vendor={outcome.vendorId} aria-label={t('popup.vendor.heading')}>
      <div role="status">
        <p class="vendor-saved-title">{t('popup.vendor.savedUnder', { vendor: outcome.vendorName })}</p>
        <p class="vendor-saved-count" data-count={outcome.pageCount}>
          {t('popup.vendor.pageCount', { count: outcome.pageCount })}
        </p>
      </div>
      {outcome.previousAnalyzedAt && !outcome.textChanged && <p class="vendor-saved-unchanged">{t('popup.vendor.unchanged', { date: prev })}</p>}
      {outcome.textChanged && outcome.changes.length === 0 && (
        <p class="vendor-saved-unchanged">{t('popup.vendor.textChangedNoClaims', { date: prev })}</p>
      )}
      {outcome.changes.length > 0 && (
        <div class="vendor-saved-changes">
          <p>{t('popup.vendor.changed', { date: prev })}</p>
          <ul>
            {outcome.changes.map((c) => (
              <li key={c.claim} data-changed-claim={c.claim}>
                {changeText(c)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome.storageBytes !== undefined && (
        <p class="vendor-saved-storage" role="note">
          {t('popup.vendor.storageWarning', { used: megabytes(outcome.storageBytes) })}
        </p>
      )}
      {open}
    </section>
  );
}

export function changeText(c: ClaimChange): string {
  const parts = [
    c.from === c.to
      ? t('popup.vendor.sameValue', { claim: claimName(c.claim), value: valueWord(c.claim, c.to) })
      : t('popup.vendor.change', { claim: claimName(c.claim), from: valueWord(c.claim, c.from), to: valueWord(c.claim, c.to) }),
  ];
  if (c.detailsAdded.length) parts.push(t('popup.vendor.detailsAdded', { list: c.detailsAdded.join(', ') }));
  if (c.detailsRemoved.length) parts.push(t('popup.vendor.detailsRemoved', { list: c.detailsRemoved.join(', ') }));
  return parts.join('; ');
}
