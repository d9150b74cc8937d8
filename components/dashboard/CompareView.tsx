import { CLAIM_IDS } from '../../lib/types';
import type { MergedVendor } from '../../lib/vendors';
import { t } from '../../lib/i18n';
import { ClaimValue } from './ClaimCell';
import { ClaimEvidence } from './Evidence';
import { claimName, localReason } from './claim-words';

/** 2–4 vendors side by side: per claim the value, status, details, quotes with their pages, conflicts. */
export function CompareView(props: { vendors: MergedVendor[]; onOpen: (id: string) => void }) {
  const { vendors } = props;
  return (
    <div class="table-scroll">
      <table class="compare-table" data-count={vendors.length}>
        <caption class="sr-only">{t('dashboard.compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="compare-claim-col">{t('dashboard.colClaim')}</th>
            {vendors.map((v) => (
              <th scope="col" key={v.id} data-vendor={v.id}>
                <button type="button" class="vendor-link" onClick={() => props.onOpen(v.id)}>
                  {v.name}
                </button>
                <span class="compare-grade">
                  <span class={`grade-chip grade-${v.score.grade}`} data-grade={v.score.grade}>{v.score.grade}</span>{' '}
                  {t('dashboard.points', { points: v.score.points })} · {t('dashboard.answered', { answered: v.score.answered })}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CLAIM_IDS.map((id) => (
            <tr key={id} data-claim={id}>
              <th scope="row">{claimName(id)}</th>
              {vendors.map((v) => (
                <td key={v.id} data-vendor={v.id} data-value={v.claims[id].value} data-status={v.score.perClaim[id].status}>
                  <ClaimValue id={id} claim={v.claims[id]} status={v.score.perClaim[id].status} />
                  <p class="claim-reason">{localReason(v.score.perClaim[id].reason)}</p>
                  <ClaimEvidence id={id} claim={v.claims[id]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
