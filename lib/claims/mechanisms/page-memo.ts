import type { ClaimContext } from '../context';
import { negatedAround } from './scoped-negation';
import { isNotAClaim } from './not-a-claim';

/**
 * Questions several claims ask of the same sentence ("is this a claim at all?", "is the word at
 * 12–21 negated?"), answered once per page. Same answers as asking each time: the functions are pure.
 */
interface PageAnswers {
  notAClaim: Map<string, boolean>;
  /** By the exception list, then the text, then `start * SPAN + end`. */
  negated: Map<readonly string[], Map<string, Map<number, boolean>>>;
}

const pages = new WeakMap<object, PageAnswers>();
const NONE: readonly string[] = [];
/** Offsets below this pack into one map key; longer texts are not memoised. */
const SPAN = 0x100000;

function answersFor(ctx: ClaimContext): PageAnswers {
  let a = pages.get(ctx.sentences);
  if (!a) pages.set(ctx.sentences, (a = { notAClaim: new Map(), negated: new Map() }));
  return a;
}

/** `isNotAClaim(text, ctx.lang)`, once per text and page. */
export function notAClaimOnce(ctx: ClaimContext, text: string): boolean {
  const memo = answersFor(ctx).notAClaim;
  let v = memo.get(text);
  if (v === undefined) memo.set(text, (v = isNotAClaim(text, ctx.lang)));
  return v;
}

/** `negatedAround(text, start, end, ctx.lang, extra)`, once per place and page. */
export function negatedAroundOnce(ctx: ClaimContext, text: string, start: number, end: number, extra: readonly string[] = NONE): boolean {
  if (end >= SPAN) return negatedAround(text, start, end, ctx.lang, extra);
  const byExtra = answersFor(ctx).negated;
  let byText = byExtra.get(extra);
  if (!byText) byExtra.set(extra, (byText = new Map()));
  let byPlace = byText.get(text);
  if (!byPlace) byText.set(text, (byPlace = new Map()));
  const key = start * SPAN + end;
  let v = byPlace.get(key);
  if (v === undefined) byPlace.set(key, (v = negatedAround(text, start, end, ctx.lang, extra)));
  return v;
}
