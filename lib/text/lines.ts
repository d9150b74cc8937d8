import { dotKind, type AbbreviationTable } from './abbreviations';
import { isSpaceAt } from './chars';

/**
 * Line structure of a text: which line breaks end a sentence (hard) and which are only wrapping
 * (soft, as in text extracted from PDFs). Everything here is one pass over the lines.
 */
export type LineKind = 'text' | 'bullet' | 'numbered' | 'table' | 'heading' | 'quote' | 'blank';

export interface Line {
  kind: LineKind;
  /** Content start: after indentation and any bullet / '#' / '>' marker. */
  cs: number;
  /** Content end: before trailing whitespace. */
  ce: number;
}

// Anchored at the first non-space character of a line; each is a short literal prefix test.
const BULLET = /^(?:[-+•·▪◦‣●○■□➢➤►–—]|\*{1,3})(?=\s|$)/;
const NUMBERED = /^(?:\d{1,3}[.)]\s+(?=[\p{Lu}"“(«])|\d{1,3}(?:\.\d{1,3})+\.?(?=\s|$)|[a-z][.)]\s)/u;
const HEADING = /^#{1,6}(?=\s|$)/;
const QUOTE = /^>/;

const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0xfeff;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;

export function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let cs = pos;
    while (cs < eol && isSpace(text.charCodeAt(cs))) cs++;
    let ce = eol;
    while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
    if (cs >= ce) lines.push({ kind: 'blank', cs, ce: cs });
    else lines.push(classify(text, cs, ce));
    pos = eol + 1;
  }
  return lines;
}

/** First characters that can start a marker (table '|', HEADING, QUOTE, BULLET, NUMBERED); any other line is text. */
const MARKER_FIRST = new Set(Array.from('|#>-+•·▪◦‣●○■□➢➤►–—*0123456789abcdefghijklmnopqrstuvwxyz', (ch) => ch.charCodeAt(0)));

function classify(text: string, cs: number, ce: number): Line {
  if (!MARKER_FIRST.has(text.charCodeAt(cs))) return { kind: 'text', cs, ce };
  const head = text.slice(cs, Math.min(ce, cs + 12));
  const c = head.charAt(0);
  if (c === '|') return { kind: 'table', cs, ce };
  let m: RegExpExecArray | null;
  if ((m = HEADING.exec(head))) return { kind: 'heading', cs: skipSpace(text, cs + m[0].length, ce), ce };
  if ((m = QUOTE.exec(head))) return { kind: 'quote', cs: skipSpace(text, cs + 1, ce), ce };
  if ((m = BULLET.exec(head))) return { kind: 'bullet', cs: skipSpace(text, cs + m[0].length, ce), ce };
  if (NUMBERED.test(text.slice(cs, Math.min(ce, cs + 16)))) return { kind: 'numbered', cs, ce };
  return { kind: 'text', cs, ce };
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

const LEADING_BRACKETS = '(["\'“”‘’«»„';

/** The last whitespace-separated word before `end` (at most 30 chars), leading brackets/quotes removed. */
export function wordBefore(text: string, end: number, floor: number): string {
  let i = end;
  const min = Math.max(floor, end - 30);
  while (i > min && !isSpaceAt(text, i - 1)) i--;
  while (i < end && LEADING_BRACKETS.includes(text.charAt(i))) i++;
  return text.slice(i, end);
}

/** Lines mostly wrapped mid-sentence (PDF text): a long line without end punctuation also continues before a capital. */
interface WrapInfo {
  wrapped: boolean;
  /** Typical full-line length (90th percentile). */
  width: number;
}

function wrapInfo(text: string, lines: Line[]): WrapInfo {
  const lengths: number[] = [];
  let continuations = 0;
  let prev: Line | undefined;
  for (const l of lines) {
    if (l.kind === 'blank') continue;
    if (l.kind === 'text') lengths.push(l.ce - l.cs);
    if (prev && prev.kind === 'text' && l.kind === 'text' && !'.!?:'.includes(text.charAt(prev.ce - 1)) && LOWER.test(text.charAt(l.cs))) {
      continuations++;
    }
    prev = l;
  }
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  return { wrapped: continuations >= 3 && continuations >= 0.2 * lengths.length, width };
}

/**
 * Splits the text into units: ranges with no hard break inside (blank lines, headings, list items
 * and table rows are hard; a wrapped line continuing a sentence is soft). Sentences never cross a unit.
 */
export function units(text: string, abbr: AbbreviationTable): Array<[number, number]> {
  const lines = readLines(text);
  const wrap = wrapInfo(text, lines);
  const out: Array<[number, number]> = [];
  let cur: [number, number] | undefined;
  let prev: Line | undefined;
  for (const l of lines) {
    if (l.kind === 'blank') {
      if (cur) out.push(cur);
      cur = undefined;
      prev = undefined;
      continue;
    }
    if (cur && prev && isSoft(text, prev, l, wrap, abbr)) {
      cur[1] = l.ce;
    } else {
      if (cur) out.push(cur);
      cur = [l.cs, l.ce];
    }
    prev = l;
  }
  if (cur) out.push(cur);
  return out;
}

const HARD_NEXT: ReadonlySet<LineKind> = new Set(['bullet', 'numbered', 'table', 'heading']);
const HARD_PREV: ReadonlySet<LineKind> = new Set(['table', 'heading']);

function isSoft(text: string, prev: Line, next: Line, wrap: WrapInfo, abbr: AbbreviationTable): boolean {
  if (HARD_NEXT.has(next.kind) || HARD_PREV.has(prev.kind)) return false;
  const last = text.charAt(prev.ce - 1);
  const beforeLast = text.charAt(prev.ce - 2);
  const first = text.charAt(next.cs);
  const firstLower = LOWER.test(first);
  // "kryp-\nteret": a word split by hyphenation.
  if ((last === '-' || last === '\u00ad') && LETTER.test(beforeLast)) return firstLower;
  if (last === '.') {
    const kind = dotKind(wordBefore(text, prev.ce, prev.cs), abbr);
    if (kind === 'abbr') return true;
    return kind !== 'word' && (firstLower || DIGIT.test(first));
  }
  if ('!?:'.includes(last)) return false;
  if (firstLower || DIGIT.test(first)) return true;
  if (last === ',' || last === '–' || last === '—') return true;
  return (
    wrap.wrapped &&
    UPPER.test(first) &&
    (LOWER.test(last) || last === ',') &&
    prev.ce - prev.cs >= 0.6 * wrap.width
  );
}
