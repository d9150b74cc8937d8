import type { ClaimExtractor } from './context';
import { unknownClaim, type PageLang } from '../types';
import { BREACH } from './vocab/breach-notification';
import { both, findTerms, hasTerm, pickVocab, scanSentences, type ScanSentence } from './mechanisms/vocab';
import { negatedAround } from './mechanisms/scoped-negation';
import { isJobPosting } from './mechanisms/page-kind';
import { findDeadlines, uniq } from './mechanisms/details';
import { isNotAClaim } from './mechanisms/not-a-claim';

/**
 * breach_notification (SPEC §1): `yes` when the vendor commits to notify its customers of a
 * personal-data breach / security incident; details give the deadline ("72h") and/or "without undue
 * delay". Not: patching times, notices of sub-processor changes or court orders, incident routines
 * without a promise to customers, or the GDPR's rule for controllers explained in general.
 */
export const breachNotification: ClaimExtractor<'breach_notification'> = (ctx) => {
  if (isJobPosting(ctx)) return unknownClaim<'breach_notification'>();
  const v = pickVocab(BREACH, ctx.lang);
  const first = breachTerms(ctx.lang);
  const hits: { quote: string; details: string[] }[] = [];
  for (const sc of scanSentences(ctx)) {
    const text = sc.s.text;
    if (sc.question || !hasTerm(text, first) || isNotAClaim(text, ctx.lang)) continue;
    const strong = findTerms(text, v.breach);
    const weak = strong.length ? [] : findTerms(text, v.weakBreach);
    if (!strong.length && !weak.length && !hasTerm(textAround(ctx, sc), v.breach)) continue;
    const notify = findTerms(text, v.notify).filter((h) => !negatedAround(text, h.start, h.end, ctx.lang));
    const verb = notify[0] ?? findTerms(text, v.report).find((h) => !negatedAround(text, h.start, h.end, ctx.lang));
    if (!verb) continue;
    const customers = findTerms(text, v.customer);
    const customerAfter = customers.some((h) => h.start >= verb.start - 12);
    const customerAny = customers.length > 0;
    // Only the authority, or the controller's own duty explained ("you must notify the authority").
    if (hasTerm(text, v.authority) && !customerAfter) continue;
    // "report" and ambiguous incident words need the customer as the one told.
    if ((!notify.length || weak.length) && !customerAny) continue;
    if (!customerAny && !hasTerm(text, v.commit)) continue;
    hits.push({ quote: text, details: deadlineDetails(text, v) });
  }
  if (!hits.length) return unknownClaim<'breach_notification'>();
  const ranked = [...hits].sort((a, b) => b.details.length - a.details.length);
  return {
    value: 'yes',
    details: uniq(ranked.flatMap((h) => h.details)),
    evidence: uniq(ranked.map((h) => h.quote)).slice(0, 2).map((quote) => ({ quote })),
  };
};

/** A clause split from its heading or the line before ("6. Avvik" / "Databehandler skal varsle …"): both, as one text. */
function textAround(ctx: Parameters<typeof scanSentences>[0], sc: ScanSentence): string {
  const prev = scanSentences(ctx)[sc.index - 1]?.s.text ?? '';
  return `${sc.s.heading ?? ''}\n${prev.length < 200 ? prev : ''}`;
}

/** A promise to notify names notifying or reporting first of all. */
export function breachTerms(lang: PageLang): string[] {
  const v = pickVocab(BREACH, lang);
  return both(v.notify, v.report);
}

function deadlineDetails(text: string, v: ReturnType<typeof pickVocab<(typeof BREACH)['en']>>): string[] {
  const out = findDeadlines(text, v.hours, v.days).map((d) => d.value);
  if (hasTerm(text, v.delayUndue)) out.push('without undue delay');
  else if (hasTerm(text, v.delayPlain)) out.push('without delay');
  else if (hasTerm(text, v.delayImmediate)) out.push('immediately');
  return uniq(out);
}
