import type { Analysis, PageText, PageLang, Sentence, SourceKind } from './types';
import { detectLanguage, splitSentences } from './text';
import { findPlaces, findProviders, providerByDomain, wordStarts } from './knowledge';
import { decideClaims } from './claims';
import { scoreClaims } from './score';
import { vendorFromUrl } from './vendors/identity';
import { readPlainText } from './extract/text';

/** Blocks are joined with a blank line; this is "the page text" every quote is a substring of. */
export const BLOCK_SEPARATOR = '\n\n';

export interface JoinedText {
  text: string;
  /** Start offset of each block in `text`. */
  blockStarts: number[];
}

export function joinBlocks(page: PageText): JoinedText {
  const blockStarts: number[] = [];
  let length = 0;
  for (const b of page.blocks) {
    if (blockStarts.length) length += BLOCK_SEPARATOR.length;
    blockStarts.push(length);
    length += b.text.length;
  }
  // One flat string (`join`), not a chain of `+=` pieces: every reader of the page text indexes into it.
  return { text: page.blocks.map((b) => b.text).join(BLOCK_SEPARATOR), blockStarts };
}

export interface AnalyzeOptions {
  /** Scoring profile id (see lib/score). */
  profile?: string;
  /** Clock, for reproducible tests. */
  now?: () => Date;
}

/** The whole pipeline on a PageText from any reader. Never throws on odd input. */
export function analyzePage(page: PageText, opts: AnalyzeOptions = {}): Analysis {
  const { text, blockStarts } = joinBlocks(page);
  const lang: PageLang = detectLanguage(text, page.declaredLang);
  const sentences = attachBlocks(splitSentences(text, lang), blockStarts, page);
  const vendorDomain = vendorFromUrl(page.url);
  const warnings: string[] = [];
  const starts = wordStarts(text);
  const claims = decideClaims(
    {
      text,
      sentences,
      lang,
      title: page.title,
      vendorDomain,
      url: page.url,
      vendorProvider: vendorDomain ? providerByDomain(vendorDomain) : undefined,
      providers: findProviders(text, starts),
      places: findPlaces(text, lang, starts),
      decided: {},
    },
    (id, e) => warnings.push(`claim ${id} failed: ${e instanceof Error ? e.message : String(e)}`),
  );
  for (const c of Object.values(claims)) {
    for (const ev of c.evidence) {
      if (ev.block === undefined) ev.block = blockIndexAt(blockStarts, text.indexOf(ev.quote));
    }
  }
  if (!text.trim()) warnings.push('The page has no text.');
  const result: Analysis = {
    source: page.url,
    title: page.title,
    lang,
    vendor: vendorDomain,
    analyzedAt: (opts.now?.() ?? new Date()).toISOString(),
    claims,
    score: scoreClaims(claims, opts.profile),
  };
  if (warnings.length) result.warnings = warnings;
  return result;
}

export interface TextOptions {
  url?: string;
  title?: string;
  lang?: string;
  kind?: SourceKind;
}

/** SPEC §2: analyse raw text (plain text, or text extracted from a PDF). */
export function analyzeText(text: string, o: TextOptions = {}, opts: AnalyzeOptions = {}): Analysis {
  const page = readPlainText(text, o.url ?? '', o.title ?? '');
  page.declaredLang = o.lang ?? '';
  if (o.kind) page.kind = o.kind;
  return analyzePage(page, opts);
}

/** Sentences come in page order, so each one's block is found by walking on from the previous one's. */
function attachBlocks(sentences: Sentence[], blockStarts: number[], page: PageText): Sentence[] {
  let heading: string | undefined;
  let lastBlock = -1;
  let b = 0;
  for (const s of sentences) {
    while (b + 1 < blockStarts.length && blockStarts[b + 1]! <= s.start) b++;
    if (b !== lastBlock) {
      for (let i = lastBlock + 1; i < b; i++) if (page.blocks[i]?.kind === 'heading') heading = page.blocks[i]!.text;
      lastBlock = b;
    }
    s.block = b;
    if (heading !== undefined && page.blocks[b]?.kind !== 'heading') s.heading = heading;
  }
  return sentences;
}

function blockIndexAt(starts: number[], offset: number): number {
  if (offset < 0 || starts.length === 0) return 0;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
