/**
 * Page structure that sentences alone do not show: Markdown/pipe tables (header, rows, caption
 * lines above), bullet lists with their lead-in line, "label ⏎ value" form fields, and runs of
 * coordinated names in a sentence ("AWS, Azure or Google Cloud"). One linear pass over the lines
 * of a text, cached for the last text seen (claims ask about the same page many times).
 */
import { isSpaceUnit } from '../../text/chars';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface TableRow extends Span {
  cells: Span[];
}

export interface Table {
  start: number;
  end: number;
  header?: TableRow;
  rows: TableRow[];
  /** Up to three non-blank lines just above the table, nearest first (its title, e.g. "Subprocessor list"). */
  caption: Span[];
}

export interface List {
  start: number;
  end: number;
  items: Span[];
  /** The line introducing the list ("We share data with the following providers:"), when there is one. */
  leadIn?: Span;
}

type Kind = 'blank' | 'table' | 'bullet' | 'text';
interface Line extends Span {
  kind: Kind;
}

const BULLET = /^(?:[-+•·▪◦‣●○■□➢➤►–—*]|\d{1,3}[.)]|[a-z][.)])\s/;
const SEPARATOR_ROW = /^\|?[\s:|-]+\|?$/;
const CELL_BAR = ' | ';

function readLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    let s = pos;
    let e = eol;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    const t = text.slice(s, e);
    // A row without its outer bars ("Twilio Inc. | SMS | USA") is how the HTML and Markdown readers give a table row.
    const kind: Kind = !t ? 'blank' : t.startsWith('|') || t.includes(CELL_BAR) ? 'table' : BULLET.test(t.slice(0, 6)) ? 'bullet' : 'text';
    out.push({ kind, text: t, start: s, end: e });
    pos = eol + 1;
  }
  return out;
}

function cellsOf(line: Line): Span[] {
  const cells: Span[] = [];
  const t = line.text;
  let from = t.startsWith('|') ? 1 : 0;
  while (from <= t.length) {
    let bar = t.indexOf('|', from);
    if (bar < 0) bar = t.length;
    let s = from;
    let e = bar;
    while (s < e && /\s/.test(t.charAt(s))) s++;
    while (e > s && /\s/.test(t.charAt(e - 1))) e--;
    if (bar < t.length || e > s) cells.push({ text: t.slice(s, e), start: line.start + s, end: line.start + e });
    from = bar + 1;
  }
  return cells;
}

interface Structure {
  tables: Table[];
  lists: List[];
  lines: Line[];
}

let lastText: string | undefined;
let lastStructure: Structure | undefined;

function structureOf(text: string): Structure {
  if (text === lastText && lastStructure) {
    // An equal text in another string (the same page analysed again): keep this one, so the next
    // comparisons are by reference instead of character by character.
    lastText = text;
    return lastStructure;
  }
  const lines = readLines(text);
  const tables: Table[] = [];
  const lists: List[] = [];
  for (let i = 0; i < lines.length; ) {
    const l = lines[i]!;
    if (l.kind === 'table') {
      let j = i;
      const rows: TableRow[] = [];
      let header: TableRow | undefined;
      // Rows read from HTML or parsed Markdown are blocks of their own: blank lines between them.
      const barless = !l.text.startsWith('|');
      while (j < lines.length && (lines[j]!.kind === 'table' || (barless && lines[j]!.kind === 'blank' && lines[j + 1]?.kind === 'table'))) {
        const row = lines[j]!;
        if (row.kind === 'blank') {
          j++;
          continue;
        }
        if (SEPARATOR_ROW.test(row.text)) {
          if (rows.length === 1 && !header) header = rows.pop();
        } else rows.push({ ...row, cells: cellsOf(row) });
        j++;
      }
      // Without a separator row, a run of two or more barless rows starts with its header (thead, or a Markdown table's first row).
      if (!header && barless && rows.length >= 2) header = rows.shift();
      tables.push({ start: l.start, end: lines[j - 1]!.end, header, rows, caption: linesAbove(lines, i, 3) });
      i = j;
    } else if (l.kind === 'bullet') {
      let j = i;
      const items: Span[] = [];
      // Items may be separated by blank lines or wrapped onto plain continuation lines.
      while (j < lines.length && (lines[j]!.kind === 'bullet' || (lines[j]!.kind === 'blank' && lines[j + 1]?.kind === 'bullet'))) {
        if (lines[j]!.kind === 'bullet') items.push(lines[j]!);
        j++;
      }
      const lead = linesAbove(lines, i, 1)[0];
      lists.push({ start: l.start, end: lines[j - 1]!.end, items, leadIn: lead });
      i = j;
    } else i++;
  }
  lastText = text;
  lastStructure = { tables, lists, lines };
  return lastStructure;
}

function linesAbove(lines: Line[], i: number, n: number): Span[] {
  const out: Span[] = [];
  for (let k = i - 1; k >= 0 && out.length < n && i - k <= n + 2; k--) {
    const l = lines[k]!;
    if (l.kind === 'blank') continue;
    if (l.kind === 'table') break;
    out.push({ text: l.text, start: l.start, end: l.end });
  }
  return out;
}

export function tablesIn(text: string): Table[] {
  return structureOf(text).tables;
}

export function listsIn(text: string): List[] {
  return structureOf(text).lists;
}

/** Index of the last span starting at or before `offset` in start-sorted `spans`, or -1. */
function lastStartingBy(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The span of start-sorted, non-overlapping `spans` that contains `offset` (ends included). */
function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  const s = spans[lastStartingBy(spans, offset)];
  return s && offset <= s.end ? s : undefined;
}

const rowsOf = new WeakMap<Table, TableRow[]>();

/** Header and body rows of a table, in page order. */
function allRows(table: Table): TableRow[] {
  let rows = rowsOf.get(table);
  if (!rows) rowsOf.set(table, (rows = table.header ? [table.header, ...table.rows] : table.rows));
  return rows;
}

/** The table row containing `offset`, with its table. Tables and rows are sorted: binary searches. */
export function tableRowAt(text: string, offset: number): { table: Table; row: TableRow } | undefined {
  const table = spanAt(structureOf(text).tables, offset);
  const row = table && spanAt(allRows(table), offset);
  return table && row ? { table, row } : undefined;
}

/** The list item containing `offset`, with its list. */
export function listItemAt(text: string, offset: number): { list: List; item: Span } | undefined {
  const list = spanAt(structureOf(text).lists, offset);
  const item = list && spanAt(list.items, offset);
  return list && item ? { list, item } : undefined;
}

/** The header cell of the column `offset` lies in, when it lies in a table body row. */
export function columnHeaderAt(text: string, offset: number): Span | undefined {
  const hit = tableRowAt(text, offset);
  if (!hit || !hit.table.header || hit.row === hit.table.header) return undefined;
  const col = hit.row.cells.findIndex((c) => offset >= c.start && offset <= c.end);
  return col >= 0 ? hit.table.header.cells[col] : undefined;
}

/**
 * A form-field label just above the line of `offset` ("Data center location(s)" ⏎ "Netherlands"):
 * the previous non-blank line when the value line is short and the label has no sentence punctuation.
 */
export function labelAbove(text: string, offset: number, maxValue = 60, maxLabel = 60): Span | undefined {
  const { lines } = structureOf(text);
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo];
  if (!line || line.kind === 'blank' || line.text.length > maxValue) return undefined;
  const prev = lines[lo - 1];
  if (!prev || prev.kind === 'blank' || prev.kind === 'table' || prev.text.length > maxLabel) return undefined;
  if (/[.!:;,]$/.test(prev.text)) return undefined;
  return { text: prev.text, start: prev.start, end: prev.end };
}

/** Separators allowed between coordinated names: punctuation, bullets, and "and/or" words of six languages. */
const COORDINATION = /^(?:[\s,/·•|&+()-]|and|or|nor|och|eller|samt|og|und|oder|sowie|ja|tai|sekä|no|nicht|not|ikke|inte|ej|kein\w*|ei)*$/iu;

/**
 * Groups name mentions of one sentence into coordinated runs ("AWS, Azure or Google Cloud"):
 * mentions whose gap holds only separators and conjunctions. Returns, for each mention, the start
 * of its run (where a negation governing the whole run would stand before).
 */
export function runStarts(sentence: string, mentions: readonly { start: number; end: number }[]): number[] {
  const out: number[] = [];
  let runStart = -1;
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    if (!prev || runStart < 0 || m.start - prev.end > 40 || !COORDINATION.test(sentence.slice(prev.end, m.start))) runStart = m.start;
    out.push(runStart);
  });
  return out;
}

/** All lines of a text with their kind ('blank' | 'table' | 'bullet' | 'text'). */
export function linesIn(text: string): readonly (Span & { kind: string })[] {
  return structureOf(text).lines;
}

const FOOTER = /\b(?:page|side|sida|seite|sivu)\s+\d+\s*(?:of|av|af|von|\/)\s*\d+/i;

/** A short standalone line: a heading in plain text (blank line or page edge around it, ≤ 6 words, no sentence end). */
export function isHeadingLine(lines: readonly (Span & { kind: string })[], k: number): boolean {
  const l = lines[k];
  if (!l || l.kind === 'blank' || l.kind === 'table' || endsWithOneOf(l.text, '.:;,|')) return false;
  const before = lines[k - 1];
  const after = lines[k + 1];
  if ((before && before.kind !== 'blank') || (after && after.kind !== 'blank')) return false;
  // A table row read without its outer bars ("Twilio Inc. | SMS | USA", as the HTML and Markdown readers give it) is no heading.
  return piecesAtMost(l.text, 6) && !l.text.includes(' | ');
}

/** `/[…]$/.test(text)` for the characters of `chars`. */
export function endsWithOneOf(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text.charAt(text.length - 1));
}

/** `/:\s*$/.test(text)`: a lead-in or a label. */
export function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceUnit(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 58;
}

/** `text.split(/\s+/).length <= n`, without splitting (asked of every line of a page). */
export function piecesAtMost(text: string, n: number): boolean {
  if (n < 1) return false;
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceUnit(text.charCodeAt(i))) continue;
    if (++pieces > n) return false;
    while (i + 1 < text.length && isSpaceUnit(text.charCodeAt(i + 1))) i++;
  }
  return true;
}

/**
 * The lines of the section that starts after line `k` (a title or a lead-in), up to the next
 * heading line, at most `max` lines; page footers ("Page 9 of 11") are left out.
 */
export function sectionAfter(text: string, k: number, max = 30): Span[] {
  const lines = structureOf(text).lines;
  const out: Span[] = [];
  for (let j = k + 1; j < lines.length && out.length < max; j++) {
    if (isHeadingLine(lines, j) && out.length > 0) break;
    const l = lines[j]!;
    if (l.kind === 'blank' || FOOTER.test(l.text)) continue;
    out.push(l);
  }
  return out;
}

/**
 * Name-like segments of a line of a list or table: the line cut at cell bars, bullets, "·",
 * dashes, parentheses, semicolons and runs of spaces (PDF columns). "Hetzner Online GmbH   Servere"
 * → ["Hetzner Online GmbH", "Servere"].
 */
export function segmentsOf(line: Span): Span[] {
  const out: Span[] = [];
  const re = /[^|·•;()\t–—]+/g;
  for (const m of line.text.matchAll(re)) {
    for (const part of splitRuns(m[0], m.index)) {
      const lead = part.text.length - part.text.trimStart().length;
      const t = part.text.trim().replace(/^[-*+]\s+/, '');
      if (t) out.push({ text: t, start: line.start + part.start + lead, end: line.start + part.start + lead + part.text.trim().length });
    }
  }
  return out;
}

function splitRuns(s: string, offset: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  for (const m of s.matchAll(/ {2,}| - /g)) {
    out.push({ text: s.slice(from, m.index), start: offset + from });
    from = m.index + m[0].length;
  }
  out.push({ text: s.slice(from), start: offset + from });
  return out;
}
