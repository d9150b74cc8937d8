import type { ClaimExtractor, ClaimContext } from './context';
import { unknownClaim } from '../types';
import { findTerms, hasTerm, vocabFor } from './mechanisms/terms';
import { isNegated, opensConditional } from './mechanisms/negation';
import { isHedged } from './mechanisms/status';
import { isTopicItem } from './mechanisms/context';
import { endsWithColon, endsWithOneOf, isHeadingLine, linesIn, piecesAtMost, sectionAfter, segmentsOf, type Span } from './mechanisms/lists';
import { providerTies } from './mechanisms/provider-roles';
import { mechanismsFor } from './lang';
import { locationVocab } from './mechanisms/locations';
import { SUBPROCESSOR_VOCAB, type SubprocessorVocab } from './vocab/subprocessors';
import { escapeRegExp } from '../text/regex';

/**
 * `subprocessors` (SPEC §1). listed: the page names sub-processors — the section under a
 * sub-processor title or lead-in ("Sub-processors", "ANNEX 3 – APPROVED SUB-PROCESSORS",
 * "shared with the services listed below:") names companies (known providers, or names ending in
 * a legal form: "Scaleway SAS"), or a sentence says "X is our sub-processor / som underbiträde",
 * or a page about its sub-processors ties a provider to the service. A host only named ("hosted
 * on Azure") is not a list. on_request: the list is offered on request.
 */
export const subprocessors: ClaimExtractor<'subprocessors'> = (ctx) => {
  const v = vocabFor(SUBPROCESSOR_VOCAB, ctx.lang);
  const names = new Map<string, true>();
  const quotes: string[] = [];

  const ties = providerTies(ctx);
  const tiedIds = new Set(ties.map((t) => t.match.provider.id));
  const lines = linesIn(ctx.text);
  lines.forEach((line, k) => {
    // The order only matters for speed: a short line is mostly a sentence of its own (scanned already),
    // a long one a paragraph of several (a fresh text to scan), which the shape test rules out at once.
    const titled = line.text.length <= 80 ? namesSubprocessors(line.text, v) && isTitleLine(lines, k) : isTitleLine(lines, k) && namesSubprocessors(line.text, v);
    if (!titled || negatedTitle(line.text, ctx) || aboutSubprocessors(line.text, v)) return;
    const found = namesIn(ctx, sectionAfter(ctx.text, k), v, tiedIds, line.text.includes('|'));
    if (!found.names.length) return;
    for (const n of found.names) names.set(n, true);
    quotes.push(line.text.replace(/^[#\s|]+|[\s|]+$/g, '') || line.text, ...found.lines);
  });

  // Providers tied as sub-processors in sentences, or on a page about sub-processors.
  const topical = hasTerm(ctx.title, v.sub) || ctx.sentences.slice(0, 4).some((s) => hasTerm(s.text, v.sub));
  for (const t of ties) {
    // A host only named ("hosted on AWS") is not a sub-processor list; "we use Zoom for webinars" names one.
    const hostOnly = t.tie === 'host' || t.tie === 'role' || (t.tie === 'use' && isHostingProvider(t.match.provider));
    if (hostOnly && !topical) continue;
    if (opensConditional(t.sentence.text, ctx.lang)) continue;
    names.set(t.match.provider.name, true);
    quotes.push(t.sentence.text);
  }
  if (names.size) {
    const evidence = [...new Set(quotes)].filter((q) => ctx.text.includes(q)).slice(0, 3).map((quote) => ({ quote }));
    return { value: 'listed', details: [...names.keys()], evidence };
  }

  const lv = locationVocab(ctx.lang);
  const onRequest = [...v.request, ...mechanismsFor(ctx.lang).onRequest];
  for (let i = 0; i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i]!;
    const sub = findTerms(s.text, v.sub)[0];
    if (!sub || isTopicItem(ctx, s, lv.topicLeadIn)) continue;
    // "Our sub-processor list is not published. Admins can ask for the current list …"
    const next = ctx.sentences[i + 1];
    for (const cand of next && next.start - s.end < 80 ? [s, next] : [s]) {
      const byMail = /[\w.+-]+@[\w-]+\.[\w.]+/.test(cand.text) && hasTerm(cand.text, v.listNouns);
      if ((hasTerm(cand.text, onRequest) || byMail) && !isHedgedRequest(cand.text, ctx)) {
        return { value: 'on_request', details: [], evidence: [{ quote: cand === s ? s.text : ctx.text.slice(s.start, cand.end) }] };
      }
    }
  }
  return unknownClaim<'subprocessors'>();
};

function namesSubprocessors(text: string, v: SubprocessorVocab): boolean {
  return hasTerm(text, v.sub) || hasTerm(text, v.recipientsLeadIn);
}

/** A heading, a lead-in ("… the following sub-processors:"), a table row or a short title. */
function isTitleLine(lines: ReturnType<typeof linesIn>, k: number): boolean {
  const text = lines[k]!.text;
  return text.includes('|') || endsWithColon(text) || isHeadingLine(lines, k) || isShortTitle(text);
}

const HOSTING = new Set(['hosting', 'cdn', 'storage']);
const isHostingProvider = (p: { categories: readonly string[] }) => p.categories.some((c) => HOSTING.has(c));

/** "Security of sub-processors", "Säkerhet hos underbiträden": a title about them, not a list ("List of sub-processors" is one). */
function aboutSubprocessors(text: string, v: SubprocessorVocab): boolean {
  const sub = findTerms(text, v.sub)[0];
  if (!sub) return false;
  const before = text.slice(0, sub.start).trim().split(/\s+/);
  const prep = before[before.length - 1]?.toLowerCase() ?? '';
  if (!PREPOSITIONS.has(prep)) return false;
  return !hasTerm(before[before.length - 2] ?? '', v.listNouns);
}

const PREPOSITIONS = new Set(['of', 'at', 'for', 'by', 'hos', 'av', 'för', 'om', 'vid', 'af', 'til', 'ved', 'von', 'bei', 'für', 'der', 'über', 'zu']);

function isShortTitle(text: string): boolean {
  return !endsWithOneOf(text, '.!?') && piecesAtMost(text, 8);
}

function isHedgedRequest(text: string, ctx: ClaimContext): boolean {
  return isHedged(text.replace(/\b(?:can|kan|kann|voi|voit)\b/gi, ''), ctx.lang);
}

/** "We use no sub-processors:", "Vi anlitar inga underbiträden". */
function negatedTitle(text: string, ctx: ClaimContext): boolean {
  const v = vocabFor(SUBPROCESSOR_VOCAB, ctx.lang);
  const sub = findTerms(text, v.sub)[0];
  return !!sub && isNegated(text, sub.start, ctx.lang);
}

/** Company names in the lines of a sub-processor section: known providers, names with a legal form, first table cells. */
function namesIn(ctx: ClaimContext, section: Span[], v: SubprocessorVocab, tied: ReadonlySet<string>, titleIsHeader = false): { names: string[]; lines: string[] } {
  const names: string[] = [];
  const lines: string[] = [];
  // The first row of a table (two or more rows) is its header: "Underbiträde | Ändamål | Land" names no one
  // (unless the section's title was that row).
  const rows = section.filter((l) => l.text.includes('|'));
  const header = !titleIsHeader && rows.length >= 2 ? rows[0] : undefined;
  for (const line of section) {
    const before = names.length;
    const known = ctx.providers.filter((p) => p.start >= line.start && p.end <= line.end);
    // In prose ("… an American company, such as AWS …") only providers the page ties to its service count.
    const prose = known.length > 0 && line.text.replace(/\([^()]*\)/g, '').split(/\s+/).length > 14;
    for (const p of known) if ((!prose || tied.has(p.provider.id)) && !isNegated(line.text, p.start - line.start, ctx.lang)) names.push(p.provider.name);
    // A name starts with a capital or a digit: a line without one has none (most lines of prose). A segment
    // names someone only as a table's first cell or ending in a legal form, which a line of prose seldom has.
    const cells = line.text.includes('|');
    const legalForms = legalFormsOf(v.legalForms);
    const segs = NAME_START_ANYWHERE.test(line.text) && (cells || legalForms.anywhere.test(line.text)) ? segmentsOf(line) : [];
    segs.forEach((seg, idx) => {
      if (known.some((p) => p.start < seg.end && p.end > seg.start)) return;
      if (!NAME_START.test(seg.text)) return;
      const t = seg.text.replace(/^[,.;:\s]+|[,;:\s]+$/g, '');
      if (t.includes(':')) return;
      const words = t.split(/\s+/);
      if (words.length > 6) return;
      const legal = legalForms.endings.some((e) => t.endsWith(e));
      const firstCell = idx === 0 && line !== header && cells && words.length <= 5 && !/^-+$/.test(t);
      // A legal-form name repeated on the page (a running header or footer) is the document's own company.
      if ((legal && countOf(ctx.text, t) < 2) || firstCell) names.push(t);
    });
    if (names.length > before && lines.length < 1) lines.push(line.text);
  }
  return { names: [...new Set(names)], lines };
}

interface LegalForms {
  /** How a name ends in a legal form: " AB", " GmbH" (", AB" ends so too). */
  endings: string[];
  /** One of the endings anywhere in a text: a line without one has no name ending in a legal form. */
  anywhere: RegExp;
}

const legalFormsByList = new WeakMap<readonly string[], LegalForms>();

function legalFormsOf(forms: readonly string[]): LegalForms {
  let out = legalFormsByList.get(forms);
  if (!out) {
    const endings = forms.map((f) => ' ' + f);
    const anywhere = endings.length ? new RegExp(endings.map(escapeRegExp).join('|')) : /(?!)/;
    legalFormsByList.set(forms, (out = { endings, anywhere }));
  }
  return out;
}

/** A segment's name starts with a capital or a digit once leading punctuation is stripped: tested before the stripped copy is made. */
const NAME_START = /^[,.;:\s]*[\p{Lu}\d]/u;
const NAME_START_ANYWHERE = /[\p{Lu}\d]/u;

function countOf(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && n < 2; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}
