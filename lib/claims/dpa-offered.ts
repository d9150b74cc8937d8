import type { ClaimExtractor, ClaimContext } from './context';
import { unknownClaim } from '../types';
import { DPA } from './vocab/dpa-offered';
import { both, findTerms, hasTerm, mechanismsOf, pickVocab, scanSentences, type ScanSentence } from './mechanisms/vocab';
import { negatedAround } from './mechanisms/scoped-negation';
import { isJobPosting } from './mechanisms/page-kind';
import { providersIn } from './mechanisms/attribution';
import { findEmails, uniq } from './mechanisms/details';
import { isNotAClaim } from './mechanisms/not-a-claim';

/**
 * dpa_offered (SPEC §1): `yes` when the vendor offers its customers a data processing agreement (ours,
 * signed, included, downloadable — or the page is the DPA itself); `on_request` when a copy has to be
 * asked for. The vendor's own DPAs with its sub-processors and GDPR explained in general do not count.
 */
export const dpaOffered: ClaimExtractor<'dpa_offered'> = (ctx) => {
  if (isJobPosting(ctx)) return unknownClaim<'dpa_offered'>();
  const v = pickVocab(DPA, ctx.lang);
  const onRequestWords = both(v.onRequest, mechanismsOf(ctx.lang).onRequest);
  const scan = scanSentences(ctx);
  const found: { quote: string; onRequest: boolean }[] = [];
  // Asked of a sentence up to three times (as itself, as the one after a DPA sentence): answered once.
  const answers = new Map<string, boolean>();
  const asked = (t: string) => {
    let a = answers.get(t);
    if (a === undefined) answers.set(t, (a = findTerms(t, onRequestWords).some((h) => !negatedAround(t, h.start, h.end, ctx.lang))));
    return a;
  };
  // Counting role words scans the whole page: only asked when a DPA sentence opens it.
  let isDpaItself: boolean | undefined;
  for (const sc of scan) {
    const text = sc.s.text;
    if (!hasTerm(text, v.dpa) || isNotAClaim(text, ctx.lang)) continue;
    const hit = findTerms(text, v.dpa).find((h) => !negatedAround(text, h.start, h.end, ctx.lang));
    if (!hit || withSupplier(ctx, sc, v)) continue;
    const next = scan[sc.index + 1];
    if (sc.question) {
      // FAQ: "Do you sign a DPA?" — "Yes, …" answers it.
      const answer = next?.s.text ?? '';
      if (!next || hasTerm(answer, v.dpa) || findTerms(answer, v.affirm)[0]?.start !== answer.search(/\p{L}/u)) continue;
      // A bare "Yes." says nothing by itself: the sentence after it tells how the DPA is had (and is read on its own when it names the DPA).
      if (!isBareWord(answer)) found.push({ quote: answer, onRequest: asked(answer) });
      else {
        const more = scan[sc.index + 2];
        if (more && more.s.block === next.s.block && !more.question) found.push({ quote: more.s.text, onRequest: asked(more.s.text) || findEmails(more.s.text).length > 0 });
      }
      continue;
    }
    const atTop = sc.s.start < 300 || sc.index < 3;
    // The page is (part of) the DPA: it opens as an annex to it ("Anlage 2 zum AVV") or uses its contract roles.
    const top = atTop && ((isDpaItself ??= roleCount(ctx, v.roles) >= 3) || (text.length <= 160 && hasTerm(text, v.partOf)));
    if (!top && !hasTerm(text, v.offer) && !hasTerm(text, v.partOf) && !asked(text)) continue;
    const nextAsks = next && next.s.block === sc.s.block && !hasTerm(next.s.text, v.dpa) && asked(next.s.text);
    const asks = asked(text) || findEmails(text).length > 0 || !!nextAsks;
    found.push({ quote: text, onRequest: asks });
    if (nextAsks) found.push({ quote: next.s.text, onRequest: true });
  }
  if (!found.length) return unknownClaim<'dpa_offered'>();
  const yes = found.filter((f) => !f.onRequest);
  const chosen = yes.length ? yes : found;
  return {
    value: yes.length ? 'yes' : 'on_request',
    details: [],
    evidence: uniq(chosen.map((f) => f.quote)).slice(0, 2).map((quote) => ({ quote })),
  };
};

/** "Yes." / "Kyllä!" alone. */
function isBareWord(text: string): boolean {
  return /^\s*\p{L}+\s*[.!]?\s*$/u.test(text);
}

/** "with all sub-processors", "med AWS", a sub-processor table row: the vendor's own DPAs with its suppliers. */
function withSupplier(ctx: ClaimContext, sc: ScanSentence, v: { withWord: string[]; suppliers: string[] }): boolean {
  const text = sc.s.text;
  const providers = providersIn(ctx, sc);
  for (const w of findTerms(text, v.withWord)) {
    const after = text.slice(w.end, w.end + 40);
    if (hasTerm(after, v.suppliers)) return true;
    if (providers.some((p) => p.start >= w.end && p.start <= w.end + 25)) return true;
  }
  const lineStart = ctx.text.lastIndexOf('\n', sc.s.start) + 1;
  return ctx.text.slice(lineStart, lineStart + 2).trimStart().startsWith('|') && providers.length + providersOnLine(ctx, lineStart) > 0;
}

/** Contract-role words on the page ("the processor", "Auftragnehmer", "Behandlingsansvarlig"). */
function roleCount(ctx: ClaimContext, roles: string[]): number {
  return findTerms(ctx.text, roles).length;
}

function providersOnLine(ctx: ClaimContext, lineStart: number): number {
  const end = ctx.text.indexOf('\n', lineStart);
  const lineEnd = end < 0 ? ctx.text.length : end;
  return ctx.providers.filter((p) => p.start >= lineStart && p.end <= lineEnd).length;
}
