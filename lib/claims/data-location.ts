import type { ClaimExtractor } from './context';
import type { ClaimResult, Sentence } from '../types';
import { unknownClaim } from '../types';
import { hasTerm } from './mechanisms/terms';
import { isNegatedAfter, isNegatedInClause, opensConditional } from './mechanisms/negation';
import { columnHeader, isTableHeader, isTopicItem, surroundedBy } from './mechanisms/context';
import { isModalStorage, locationVocab, locationsIn, storageCues, type LocationHit } from './mechanisms/locations';
import { findTerms, vocabFor } from './mechanisms/terms';
import { isHedged } from './mechanisms/status';
import { TRANSFER_VOCAB } from './vocab/third-country-transfer';
import { endsAsQuestion } from './mechanisms/question';

interface Finding {
  sentence: Sentence;
  eu: string[];
  outside: string[];
  worldwide: boolean;
  /** Higher is a better quote: a storage verb and a place beat a table cell. */
  strength: number;
}

/**
 * `data_location` (SPEC §1): where customer data is stored / processed. A place counts when the
 * sentence is about storage, hosting, servers or processing (or answers a question / sits in a
 * table column / under a label that is), and the place is not an office, a law or a market.
 * EU/EEA places and blocs → eu_eea; places elsewhere, "outside the EU/EEA" → non_eu; both, or
 * "around the world" → mixed. "Europe" alone says nothing.
 */
export const dataLocation: ClaimExtractor<'data_location'> = (ctx) => {
  const v = locationVocab(ctx.lang);
  const cueTerms = [...v.storage, ...v.presence];
  const columnTerms = [...cueTerms, ...v.locationColumn];
  const transferTerms = vocabFor(TRANSFER_VOCAB, ctx.lang).transfer;
  const findings: Finding[] = [];
  ctx.sentences.forEach((s, i) => {
    const locs = locationsIn(ctx, s);
    if (!locs.length || endsAsQuestion(s.text)) return;
    if (isTableHeader(ctx, s) || isTopicItem(ctx, s, v.topicLeadIn) || opensConditional(s.text, ctx.lang)) return;
    const cues = storageCues(s.text, ctx.lang);
    const contextual = !cues.length && surroundedBy(ctx, i, cueTerms);
    const f: Finding = { sentence: s, eu: [], outside: [], worldwide: false, strength: cues.length ? 2 : 1 };
    const modal = cues.length > 0 && isModalStorage(s.text, cues, ctx.lang);
    // "Support tickets are transferred to the US (Zendesk)": a stated transfer puts data outside too.
    const named = locs.some((h) => h.kind === 'other' && !h.negated);
    const transfers = named && !isHedged(s.text, ctx.lang) ? findTerms(s.text, transferTerms) : [];
    const transferDenied = transfers.some((t) => isNegatedInClause(s.text, t.start, ctx.lang) || isNegatedAfter(s.text, t.start, ctx.lang));
    for (const h of locs) {
      const inColumn = columnHeader(ctx, s, h.start);
      const transferredTo = h.kind === 'other' && !transferDenied && isDestination(s.text, h, v.destination) && transfers.some((t) => nearInClause(s.text, t, h));
      const located = cues.length > 0 || contextual || h.cloudRegion || transferredTo || (inColumn !== undefined && hasTerm(inColumn, columnTerms));
      if (!located) continue;
      classify(h, f, modal, s.text, cues.map((c) => c.end));
    }
    if (f.eu.length || f.outside.length || f.worldwide) findings.push(f);
  });
  if (!findings.length) return unknownClaim<'data_location'>();

  const eu = findings.filter((f) => f.eu.length);
  const out = findings.filter((f) => f.outside.length || f.worldwide);
  const value = eu.length && out.length ? 'mixed' : out.some((f) => f.worldwide) ? 'mixed' : eu.length ? 'eu_eea' : 'non_eu';
  const best = (fs: Finding[]) => [...fs].sort((a, b) => b.strength - a.strength)[0];
  const quotes = value === 'mixed' ? [best(eu), best(out)] : [best(eu.length ? eu : out)];
  const details = [...new Set(findings.flatMap((f) => [...f.eu, ...f.outside, ...(f.worldwide ? ['worldwide'] : [])]))];
  const result: ClaimResult<'data_location'> = {
    value,
    details,
    evidence: quotes.filter((f): f is Finding => !!f).map((f) => ({ quote: f.sentence.text })),
  };
  return result;
};

/** "to the United States", "till USA", "in die USA": the place is where something goes, not a subject ("the USA offers …"). */
function isDestination(text: string, h: { start: number; end: number }, markers: readonly string[]): boolean {
  const place = text.slice(h.start, h.end);
  if (findTerms(place, markers).some((m) => m.start === 0 && m.end === place.length)) return true;
  const before = text.slice(Math.max(0, h.start - 12), h.start);
  return findTerms(before, markers).some((m) => before.length - m.end <= 1);
}

/** The transfer verb and the place are within one clause, close together, in either order ("in die USA übermittelt"). */
function nearInClause(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  return to - from <= 50 && !/[,;:.!?]/.test(text.slice(from, to));
}


function classify(h: LocationHit, f: Finding, modal: boolean, text: string, cueEnds: number[]): void {
  if (h.kind === 'worldwide') {
    // "servers located around the world", not "closer to users around the world".
    if (cueEnds.some((e) => e <= h.start && h.start - e <= 30)) f.worldwide = true;
    return;
  }
  if (h.kind === 'outside') {
    // "never stored outside the EU" puts the data inside it; "outside Germany" alone says too little.
    if (h.negated) f.eu.push(h.outsideOf && h.outsideOf !== 'EU' && h.outsideOf !== 'EEA' ? h.outsideOf : 'EU/EEA');
    else if (h.outsideOf && !/^outside the EU/.test(h.name)) return;
    else f.outside.push(h.name === 'third countries' ? 'outside the EU/EEA' : h.name);
    return;
  }
  if (h.negated) return;
  if (h.kind === 'eu') {
    // "You can store your data in Ireland" is an option or a hypothesis; "may be stored in the US" is still a risk.
    if (!modal) f.eu.push(h.name);
    return;
  }
  void text;
  f.outside.push(h.name);
}
