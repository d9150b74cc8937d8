import type { ClaimExtractor } from './context';
import type { PageLang, Sentence } from '../types';
import { unknownClaim } from '../types';
import { findTerms, hasTerm, vocabFor, type TermHit } from './mechanisms/terms';
import { maskTerms } from './mechanisms/vocab';
import { hasException, isNegatedAfter, isNegatedInClause, opensConditional } from './mechanisms/negation';
import { isHedged } from './mechanisms/status';
import { isFirstPerson, isTableHeader, isTopicItem, placesIn } from './mechanisms/context';
import { tableRowAt } from './mechanisms/lists';
import { mechanismsFor } from './lang';
import { locationVocab, locationsIn, storageCues, type LocationHit } from './mechanisms/locations';
import { lazy, memoize } from './mechanisms/memo';
import { TRANSFER_VOCAB } from './vocab/third-country-transfer';
import { DPF_VOCAB } from './vocab/dpf-reliance';
import { endsAsQuestion } from './mechanisms/question';

/**
 * `third_country_transfer` (SPEC §1). Precedence: an explicit denial ("we make no third-country
 * transfers", "data never leaves the EU", "processing exclusively within the EU/EEA", "no data is
 * stored outside the EU") → none_claimed; an explicit transfer (to a place outside the EU/EEA,
 * under SCCs / Chapter V, an SCC annex for a data importer) → yes; customer data stored outside
 * the EU/EEA (data_location mixed / non_eu) → yes. Denials with an exception ("unless SCCs are in
 * place"), conditionals, hedges ("may be sent"), headings and definitions decide nothing.
 */
export const thirdCountryTransfer: ClaimExtractor<'third_country_transfer'> = (ctx) => {
  const tv = vocabFor(TRANSFER_VOCAB, ctx.lang);
  const lv = locationVocab(ctx.lang);
  const explanation = vocabFor(DPF_VOCAB, ctx.lang).notReliance;
  const firstPerson = mechanismsFor(ctx.lang).firstPerson;
  const trigger = triggerTerms(ctx.lang);
  const none: Sentence[] = [];
  const yes: Sentence[] = [];
  /** Stated transfers to a named destination outside the EU/EEA (not a table row, not hedged). */
  const yesTo: Sentence[] = [];
  let previousEuOnly = false;
  ctx.sentences.forEach((s, i) => {
    const text = s.text;
    const prevEuOnly = previousEuOnly && s.start - (ctx.sentences[i - 1]?.end ?? 0) < 200;
    previousEuOnly = false;
    // One cheap scan first: most sentences name no transfer, place, bloc or legal basis.
    if (!hasTerm(text, trigger) && !placesIn(ctx, s).length) return;
    if (endsAsQuestion(text) || isTableHeader(ctx, s) || isTopicItem(ctx, s, lv.topicLeadIn)) return;
    if (hasTerm(maskTerms(text, tv.consequence), tv.definition)) return;
    const inRow = !!tableRowAt(ctx.text, s.start);
    const heading = isHeadingLike(text);
    // Each question below is asked only when the answers before it leave it open.
    const conditional = lazy(() => opensConditional(text, ctx.lang) || hasException(text, ctx.lang));
    if (!heading && (hasTerm(text, tv.importer) || isSccAnnex(text, tv.basis, tv.annex)) && !conditional()) {
      yes.push(s);
      return;
    }
    const locs = locationsIn(ctx, s);
    const eu = locs.filter((l) => l.kind === 'eu');
    const dest = locs.filter((l) => (l.kind === 'outside' || l.kind === 'other') && !l.adjective);
    previousEuOnly = eu.length > 0 && !dest.some((d) => !d.negated);
    const transfers = findTerms(text, tv.transfer);
    const stays = lazy(() => hasTerm(text, tv.stay));
    if (!locs.length && !transfers.length && !stays()) return;
    if (conditional()) return;
    const hedged = lazy(() => isHedged(text, ctx.lang) || hasTerm(text, tv.principle));
    const processing = lazy(() => findTerms(text, tv.processing));
    const before = memoize((at: number) => isNegatedInClause(text, at, ctx.lang));
    const after = memoize((at: number) => isNegatedAfter(text, at, ctx.lang));
    const negated = (at: number) => before(at) || after(at);
    const transferDenied = lazy(() => transfers.some((t) => negated(t.start)));
    // "Eine Übermittlung … an unsere Muttergesellschaft in den USA findet nicht statt": transfer, destination, then the negation, in one clause.
    const deniedAfter = memoize(
      (d: LocationHit) =>
        d.kind === 'other' && transfers.some((t) => t.end <= d.start && !/[,;:]/.test(text.slice(t.end, d.start))) && isNegatedAfter(text, d.end, ctx.lang, 30),
    );

    // Denials ("none_claimed"): never for one provider's table row.
    // "Your data never leaves the UK": staying in a place outside the EU/EEA denies no transfer.
    const staysOutside = eu.length === 0 && dest.length > 0 && dest.every((d) => d.kind === 'other') && stays();
    if (!inRow && !staysOutside && !hedged()) {
      // Only asked with a destination: every denial it takes part in needs one.
      const avoided = lazy(() => findTerms(text, tv.avoid).some((a) => [...transfers, ...dest].some((t) => a.end <= t.start && t.start - a.end <= 40)));
      // "… an unsere Muttergesellschaft in den USA findet nicht statt": the negation right after the destination.
      const destDenied = () => dest.length > 0 && (transfers.length > 0 || avoided()) && (avoided() || dest.some((d) => before(d.start) || deniedAfter(d)) || transferDenied());
      const storedOutsideDenied = () => {
        const outside = dest.filter((d) => d.kind === 'outside');
        if (!outside.length) return false;
        const stored = [...processing(), ...storageCues(text, ctx.lang)];
        return stored.length > 0 && (outside.some((d) => before(d.start)) || stored.some((c) => after(c.start)));
      };
      const staysIn = () =>
        eu.length > 0 && !dest.some((d) => !before(d.start)) && (stays() || transferDenied() || (exclusivelyIn(text, eu, tv.exclusive) && (processing().length > 0 || hasTerm(text, tv.dataWords))));
      // "… The data never leaves." after an EU place; not "the whole team stays in Gothenburg" (places dropped as offices, people).
      const staysThere = () => !locs.length && prevEuOnly && stays() && !placesIn(ctx, s).length;
      if (destDenied() || storedOutsideDenied() || staysIn() || staysThere()) {
        none.push(s);
        return;
      }
    }
    // Transfers ("yes").
    if (heading || !transfers.length || hedged() || hasTerm(text, explanation) || transferDenied() || dest.some(deniedAfter)) return;
    if (dest.some((d) => !d.negated)) {
      yes.push(s);
      if (!inRow) yesTo.push(s);
    } else if (hasTerm(text, tv.basis) && (inRow || isFirstPerson(text, firstPerson))) yes.push(s);
  });
  // "Analysedaten verlassen die EU nicht" next to "Kontaktdaten werden … in den USA verarbeitet; die
  // Übermittlung stützt sich auf …": a stated transfer to a named place outside outweighs denials said
  // of some data. The vendor's own first-person denial ("Vi gör inga tredjelandsöverföringar") still wins.
  if (yesTo.length && !none.some((s) => isFirstPerson(s.text, firstPerson))) return { value: 'yes', details: [], evidence: yesTo.slice(0, 2).map((s) => ({ quote: s.text })) };
  if (none.length) return { value: 'none_claimed', details: [], evidence: none.slice(0, 2).map((s) => ({ quote: s.text })) };
  if (yes.length) return { value: 'yes', details: [], evidence: yes.slice(0, 2).map((s) => ({ quote: s.text })) };
  const loc = ctx.decided.data_location;
  if (loc && (loc.value === 'mixed' || loc.value === 'non_eu')) {
    const quote = loc.evidence[loc.evidence.length - 1];
    const outside = loc.details.filter((d) => d !== 'EU' && d !== 'EEA' && d !== 'EU/EEA');
    return { value: 'yes', details: outside, evidence: quote ? [quote] : [] };
  }
  return unknownClaim<'third_country_transfer'>();
};

const triggers = new Map<PageLang, string[]>();

/** What a sentence must name (with the known places) to say anything about transfers. */
export function triggerTerms(lang: PageLang): string[] {
  let t = triggers.get(lang);
  if (!t) {
    const tv = vocabFor(TRANSFER_VOCAB, lang);
    const lv = locationVocab(lang);
    t = [...new Set([...tv.transfer, ...tv.stay, ...tv.basis, ...tv.importer, ...lv.euBloc, ...lv.nordic, ...lv.thirdCountry, ...lv.worldwide, ...lv.outsideBefore, ...lv.outsideAfter])];
    triggers.set(lang, t);
  }
  return t;
}

/** A short line without sentence punctuation: a heading or a label ("Overføring til tredjeland"). */
function isHeadingLike(text: string): boolean {
  return !/[.!?:;]["”»)]?\s*$/.test(text) && text.split(/\s+/).length <= 8;
}

/** "Anhang II zu den Standardvertragsklauseln", "Annex II to the Standard Contractual Clauses". */
function isSccAnnex(text: string, basis: readonly string[], annex: readonly string[]): boolean {
  const a = findTerms(text, annex)[0];
  if (!a) return false;
  const b = findTerms(text, basis).find((x) => /standard|scc|klausel|klausul|bestemmelse|lauseke/i.test(x.matched));
  return !!b && Math.abs(b.start - a.end) <= 40;
}

/** "ausschließlich innerhalb EU/EWR", "only in EU data centres": exclusivity right before an EU/EEA place. */
function exclusivelyIn(text: string, eu: readonly LocationHit[], exclusive: readonly string[]): boolean {
  const ex: TermHit[] = findTerms(text, exclusive);
  return ex.some((x) => eu.some((e) => e.start >= x.end && e.start - x.end <= 30 && !/[,;:]/.test(text.slice(x.end, e.start))));
}
