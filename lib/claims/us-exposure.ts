import type { ClaimExtractor } from './context';
import type { ClaimResult, Sentence } from '../types';
import { unknownClaim } from '../types';
import type { Provider } from '../knowledge/types';
import { isEuropean, isUsJurisdiction } from '../knowledge';
import { findTerms, hasTerm, vocabFor } from './mechanisms/terms';
import { scanSentences } from './mechanisms/vocab';
import { groupTerms } from './mechanisms/term-scan';
import { isNegated } from './mechanisms/negation';
import { providerTies } from './mechanisms/provider-roles';
import { isFirstPerson, placesIn, providersIn } from './mechanisms/context';
import { isOwnSitePage } from './mechanisms/own-site';
import { mechanismsFor } from './lang';
import { US_EXPOSURE_VOCAB, type UsExposureVocab } from './vocab/us-exposure';
import { SUBPROCESSOR_VOCAB } from './vocab/subprocessors';

/**
 * `us_exposure` (SPEC §1). vendor_us: the vendor itself is US-owned (known from its domain and
 * named on the page, or the page says it is a US / Delaware company, or a US provider is the
 * page's own subject). us_subprocessor: a US-owned provider is tied to the service as host or
 * sub-processor (EU subsidiaries included). eu_owned_stack: the vendor runs its own European
 * platform / data centres, or names only European providers. Precedence in that order.
 */
export const usExposure: ClaimExtractor<'us_exposure'> = (ctx) => {
  const v = vocabFor(US_EXPOSURE_VOCAB, ctx.lang);
  const vendor = vendorUs(ctx, v);
  if (vendor) return vendor;

  const ties = providerTies(ctx);
  const us = ties.filter((t) => isUsJurisdiction(t.match.provider));
  if (us.length) return result('us_subprocessor', us.map((t) => t.match.provider), us.map((t) => t.sentence));

  const eu = ties.filter((t) => isEuropean(t.match.provider));
  const own = ownStackSentences(ctx, v);
  if (eu.length || own.length) {
    return result('eu_owned_stack', eu.map((t) => t.match.provider), [...eu.map((t) => t.sentence), ...own]);
  }
  return unknownClaim<'us_exposure'>();
};

function result(value: 'vendor_us' | 'us_subprocessor' | 'eu_owned_stack', providers: Provider[], sentences: Sentence[]): ClaimResult<'us_exposure'> {
  const quotes = [...new Set(sentences.map((s) => s.text))].slice(0, 3);
  return { value, details: [...new Set(providers.map((p) => p.name))], evidence: quotes.map((quote) => ({ quote })) };
}

function vendorUs(ctx: Parameters<ClaimExtractor<'us_exposure'>>[0], v: UsExposureVocab): ClaimResult<'us_exposure'> | undefined {
  const vp = ctx.vendorProvider;
  if (vp && isUsJurisdiction(vp)) {
    // Only when the page is about it: a listing on slack.com or a help centre on freshdesk.com is not Slack's or Freshworks' page.
    const named = ctx.providers.find((m) => m.provider.id === vp.id);
    const s = named && ctx.sentences.find((x) => x.start <= named.start && named.end <= x.end);
    if (s) return result('vendor_us', [vp], [s]);
    // tripactions.com/de/security: the provider's own page speaking for itself ("Wir schützen …", "Unsere Serverinfrastruktur …").
    // Only when it describes its own hosting, so that a product page there is not read as the vendor's claim.
    const own = !named && isOwnSitePage(ctx.url, ctx.vendorDomain) && providerTies(ctx).length > 0 && ownVoice(ctx);
    if (own) return result('vendor_us', [vp], [own]);
  }
  const stated = statedUsOwnership(ctx, v);
  if (stated) return stated;
  // The page's own subject: a US provider opening one of the first sentences and named throughout
  // ("Sentry supports data storage in both the US and the EU."), never tied as someone's host.
  let tied: Set<string> | undefined;
  for (const s of ctx.sentences.slice(0, 4)) {
    const first = providersIn(ctx, s)[0];
    if (!first || first.start > 2 || !isUsJurisdiction(first.provider)) continue;
    if ((tied ??= tiedProviders(ctx)).has(first.provider.id)) continue;
    const n = ctx.providers.filter((m) => m.provider.id === first.provider.id).length;
    if (n >= 3 && n * 2 >= ctx.providers.length) return result('vendor_us', [first.provider], [s]);
  }
  return undefined;
}

/** A provider the page ties as sub-processor, or as the vendor's own host ("we run on X"), is not the vendor. */
function tiedProviders(ctx: Parameters<ClaimExtractor<'us_exposure'>>[0]): Set<string> {
  const fp = mechanismsFor(ctx.lang).firstPerson;
  return new Set(providerTies(ctx).filter((t) => t.tie !== 'host' || isFirstPerson(t.sentence.text, fp)).map((t) => t.match.provider.id));
}

/**
 * The page says the vendor is a US company or belongs to one ("a Delaware corporation", "a wholly
 * owned subsidiary of Acme, Inc.", "har förvärvats av Appointly Inc."). Said on any page of the vendor
 * — a press release about its acquisition too — this is ownership evidence.
 */
export function usOwnership(ctx: Parameters<ClaimExtractor<'us_exposure'>>[0]): ClaimResult<'us_exposure'> | undefined {
  return statedUsOwnership(ctx, vocabFor(US_EXPOSURE_VOCAB, ctx.lang));
}

function statedUsOwnership(ctx: Parameters<ClaimExtractor<'us_exposure'>>[0], v: UsExposureVocab): ClaimResult<'us_exposure'> | undefined {
  const sub = vocabFor(SUBPROCESSOR_VOCAB, ctx.lang).sub;
  for (const { s, question } of scanSentences(ctx)) {
    // "Ägs Nordmöte av ett amerikanskt bolag?" asks; the answer says.
    if (question) continue;
    const hit = findTerms(s.text, v.usCompany)[0];
    if (hit && !isNegated(s.text, hit.start, ctx.lang) && !subprocessorIsUs(ctx, s, hit, sub, v)) {
      const p = providersIn(ctx, s)[0]?.provider;
      return { value: 'vendor_us', details: p ? [p.name] : [], evidence: [{ quote: s.text }] };
    }
  }
  return usParentSentence(ctx, v, sub);
}

/** The first sentence in which the page speaks for itself in the first person, when at least three do. */
function ownVoice(ctx: Parameters<ClaimExtractor<'us_exposure'>>[0]): Sentence | undefined {
  const fp = mechanismsFor(ctx.lang).firstPerson;
  const own = ctx.sentences.filter((s) => isFirstPerson(s.text, fp));
  return own.length >= 3 ? own[0] : undefined;
}

/**
 * Whether a "Delaware corporation" phrase describes a sub-processor rather than the vendor. It does
 * when sub-processors are spoken of before it ("our sub-processor Stripe, Inc., a Delaware
 * corporation") or a known provider is named before it in a sentence about sub-processors; not when
 * the company it follows *uses* them ("Quillnote, Inc. (a Delaware corporation) uses the sub-processors below").
 */
function subprocessorIsUs(ctx: Parameters<ClaimExtractor<'us_exposure'>>[0], s: Sentence, hit: { start: number; end: number }, sub: readonly string[], v: UsExposureVocab): boolean {
  const text = s.text;
  const subHit = findTerms(text, sub)[0];
  if (!subHit) return false;
  if (subHit.start < hit.start || providersIn(ctx, s).some((p) => p.start < hit.start)) return true;
  return !hasTerm(text.slice(hit.end, subHit.start), v.use);
}

/**
 * "Salgsmotor AS er et heleid datterselskap av Pipelyne Inc., San Francisco, USA", "a wholly owned
 * subsidiary of Acme, Inc., a Delaware corporation": the vendor names a US parent. Not when a known
 * provider is the subject ("AWS EMEA SARL is a subsidiary of Amazon.com, Inc.") or the sentence
 * speaks of sub-processors.
 */
function usParentSentence(ctx: Parameters<ClaimExtractor<'us_exposure'>>[0], v: UsExposureVocab, sub: readonly string[]): ClaimResult<'us_exposure'> | undefined {
  for (const { s, question } of scanSentences(ctx)) {
    if (question) continue;
    if (hasTerm(s.text, sub)) continue;
    // The parent follows "subsidiary of" / "acquired by"; it comes first in "Acme Inc:n tytäryhtiö" / "Acme Inc. acquired …".
    const of = findTerms(s.text, v.subsidiaryOf)[0];
    const pre = findTerms(s.text, v.parentBefore)[0];
    const found = [
      of && !isNegated(s.text, of.start, ctx.lang) && usParentIn(ctx, s, of.end, of.end + 80, v) ? of : undefined,
      pre && !isNegated(s.text, pre.start, ctx.lang) && usParentIn(ctx, s, Math.max(0, pre.start - 80), pre.start, v) ? pre : undefined,
    ].find((r) => r !== undefined);
    if (!found || providersIn(ctx, s).some((p) => p.start < found.start)) continue;
    return { value: 'vendor_us', details: [], evidence: [{ quote: s.text }] };
  }
  return undefined;
}

/** A US legal form, "USA", "amerikansk…" or a US place (Austin, Texas) between `from` and `to`, not negated ("no US company sits between"). */
function usParentIn(ctx: Parameters<ClaimExtractor<'us_exposure'>>[0], s: Sentence, from: number, to: number, v: UsExposureVocab): boolean {
  const marks = findTerms(s.text.slice(from, to), v.usParent).map((h) => from + h.start);
  const places = placesIn(ctx, s).filter((p) => p.place.country === 'US' && p.start >= from && p.end <= to).map((p) => p.start);
  return [...marks, ...places].some((at) => !isNegated(s.text, at, ctx.lang));
}

/** A sentence opening with an indefinite article speaks in general ("A European-owned provider …", "Ein Anbieter …"). */
const GENERIC_OPENING = /^(?:A|An|Any|Ett|En|Et|Ein|Eine|Jeder|Jede)\s/u;

const ownClaims = new WeakMap<UsExposureVocab, string[]>();
/**
 * One list object per vocabulary, so its compiled matcher is found by identity. It is grouped with
 * the own-stack nouns: both are asked of every sentence, one scan answers both (see groupTerms).
 */
function ownClaimTerms(v: UsExposureVocab): string[] {
  let list = ownClaims.get(v);
  if (!list) {
    ownClaims.set(v, (list = [...v.ownStack, ...v.euOwned]));
    groupTerms([list, v.ownNouns]);
  }
  return list;
}

/** "our own data centres", "Swedish-owned", "servers administered by the service provider", "vår svenske skyplattform". */
function ownStackSentences(ctx: Parameters<ClaimExtractor<'us_exposure'>>[0], v: UsExposureVocab): Sentence[] {
  const out: Sentence[] = [];
  for (const s of ctx.sentences) {
    const t = s.text;
    const claim = findTerms(t, ownClaimTerms(v))[0];
    // "A European-owned provider … is the strongest position" speaks of providers in general.
    if (claim && !isNegated(t, claim.start, ctx.lang) && !GENERIC_OPENING.test(t)) {
      out.push(s);
      continue;
    }
    for (const n of findTerms(t, v.ownNouns)) {
      const before = t.slice(Math.max(0, n.start - 40), n.start);
      const pos = findTerms(before, v.ownPossessive).pop();
      if (!pos) continue;
      const between = before.slice(pos.end);
      if (between.split(/\s+/).filter(Boolean).length > 2 || hasTerm(between, v.supplierWords) || isNegated(t, n.start, ctx.lang)) continue;
      out.push(s);
      break;
    }
  }
  return out;
}
