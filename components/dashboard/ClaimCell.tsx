import type { ClaimId, ClaimStatus } from '../../lib/types';
import type { MergedClaim } from '../../lib/vendors';
import { t } from '../../lib/i18n';
import { statusIcon, statusLabel, valueWord } from './claim-words';

/** A claim's value as a word with its status icon, plus markers for "set by you" and contradictions. */
export function ClaimValue(props: { id: ClaimId; claim: MergedClaim; status: ClaimStatus }) {
  const { id, claim, status } = props;
  return (
    <span class={`claim-value-cell status-${status}`} data-status={status}>
      <span class="claim-icon" aria-hidden="true">{statusIcon(status)}</span>
      <span class="value-word">{valueWord(id, claim.value)}</span>
      <span class="sr-only"> ({statusLabel(status)})</span>
      {claim.setByUser && (
        <span class="marker marker-user" title={t('dashboard.setByYou')}>
          <span aria-hidden="true">✎</span>
          <span class="sr-only"> {t('dashboard.setByYou')}</span>
        </span>
      )}
      {claim.conflicts.length > 0 && (
        <span class="marker marker-conflict" title={t('dashboard.contradiction')}>
          <span aria-hidden="true">⚠</span>
          <span class="sr-only"> {t('dashboard.contradiction')}</span>
        </span>
      )}
    </span>
  );
}
