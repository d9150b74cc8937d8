import type { ClaimId, ClaimScore, ClaimStatus, Claims, Score } from '../types';
import { CLAIM_IDS } from '../types';
import { resolveProfile, type ScoreProfile } from './profiles';
import { statusOf } from './status-table';

export { PROFILES, DEFAULT_WEIGHTS, customProfile, resolveProfile, type ScoreProfile } from './profiles';
export { statusOf } from './status-table';

/** Share of a claim's weight each status earns. Not stated earns less than a caution: never "good". */
const STATUS_POINTS: Record<ClaimStatus, number> = { ok: 1, caution: 0.4, risk: 0, not_stated: 0.2 };
const SEVERITY: Record<ClaimStatus, number> = { risk: 0, caution: 1, not_stated: 2, ok: 3 };
const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;

/** Best grade a page can get for how many of the 12 questions it answers. */
export function coverageCap(answered: number): Score['grade'] {
  return answered >= 9 ? 'A' : answered >= 7 ? 'B' : answered >= 4 ? 'C' : 'D';
}

/** A stated risk caps the grade, whatever the rest says: one risk at C, two or more at D. */
export function riskCapFor(risks: number): Score['grade'] {
  return risks === 0 ? 'A' : risks === 1 ? 'C' : 'D';
}

export function gradeFor(points: number): Score['grade'] {
  return points >= 80 ? 'A' : points >= 65 ? 'B' : points >= 50 ? 'C' : points >= 35 ? 'D' : 'E';
}

/** Pure scoring: per-claim status and reason, 0–100 points, A–E grade capped by coverage, top reasons. */
export function scoreClaims(claims: Claims, profileArg?: ScoreProfile | string): Score {
  const profile = resolveProfile(profileArg);
  const perClaim = {} as Record<ClaimId, ClaimScore>;
  // Per claim, in CLAIM_IDS order: the sort below reads these arrays, not the records by id.
  const severity: number[] = [];
  const weight: number[] = [];
  let got = 0;
  let max = 0;
  let answered = 0;
  let risks = 0;
  for (const id of CLAIM_IDS) {
    const s = statusOf(id, claims, profile.usExposure);
    if (claims[id].value !== 'unknown') answered++;
    if (s.status === 'risk') risks++;
    perClaim[id] = s;
    const w = profile.weights[id];
    severity.push(SEVERITY[s.status]);
    weight.push(w);
    got += w * STATUS_POINTS[s.status];
    max += w;
  }
  const points = max ? Math.round((got / max) * 100) : 0;
  const byPoints = gradeFor(points);
  const cap = coverageCap(answered);
  const riskCap = riskCapFor(risks);
  const grade = GRADES[Math.max(GRADES.indexOf(byPoints), GRADES.indexOf(cap), GRADES.indexOf(riskCap))]!;
  const reasons = CLAIM_IDS.map((_, i) => i)
    .sort((a, b) => severity[a]! - severity[b]! || weight[b]! - weight[a]!)
    .slice(0, 3)
    .map((i) => perClaim[CLAIM_IDS[i]!].reason);
  if (GRADES.indexOf(cap) > GRADES.indexOf(byPoints) && GRADES.indexOf(cap) >= GRADES.indexOf(riskCap)) {
    reasons.unshift(`The page answers only ${answered} of 12 questions, so the grade is at most ${cap}.`);
    reasons.length = 3;
  }
  return { grade, points, answered, profile: profile.id, perClaim, reasons };
}
