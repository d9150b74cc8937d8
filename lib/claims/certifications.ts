import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';
import { CERTIFICATIONS, CERTIFIED_PRODUCT_WORDS } from './vocab/certifications';

const PRODUCT_WORDS = [...new Set(Object.values(CERTIFIED_PRODUCT_WORDS).flat())];
/** How far before the standard a product noun still reads as the certificate's subject. */
const PRODUCT_SUBJECT_CHARS = 40;
import { findTerms, hasTerm, pickVocab, scanSentences } from './mechanisms/vocab';
import { isNotAClaim } from './mechanisms/not-a-claim';
import { negatedAround } from './mechanisms/scoped-negation';
import { statusOf } from './mechanisms/status';
import { isJobPosting } from './mechanisms/page-kind';
import { ownerAt } from './mechanisms/attribution';
import { findStandards, uniq } from './mechanisms/details';
import { mechanismsFor } from './lang';
import { windowMayMatch } from './mechanisms/window-terms';

/** A FIPS or HDS name counts only as validated (one list, so its terms are compiled once, not looked up by content per call). */
const VALIDATED = ['validated', 'validiert', 'validoitu', 'validerad*', 'validert'];

type Kind = 'certified' | 'in_progress' | 'only_subprocessor';
const PRECEDENCE: Kind[] = ['certified', 'in_progress', 'only_subprocessor'];

/**
 * certifications (SPEC §1): standards the vendor itself holds. A certificate whose subject is a
 * provider or a data centre is `only_subprocessor`; "being certified / building an ISMS to" is
 * `in_progress`; "in accordance with ISO 27001" or template text naming no standard is nothing.
 * Precedence: own certificate > in progress > provider's only.
 */
export const certifications: ClaimExtractor<'certifications'> = (ctx) => {
  if (isJobPosting(ctx)) return unknownClaim<'certifications'>();
  const v = pickVocab(CERTIFICATIONS, ctx.lang);
  const found: { kind: Kind; details: string[]; quote: string }[] = [];
  for (const sc of scanSentences(ctx)) {
    const text = sc.s.text;
    if (sc.question) continue;
    const assurance = findTerms(text, v.assurance)[0];
    const all = findStandards(text);
    if ((!all.length && !assurance) || isNotAClaim(text, ctx.lang)) continue;
    const standards = all.filter((f) => !/^(FIPS|HDS)/.test(f.value) || hasTerm(text, VALIDATED));
    if (!standards.length && !assurance) continue;
    const cert = findTerms(text, v.certified);
    const attested = standards.some((f) => /^(SOC|ISAE|SSAE|C5)/.test(f.value)) && hasTerm(text, v.report);
    const validated = standards.some((f) => f.value.startsWith('FIPS'));
    const inProgress = hasTerm(text, v.progress) || statusOf(text, ctx.lang) === 'in_progress';
    const live = (h: { start: number; end: number }) => !negatedAround(text, h.start, h.end, ctx.lang);
    const negated = cert.length > 0 && cert.every((h) => !live(h));
    // Without any marker only a third party's "meets" could count: asked before whose sentence it is.
    if (!cert.length && !attested && !validated && !assurance && !inProgress && !hasTerm(text, v.meets)) continue;
    const first = standards[0] ?? { start: assurance!.start };
    const owner = ownerAt(ctx, sc, first.start);
    if (owner.kind !== 'third' && certifiesAProduct(text, first.start)) continue;
    const meets = owner.kind === 'third' && hasTerm(text, v.meets);
    if (!cert.length && !attested && !validated && !assurance && !inProgress && !meets) continue;
    if (negated && !inProgress) continue;
    // "no certification is planned", "nicht geplant"; "aligned with ISO 27001" without a certificate: neither certified nor on the way.
    const plans = findTerms(text, v.progress);
    const planNegated = plans.length > 0 && plans.every((h) => !live(h));
    const certNotNegated = cert.some(live);
    if (owner.kind !== 'third' && (planNegated || (hasTerm(text, v.aligned) && !certNotNegated && !attested))) continue;

    const names = uniq(standards.map((f) => f.value));
    // "We are SOC 2 Type I certified and working towards Type II": each standard takes the status of its own clause.
    // A held marker: a certificate word, or for an attestation (SOC 2, ISAE 3402) its report or audit.
    const held = attested ? [...cert, ...findTerms(text, v.report)] : cert;
    const split = owner.kind !== 'third' && inProgress && (certNotNegated || attested) ? byClause(text, standards, held, v.progress, ctx.lang) : undefined;
    if (split) {
      if (split.certified.length) found.push({ kind: 'certified', details: split.certified, quote: text });
      if (split.inProgress.length) found.push({ kind: 'in_progress', details: split.inProgress, quote: text });
      continue;
    }
    if (owner.kind === 'third') {
      found.push({ kind: 'only_subprocessor', details: names.map((n) => (owner.provider ? `${n} (${owner.provider.name})` : `${n} (data centre)`)), quote: text });
    } else if (inProgress || negated) {
      found.push({ kind: 'in_progress', details: names, quote: text });
    } else {
      found.push({ kind: 'certified', details: names.length ? names : ['independent assurance report'], quote: text });
    }
  }
  const kind = PRECEDENCE.find((k) => found.some((f) => f.kind === k));
  if (!kind) return unknownClaim<'certifications'>();
  const mine = found.filter((f) => f.kind === kind);
  return {
    value: kind,
    details: uniq(mine.flatMap((f) => f.details)),
    evidence: uniq(mine.map((f) => f.quote)).slice(0, 2).map((quote) => ({ quote })),
  };
};

/**
 * Standards of a sentence that both holds a certificate and works towards one, sorted by the clause
 * each is in (clauses end at , ; : and at "and" / "och" / "und"…): a clause with a progress marker is
 * in progress, one with a held marker is held. Undefined when a standard's clause has neither,
 * or when all land on one side (the sentence-level decision stands).
 */
function byClause(
  text: string,
  standards: readonly { value: string; start: number }[],
  held: readonly { start: number; end: number }[],
  progress: readonly string[],
  lang: Parameters<typeof statusOf>[1],
): { certified: string[]; inProgress: string[] } | undefined {
  const m = mechanismsFor(lang);
  const cuts = [...findTerms(text, m.coordinators), ...findTerms(text, m.clauseBreaks)].map((h) => h.start);
  for (let i = 0; i < text.length; i++) if (',;:'.includes(text[i]!)) cuts.push(i);
  cuts.sort((a, b) => a - b);
  const clauseOf = (at: number) => {
    let start = 0;
    let end = text.length;
    for (const c of cuts) {
      if (c <= at) start = c;
      else {
        end = c;
        break;
      }
    }
    return { start, end };
  };
  const certified: string[] = [];
  const inProgress: string[] = [];
  for (const f of standards) {
    const { start, end } = clauseOf(f.start);
    const clause = text.slice(start, end);
    if (hasTerm(clause, progress) || statusOf(clause, lang) === 'in_progress') inProgress.push(f.value);
    else if (held.some((h) => h.start >= start && h.start < end)) certified.push(f.value);
    else return undefined;
  }
  if (!certified.length || !inProgress.length) return undefined;
  return { certified: uniq(certified), inProgress: uniq(inProgress) };
}

/** "Our payment terminals are PCI DSS certified": a device, not the vendor, holds the certificate. */
function certifiesAProduct(text: string, standardAt: number): boolean {
  const from = Math.max(0, standardAt - PRODUCT_SUBJECT_CHARS);
  // Most sentences name no product: answered from the sentence's own matches, without a window string.
  return windowMayMatch(text, from, standardAt, PRODUCT_WORDS) && hasTerm(text.slice(from, standardAt), PRODUCT_WORDS);
}
