import { useState } from 'preact/hooks';
import type { ClaimId, ClaimResult, ClaimScore, Evidence, PageBlock } from '../lib/types';
import { claimName, detailsLabel, localReason, statusLabel, valueWord } from '../lib/i18n/scorecard';
import { S, STATUS_ICONS } from './strings';
import { QuoteText } from './QuoteText';
import './scorecard.css';

/** Outcome of a "show in page" click, as the popup reports it. */
export type ShowOutcome = 'shown' | 'shown-opened' | 'not-found' | 'failed';

export type ShowInPage = (evidence: Evidence) => Promise<ShowOutcome>;

export { valueWord };

/** One claim: status icon + word + colour, the value, the reason, details, and the evidence quotes. */
export function ClaimRow(props: {
  id: ClaimId;
  claim: ClaimResult;
  status: ClaimScore;
  blocks: PageBlock[];
  onShow: ShowInPage;
}) {
  const { id, claim, status } = props;
  const name = claimName(id);
  const headingId = `claim-${id}`;
  return (
    <li class={`claim status-${status.status}`} data-claim={id} data-value={claim.value} data-status={status.status} aria-labelledby={headingId}>
      <div class="claim-head">
        <h3 class="claim-name" id={headingId}>{name}</h3>
        <span class="claim-value">{valueWord(id, claim.value)}</span>
      </div>
      <p class="claim-status-line">
        <span class="claim-status">
          <span class="claim-icon" aria-hidden="true">{STATUS_ICONS[status.status]}</span>
          <span class="claim-status-word">{statusLabel(status.status)}</span>
        </span>
        <span class="claim-reason">{localReason(status.reason)}</span>
      </p>
      {claim.details.length > 0 && (
        <p class="claim-details">
          <span class="details-label">{detailsLabel(id)}:</span>
          {claim.details.map((d) => (
            <span class="chip" key={d}>{d}</span>
          ))}
        </p>
      )}
      {claim.evidence.length > 0 && (
        <ul class="evidence" aria-label={S.evidence}>
          {claim.evidence.map((ev, i) => (
            <EvidenceItem key={i} name={name} evidence={ev} block={ev.block === undefined ? undefined : props.blocks[ev.block]} onShow={props.onShow} />
          ))}
        </ul>
      )}
    </li>
  );
}

function EvidenceItem(props: { name: string; evidence: Evidence; block?: PageBlock; onShow: ShowInPage }) {
  const [outcome, setOutcome] = useState<ShowOutcome | 'busy' | null>(null);
  const click = async () => {
    if (outcome === 'busy') return;
    setOutcome('busy');
    try {
      setOutcome(await props.onShow(props.evidence));
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <li class="evidence-item">
      <QuoteText quote={props.evidence.quote} />
      <div class="evidence-actions">
        <button
          type="button"
          class="show-in-page"
          onClick={click}
          aria-disabled={outcome === 'busy' ? 'true' : undefined}
          aria-label={S.showInPageAria(props.name)}
          data-quote={props.evidence.quote}
        >
          {S.showInPage}
        </button>
        {props.block?.hidden && <span class="hidden-note">{S.hiddenNote}</span>}
        <span class="show-feedback" role="status" data-outcome={outcome ?? ''}>
          {outcome === 'shown' && S.shown}
          {outcome === 'shown-opened' && S.shownHidden}
          {outcome === 'not-found' && S.notFoundInPage}
          {outcome === 'failed' && S.highlightFailed}
        </span>
      </div>
    </li>
  );
}
