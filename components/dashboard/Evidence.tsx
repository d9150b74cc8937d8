import type { ClaimId } from '../../lib/types';
import type { MergedClaim } from '../../lib/vendors';
import { t } from '../../lib/i18n';
import { valueWord } from './claim-words';
import { safeHref } from './table-logic';

/** A page address shown as the link text; only http(s) addresses become links. */
export function PageLink({ url }: { url: string }) {
  const href = safeHref(url);
  if (!href) return <span class="page-url">{url}</span>;
  return (
    <a class="page-url" href={href} target="_blank" rel="noreferrer">
      {url}
    </a>
  );
}

/** Details, quotes with their pages, a user's note, and the pages that contradict the value. */
export function ClaimEvidence(props: { id: ClaimId; claim: MergedClaim }) {
  const { id, claim } = props;
  return (
    <div class="claim-evidence">
      {claim.setByUser && claim.override && (
        <p class="override-note" data-set-by-user="true">
          {t('dashboard.setByYouWas', { value: valueWord(id, claim.extractedValue) })}
          {claim.override.note && <> {t('dashboard.noteLabel')}: <q>{claim.override.note}</q></>}
        </p>
      )}
      {claim.details.length > 0 && (
        <p class="claim-details">
          <span class="sr-only">{t('dashboard.details')}: </span>
          {claim.details.map((d) => (
            <span class="chip" key={d}>{d}</span>
          ))}
        </p>
      )}
      {claim.evidence.length > 0 && (
        <ul class="evidence" aria-label={t('dashboard.evidence')}>
          {claim.evidence.map((e, i) => (
            <li key={i} class="evidence-item">
              <blockquote class="quote">“{e.quote}”</blockquote>
              <PageLink url={e.url} />
            </li>
          ))}
        </ul>
      )}
      {claim.conflicts.length > 0 && (
        <div class="conflicts">
          <p class="conflicts-title">
            <span aria-hidden="true">⚠ </span>
            {t('dashboard.conflictsTitle')}
          </p>
          <ul>
            {claim.conflicts.map((s, i) => (
              <li key={i} class="conflict" data-value={s.value}>
                <strong>{valueWord(id, s.value)}</strong> — <PageLink url={s.url} />
                {s.quotes.map((q, j) => (
                  <blockquote key={j} class="quote">“{q}”</blockquote>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
