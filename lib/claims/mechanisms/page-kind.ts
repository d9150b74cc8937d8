import type { ClaimContext } from '../context';
import { findTerms, vocabFor } from './terms';
import { DATA_HANDLING_WORDS, EXPLAINER_KIND_WORDS, JOB_POSTING_WORDS, OFF_TOPIC_KIND_WORDS } from '../lang/page-kinds';

const JOB_VOCAB = Object.fromEntries(Object.entries(JOB_POSTING_WORDS).map(([l, w]) => [l, { words: w }])) as Record<keyof typeof JOB_POSTING_WORDS, { words: string[] }>;
const jobWords = (ctx: ClaimContext) => vocabFor(JOB_VOCAB, ctx.lang).words;

const memo = new WeakMap<object, boolean>();

/** Job-ad words are looked for in the first this many characters of the page. */
const JOB_SCAN_CHARS = 20000;
const JOB_MIN_WORDS = 3;

/**
 * A job posting: at least three distinct job-ad words ("responsibilities", "vi söker", "Bewerbung").
 * Read sentence by sentence: the claims have prepared the sentences for term matching already, and
 * a job-ad phrase does not run from one sentence into the next.
 */
export function isJobPosting(ctx: ClaimContext): boolean {
  const hit = memo.get(ctx.sentences);
  if (hit !== undefined) return hit;
  const words = jobWords(ctx);
  const seen = new Set<string>();
  for (const s of ctx.sentences) {
    if (s.start >= JOB_SCAN_CHARS || seen.size >= JOB_MIN_WORDS) break;
    for (const h of findTerms(s.text, words)) if (s.start + h.end <= JOB_SCAN_CHARS) seen.add(h.matched.toLowerCase());
  }
  const out = seen.size >= JOB_MIN_WORDS;
  memo.set(ctx.sentences, out);
  return out;
}

const KIND_VOCAB = Object.fromEntries(Object.keys(OFF_TOPIC_KIND_WORDS).map((l) => {
  const k = l as keyof typeof OFF_TOPIC_KIND_WORDS;
  return [k, { offTopic: OFF_TOPIC_KIND_WORDS[k], topic: DATA_HANDLING_WORDS[k], explainer: EXPLAINER_KIND_WORDS[k] }];
})) as Record<keyof typeof OFF_TOPIC_KIND_WORDS, { offTopic: string[]; topic: string[]; explainer: string[] }>;

/** Data-handling words per 1000 characters below which an off-topic page kind is believed. */
const OFF_TOPIC_MAX_DENSITY = 6;
const LEAD_CHARS = 700;
const SCAN_CHARS = 60000;

const topicMemo = new WeakMap<object, boolean>();

/**
 * False for a page whose title or opening headings name a kind of page that is not about the
 * vendor's data handling (changelog, webinar, case study, pricing, company history, marketplace
 * listing, blog / news) while privacy / security vocabulary is sparse across the page. Such a page
 * mentions AWS, TLS or GDPR in passing; its claims stay unknown. A lead that names privacy or
 * security itself, or a page dense with that vocabulary, is kept — unless the lead marks a guide /
 * explainer about GDPR concepts in general (EXPLAINER_KIND_WORDS).
 */
export function isAboutDataHandling(ctx: ClaimContext): boolean {
  const hit = topicMemo.get(ctx.sentences);
  if (hit !== undefined) return hit;
  const out = decideTopic(ctx);
  topicMemo.set(ctx.sentences, out);
  return out;
}

function decideTopic(ctx: ClaimContext): boolean {
  const v = vocabFor(KIND_VOCAB, ctx.lang);
  const lead = [ctx.title, ...leadLines(ctx.text)].join('\n');
  // A guide explaining DPAs or DPOs in general is off topic even though its lead names them; one
  // about a named provider's DPA ("What is Microsoft's DPA?") reports that provider's terms.
  if (findTerms(lead, v.explainer).length && !leadNamesProvider(ctx, lead)) return false;
  if (!findTerms(lead, v.offTopic).length || findTerms(lead, v.topic).length) return true;
  const body = ctx.text.slice(0, SCAN_CHARS);
  const density = (findTerms(body, v.topic).length * 1000) / Math.max(body.length, 1000);
  return density >= OFF_TOPIC_MAX_DENSITY;
}

function leadNamesProvider(ctx: ClaimContext, lead: string): boolean {
  return ctx.providers.some((m) => m.start < LEAD_CHARS && lead.includes(ctx.text.slice(m.start, m.end)));
}

/** The opening heading-like lines (short, no sentence end; a question title counts), menus left out ("Platform  Pricing  Blog", "Docs | Changelog | Status"). */
function leadLines(text: string): string[] {
  const lead = text.slice(0, LEAD_CHARS);
  const out: string[] = [];
  for (let from = 0; from <= lead.length && out.length < LEAD_LINES; ) {
    const eol = lead.indexOf('\n', from);
    const to = eol < 0 ? lead.length : eol;
    const l = lead.slice(from, to).trim();
    if (l.length > 0 && l.length <= 90 && !/[.!;]$/.test(l) && !isMenu(l)) out.push(l);
    from = to + 1;
  }
  return out;
}

const LEAD_LINES = 5;

function isMenu(line: string): boolean {
  return (line.match(/ {2,}|\t| [|·•] /g)?.length ?? 0) >= 2;
}

export const __test = { leadLines, decideTopic };
