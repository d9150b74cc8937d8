import type { ClaimExtractor } from './context';
import type { Sentence } from '../types';
import { unknownClaim } from '../types';
import { findTerms, hasTerm, vocabFor } from './mechanisms/terms';
import { isNegated, opensConditional } from './mechanisms/negation';
import { DPF_VOCAB } from './vocab/dpf-reliance';
import { columnHeader } from './mechanisms/context';

/**
 * `dpf_reliance` (SPEC §1): the vendor or one of its sub-processors relies on the EU-US Data
 * Privacy Framework (or the old Privacy Shield): certified under it, complies with it, transfers
 * under it ("SCCs and/or EU–US DPF as applicable"). "Certified under that framework" counts when
 * the framework was named in the two sentences before. Explaining that the framework exists, was
 * adopted or was struck down is not reliance.
 */
export const dpfReliance: ClaimExtractor<'dpf_reliance'> = (ctx) => {
  const v = vocabFor(DPF_VOCAB, ctx.lang);
  const found: Sentence[] = [];
  const details = new Set<string>();
  let lastFramework = -10;
  ctx.sentences.forEach((s, i) => {
    // "… certified under the EU-U.S. | Data Privacy Framework": a sentence wrongly cut after "U.S." is read whole.
    const prev = ctx.sentences[i - 1];
    const glued = prev && s.start - prev.end <= 1 && endsWithInitial(prev.text) ? prev : undefined;
    const t = glued ? ctx.text.slice(glued.start, s.end) : s.text;
    const names = findTerms(t, v.framework);
    const anaphora = !names.length && i - lastFramework <= 2 ? findTerms(t, v.anaphora) : [];
    if (names.length) lastFramework = i;
    const refs = names.length ? names : anaphora;
    if (!refs.length || hasTerm(t, v.notReliance) || /\?\s*$/.test(t)) return;
    if (opensConditional(t, ctx.lang)) return;
    const reliance = findTerms(t, v.reliance).filter((r) => !isNegated(t, r.start, ctx.lang));
    // "| Mailgun, Inc. | E-mail | United States | EU-US Data Privacy Framework |" under "Transfer mechanism".
    const inBasisColumn = !glued && names.some((n) => hasTerm(columnHeader(ctx, s, n.start) ?? '', v.basisColumn));
    if ((!reliance.length && !inBasisColumn) || !refs.some((r) => !isNegated(t, r.start, ctx.lang))) return;
    found.push(glued ? { ...s, text: t, start: glued.start } : s);
    for (const r of names) details.add(/shield/i.test(r.matched) ? 'EU-US Privacy Shield' : 'EU-US DPF');
    if (anaphora.length) details.add('EU-US DPF');
  });
  if (!found.length) return unknownClaim<'dpf_reliance'>();
  return { value: 'yes', details: [...details], evidence: found.slice(0, 2).map((s) => ({ quote: s.text })) };
};

/** "… the EU-U.S.": an initial ends it. Only the last three characters decide; the regex on the whole sentence would scan all of it. */
const endsWithInitial = (text: string) => /\b[A-Z]\.$/.test(text.slice(-3));
