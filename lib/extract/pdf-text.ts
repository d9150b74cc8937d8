import type { PageBlock } from '../types';

/** The part of a pdf.js TextItem this module needs. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}

/**
 * Rebuilds blocks from pdf.js text items of one page: items on one baseline form a line, a vertical
 * gap clearly larger than the line height starts a new block. Lines inside a block keep their
 * newline; the sentence splitter decides whether a newline ends a sentence (lib/text/segment.ts).
 */
export function pdfItemsToBlocks(items: PdfTextItem[]): PageBlock[] {
  const lines: { y: number; h: number; text: string }[] = [];
  let cur: { y: number; h: number; text: string } | undefined;
  for (const it of items) {
    const y = it.transform[5] ?? 0;
    const h = Math.abs(it.height || it.transform[3] || 10);
    if (!cur || Math.abs(cur.y - y) > h * 0.5) {
      if (cur) lines.push(cur);
      cur = { y, h, text: '' };
    }
    cur.text += it.str;
    if (it.hasEOL) {
      lines.push(cur);
      cur = undefined;
    }
  }
  if (cur) lines.push(cur);
  const blocks: PageBlock[] = [];
  let buf: string[] = [];
  let prev: { y: number; h: number } | undefined;
  const flush = () => {
    const t = buf.join('\n').replace(/[ \t]+/g, ' ').trim();
    if (t) blocks.push({ text: t, kind: /^\s*([-•·*▪]|\d+[.)])\s/.test(t) ? 'list-item' : 'paragraph' });
    buf = [];
  };
  for (const l of lines) {
    const t = l.text.replace(/\s+$/, '');
    if (!t.trim()) { flush(); prev = undefined; continue; }
    if (prev && Math.abs(prev.y - l.y) > Math.max(prev.h, l.h) * 1.8) flush();
    else if (/^\s*([-•·*▪]|\d+[.)])\s/.test(t)) flush();
    buf.push(t);
    prev = l;
  }
  flush();
  return blocks;
}
