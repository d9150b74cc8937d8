import type { ClaimContext } from '../context';
import { findTerms, vocabFor } from './terms';
import { JOB_POSTING_WORDS } from '../lang/page-kinds';

const JOB_VOCAB = Object.fromEntries(Object.entries(JOB_POSTING_WORDS).map(([l, w]) => [l, { words: w }])) as Record<keyof typeof JOB_POSTING_WORDS, { words: string[] }>;
const jobWords = (ctx: ClaimContext) => vocabFor(JOB_VOCAB, ctx.lang).words;

const memo = new WeakMap<object, boolean>();

/** A job posting: at least three distinct job-ad words ("responsibilities", "vi söker", "Bewerbung"). */
export function isJobPosting(ctx: ClaimContext): boolean {
  const hit = memo.get(ctx.sentences);
  if (hit !== undefined) return hit;
  const seen = new Set(findTerms(ctx.text.slice(0, 20000), jobWords(ctx)).map((h) => h.matched.toLowerCase()));
  const out = seen.size >= 3;
  memo.set(ctx.sentences, out);
  return out;
}
