import type { ClaimExtractor } from './context';
import { unknownClaim, type PageLang } from '../types';
import { IN_TRANSIT, LOGIN_PROVIDERS } from './vocab/encryption-in-transit';
import { both, findTerms, hasTerm, pickVocab, scanSentences } from './mechanisms/vocab';
import { isNotAClaim } from './mechanisms/not-a-claim';
import { negatedAround } from './mechanisms/scoped-negation';
import { lazy } from './mechanisms/memo';
import { isJobPosting } from './mechanisms/page-kind';
import { findProtocols, uniq } from './mechanisms/details';

/**
 * encryption_in_transit (SPEC §1): "yes" when traffic is said to be encrypted (TLS/SSL/HTTPS, encrypted
 * connections / transfer). A protocol name counts only with a word that shows it protects the
 * service's traffic (not a URL, not a skills list); "secure" alone is not encryption.
 */
export const encryptionInTransit: ClaimExtractor<'encryption_in_transit'> = (ctx) => {
  if (isJobPosting(ctx)) return unknownClaim<'encryption_in_transit'>();
  const v = pickVocab(IN_TRANSIT, ctx.lang);
  const first = inTransitTerms(ctx.lang);
  const hits: { quote: string; details: string[]; strength: number }[] = [];
  for (const sc of scanSentences(ctx)) {
    const text = sc.s.text;
    if (sc.question) continue;
    const found = findProtocols(text);
    if (!found.length && !hasTerm(text, first)) continue;
    if (isNotAClaim(text, ctx.lang)) continue;
    const live = (h: { start: number; end: number }) => !negatedAround(text, h.start, h.end, ctx.lang);
    const protocols = found.filter(live);
    const phrases = findTerms(text, v.phrases).filter(live);
    const transit = lazy(() => hasTerm(text, v.transit));
    const byProtocol = protocols.length > 0 && (protocols.some((p) => /\d/.test(p.value)) || hasTerm(text, v.protect) || transit());
    const byWords = phrases.length > 0 || (transit() && findTerms(text, v.encrypt).some(live));
    if (!byProtocol && !byWords) continue;
    if (hasTerm(text, v.conditional) || (!found.length && hasTerm(text, LOGIN_PROVIDERS))) continue;
    if (hasTerm(text, v.notCustomer) && !phrases.length && !protocols.some((p) => p.value !== 'IPsec')) continue;
    const details = uniq(protocols.map((p) => p.value));
    hits.push({ quote: text, details, strength: (details.some((d) => /\d/.test(d)) ? 2 : 0) + (details.length ? 1 : 0) });
  }
  if (!hits.length) return unknownClaim<'encryption_in_transit'>();
  const ranked = [...hits].sort((a, b) => b.strength - a.strength);
  return {
    value: 'yes',
    details: versionsFirst(uniq(ranked.flatMap((h) => h.details))),
    evidence: uniq(ranked.map((h) => h.quote)).slice(0, 2).map((quote) => ({ quote })),
  };
};

/** Without a protocol name, a sentence about encryption in transit names encryption or an encrypted connection. */
export function inTransitTerms(lang: PageLang): string[] {
  const v = pickVocab(IN_TRANSIT, lang);
  return both(v.phrases, v.encrypt);
}

/** "TLS 1.2" makes a bare "TLS" redundant. */
function versionsFirst(details: string[]): string[] {
  return details.filter((d) => !details.some((o) => o !== d && o.startsWith(d + ' ')));
}
