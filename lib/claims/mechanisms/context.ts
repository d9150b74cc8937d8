import type { PageLang, Sentence } from '../../types';
import type { ClaimContext } from '../context';
import type { ProviderMatch, PlaceMatch } from '../../knowledge/types';
import { hasTerm } from './terms';
import { columnHeaderAt, labelAbove, listItemAt, tableRowAt } from './lists';

/** Helpers that look at a sentence's surroundings: its section heading, the question it answers, its list or table. */

/** Matches of a page-wide, start-sorted match list that lie inside the sentence, with offsets relative to it. */
export function inSentence<T extends { start: number; end: number }>(all: readonly T[], s: Sentence): T[] {
  const out: T[] = [];
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < all.length && all[i]!.start < s.end; i++) {
    const m = all[i]!;
    if (m.end <= s.end) out.push({ ...m, start: m.start - s.start, end: m.end - s.start });
  }
  return out;
}

export const providersIn = (ctx: ClaimContext, s: Sentence): ProviderMatch[] => inSentence(ctx.providers, s);
export const placesIn = (ctx: ClaimContext, s: Sentence): PlaceMatch[] => inSentence(ctx.places, s);

/**
 * Text around a sentence that can tell what it is about: the heading of its section, the question
 * just before it (FAQ answers), a form label above a short value line.
 */
export function surroundings(ctx: ClaimContext, i: number): string[] {
  const s = ctx.sentences[i]!;
  const out: string[] = [];
  if (s.heading) out.push(s.heading);
  const prev = ctx.sentences[i - 1];
  if (prev && /\?["”»]?\s*$/.test(prev.text) && s.start - prev.end < 200) out.push(prev.text);
  const label = labelAbove(ctx.text, s.start);
  if (label && s.text.length <= 60) out.push(label.text);
  return out;
}

/** Does any of the surroundings of sentence `i` contain one of `terms`? */
export function surroundedBy(ctx: ClaimContext, i: number, terms: readonly string[]): boolean {
  return surroundings(ctx, i).some((t) => hasTerm(t, terms));
}

/** The header of the table column a sentence-relative offset lies in, when the sentence is a table body row. */
export function columnHeader(ctx: ClaimContext, s: Sentence, rel: number): string | undefined {
  return columnHeaderAt(ctx.text, s.start + rel)?.text;
}

/** True when the sentence is a table header row. */
export function isTableHeader(ctx: ClaimContext, s: Sentence): boolean {
  const hit = tableRowAt(ctx.text, s.start);
  return !!hit && hit.row === hit.table.header;
}

/**
 * True when the sentence is an item of a list that only names topics: its lead-in ends with ':'
 * and says the list is what something covers ("Microsoft's DPA covers, among other things:").
 */
export function isTopicItem(ctx: ClaimContext, s: Sentence, topicWords: readonly string[]): boolean {
  const hit = listItemAt(ctx.text, s.start);
  const lead = hit?.list.leadIn;
  return !!lead && /:\s*$/.test(lead.text) && hasTerm(lead.text, topicWords);
}

/** First-person voice of the vendor in a sentence ("we", "our", "vi", "wir", "käytämme"). */
export function isFirstPerson(text: string, firstPerson: readonly string[]): boolean {
  return hasTerm(text, firstPerson);
}

export type { PageLang };
