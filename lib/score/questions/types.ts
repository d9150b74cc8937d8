import type { ClaimId } from '../../types';

/** Follow-up questions in one language: one when a claim is not stated, and per risky value. */
export interface QuestionSet {
  greeting: string;
  intro: (vendor: string) => string;
  closing: string;
  notStated: Record<ClaimId, string>;
  /** Keyed `claim:value`, for values whose status is a risk or caution. */
  followUp: Partial<Record<string, string>>;
}
