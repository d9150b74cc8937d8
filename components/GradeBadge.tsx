import type { Score } from '../lib/types';
import { S } from './strings';

export function GradeBadge({ score }: { score: Score }) {
  return (
    <div
      class={`grade grade-${score.grade}`}
      data-grade={score.grade}
      role="img"
      aria-label={S.gradeAria(score.grade, score.points, score.answered)}
    >
      <span class="grade-letter" aria-hidden="true">{score.grade}</span>
      <span class="grade-figures" aria-hidden="true">
        <span class="grade-points">{S.points(score.points)}</span>
        <span class="grade-answered">{S.answers(score.answered)}</span>
      </span>
    </div>
  );
}
