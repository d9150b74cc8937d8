import type { Analysis, Lang, PageText } from '../lib/types';
import { CLAIM_IDS } from '../lib/types';
import { ClaimRow, type ShowInPage } from './ClaimRow';
import { GradeBadge } from './GradeBadge';
import { CLAIM_NAMES, S } from './strings';
import { localReason } from '../lib/i18n/scorecard';
import { getUiLang } from '../lib/i18n';
import type { ScoreProfile } from '../lib/score';
import { ScoreMeta } from './ScoreMeta';
import { AskVendor } from './AskVendor';

/** The whole scorecard: grade, the claims the page answers, then what it does not say. */
export function Scorecard(props: {
  analysis: Analysis;
  page: PageText;
  onShow: ShowInPage;
  /** Scoring profile behind `analysis.score` (for the follow-up questions); the score's own id otherwise. */
  profile?: ScoreProfile;
  /** Language of the follow-up e-mail; the UI language otherwise. */
  emailLang?: Lang;
  onOpenSettings?: () => void;
}) {
  const { analysis, page } = props;
  const answered = CLAIM_IDS.filter((id) => analysis.claims[id].value !== 'unknown');
  const unknown = CLAIM_IDS.filter((id) => analysis.claims[id].value === 'unknown');
  return (
    <article class="scorecard" aria-label={analysis.title || S.appName}>
      <header class="scorecard-head">
        <GradeBadge score={analysis.score} />
        <div class="page-info">
          <p class="page-title">{analysis.title || page.url}</p>
          {analysis.vendor && <p class="page-vendor">{S.vendor(analysis.vendor)}</p>}
          <ScoreMeta analysis={analysis} onOpenSettings={props.onOpenSettings} />
        </div>
      </header>
      {analysis.score.reasons.length > 0 && (
        <section class="reasons" aria-labelledby="reasons-h">
          <h2 id="reasons-h">{S.topReasons}</h2>
          <ul>
            {analysis.score.reasons.map((r) => (
              <li key={r}>{localReason(r)}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="answered" aria-labelledby="answered-h">
        <h2 id="answered-h">{S.answeredHeading}</h2>
        {answered.length === 0 ? (
          <p class="none-answered">{S.noneAnswered}</p>
        ) : (
          <ul class="claims">
            {answered.map((id) => (
              <ClaimRow
                key={id}
                id={id}
                claim={analysis.claims[id]}
                status={analysis.score.perClaim[id]}
                blocks={page.blocks}
                onShow={props.onShow}
              />
            ))}
          </ul>
        )}
      </section>
      <section class="unknown" aria-labelledby="unknown-h">
        <h2 id="unknown-h">{S.unknownHeading}</h2>
        {unknown.length === 0 ? (
          <p>{S.noneUnknown}</p>
        ) : (
          <>
            <p class="unknown-intro">{S.unknownIntro}</p>
            <ul class="unknown-list">
              {unknown.map((id) => (
                <li key={id} data-claim={id} data-value="unknown">
                  <span class="claim-icon" aria-hidden="true">?</span> {CLAIM_NAMES[id]}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <AskVendor
        claims={analysis.claims}
        vendor={analysis.vendor}
        profile={props.profile ?? analysis.score.profile}
        defaultLang={props.emailLang ?? getUiLang()}
      />
      <p class="privacy-note">{S.privacyNote}</p>
    </article>
  );
}
