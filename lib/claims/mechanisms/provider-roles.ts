import type { Sentence } from '../../types';
import type { ClaimContext } from '../context';
import type { ProviderMatch } from '../../knowledge/types';
import { findTerms, hasTerm, vocabFor } from './terms';
import { isContrasted, isNegated } from './negation';
import { isHedged } from './status';
import { mechanismsFor } from '../lang';
import { isFirstPerson, isTopicItem, placesIn, providersIn, surroundedBy } from './context';
import { listItemAt, runStarts, tableRowAt } from './lists';
import { US_EXPOSURE_VOCAB } from '../vocab/us-exposure';
import { SUBPROCESSOR_VOCAB } from '../vocab/subprocessors';
import { locationVocab } from './locations';
import { isJobPosting } from './page-kind';
import { endsAsQuestion } from './question';

/** Sentences about the CLOUD Act / FISA discuss US providers in general. */
const COMMENTARY = ['CLOUD Act', 'FISA', 'Section 702', 'Patriot Act'];

/**
 * Which named providers a page ties to the vendor's own service, and how: as host / data centre /
 * platform ("hosted on AWS"), as sub-processor ("AWS som underbiträde", a row of a sub-processor
 * table, an item of a "shared with the following services:" list), or through a FAQ answer about
 * where data is stored. Mentions that are negated ("no AWS · no Azure"), contrasted ("instead of
 * AWS"), hedged, hypothetical, or only log-in options / partner badges are not ties.
 */
export type Tie = 'host' | 'use' | 'role' | 'subprocessor' | 'listed';

export interface ProviderTie {
  match: ProviderMatch;
  sentence: Sentence;
  tie: Tie;
}

/** True when the mention is negated itself or as part of a negated run ("we do not use AWS, Azure or GCP"). */
export function isNegatedMention(s: Sentence, m: ProviderMatch, runStart: number, lang: ClaimContext['lang']): boolean {
  return isNegated(s.text, m.start, lang) || (runStart !== m.start && isNegated(s.text, runStart, lang));
}

const memo = new WeakMap<object, ProviderTie[]>();

/** Provider ties of a page (computed once per page: us_exposure and subprocessors both ask). */
export function providerTies(ctx: ClaimContext): ProviderTie[] {
  const hit = memo.get(ctx.sentences);
  if (hit) return hit;
  const out = computeTies(ctx);
  memo.set(ctx.sentences, out);
  return out;
}

function computeTies(ctx: ClaimContext): ProviderTie[] {
  const out: ProviderTie[] = [];
  if (isJobPosting(ctx)) return out;
  const uv = vocabFor(US_EXPOSURE_VOCAB, ctx.lang);
  const sv = vocabFor(SUBPROCESSOR_VOCAB, ctx.lang);
  const lv = locationVocab(ctx.lang);
  const fp = mechanismsFor(ctx.lang).firstPerson;
  const answerCues = answerCuesFor(ctx.lang);
  const vendorId = ctx.vendorProvider?.id;
  ctx.sentences.forEach((s, i) => {
    const mentions = providersIn(ctx, s);
    // Only the vendor named: no mention can be a tie.
    if (!mentions.some((m) => m.provider.id !== vendorId)) return;
    const text = s.text;
    if (endsAsQuestion(text) || isTopicItem(ctx, s, lv.topicLeadIn)) return;
    // The sentence's tie before its rarer vetoes (hedged, hypothetical, commentary): most sentences with a provider have none.
    const tie = sentenceTie(ctx, s, i, text, uv, sv, fp, answerCues);
    if (!tie) return;
    if (isHedged(text, ctx.lang) || hasTerm(text, lv.hypothetical) || hasTerm(text, COMMENTARY)) return;
    const speaks = isFirstPerson(text, fp);
    const runs = runStartsOf(text, mentions);
    mentions.forEach((m, k) => {
      if (m.provider.id === vendorId) return;
      if (isNegatedMention(s, m, runs[k]!, ctx.lang) || isContrasted(text, m.start, ctx.lang)) return;
      // "a US company, such as AWS, Microsoft or Google": an example in a general discussion.
      if (!speaks && findTerms(text.slice(Math.max(0, runs[k]! - 20), runs[k]!), uv.examples).length) return;
      const near = text.slice(Math.max(0, m.start - 40), Math.min(text.length, m.end + 40));
      if (hasTerm(near, uv.notHosting)) return;
      out.push({ match: { ...m, start: m.start + s.start, end: m.end + s.start }, sentence: s, tie });
    });
  });
  return out;
}

const answerCuesByLang = new Map<ClaimContext['lang'], string[]>();

/** What a FAQ question or heading asks when its answer names the host: one list per language (its matcher is found by identity). */
function answerCuesFor(lang: ClaimContext['lang']): string[] {
  let cues = answerCuesByLang.get(lang);
  if (!cues) {
    const lv = locationVocab(lang);
    answerCuesByLang.set(lang, (cues = [...lv.storage, ...lv.presence, ...vocabFor(US_EXPOSURE_VOCAB, lang).hosting]));
  }
  return cues;
}

function sentenceTie(
  ctx: ClaimContext, s: Sentence, i: number, text: string,
  uv: { hosting: string[]; use: string[]; role: string[] },
  sv: { sub: string[]; recipientsLeadIn: string[] },
  fp: readonly string[],
  answerCues: readonly string[],
): Tie | undefined {
  const row = tableRowAt(ctx.text, s.start);
  if (row) {
    const head = [...row.table.caption.map((c) => c.text), row.table.header?.text ?? ''].join(' | ');
    if (row.row !== row.table.header && hasTerm(head, sv.sub)) return 'listed';
  }
  const item = listItemAt(ctx.text, s.start);
  if (item?.list.leadIn && (hasTerm(item.list.leadIn.text, sv.sub) || hasTerm(item.list.leadIn.text, sv.recipientsLeadIn))) return 'listed';
  if (hasTerm(text, sv.sub)) return 'subprocessor';
  // "Google Cloud europe-west4", "AWS eu-north-1": a provider next to one of its cloud regions.
  if (placesIn(ctx, s).some((p) => p.place.kind === 'cloud_region')) return 'host';
  if (hasTerm(text, uv.hosting)) return 'host';
  if (hasTerm(text, uv.role)) return 'role';
  if (hasTerm(text, uv.use) && isFirstPerson(text, fp)) return 'use';
  // "Where is the data stored?" — "Microsoft Azure in Amsterdam."; "Data hosting company" ⏎ "Azure".
  if (surroundedBy(ctx, i, answerCues)) return 'host';
  return undefined;
}


function runStartsOf(text: string, mentions: readonly ProviderMatch[]): number[] {
  return runStarts(text, mentions);
}

/** Mentions of a sub-processor word in a sentence (for quotes). */
export function subprocessorWords(text: string, lang: ClaimContext['lang']): number {
  return findTerms(text, vocabFor(SUBPROCESSOR_VOCAB, lang).sub).length;
}
