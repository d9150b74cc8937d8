import type { PageText, PageBlock } from '../types';

/**
 * Plain text (or text extracted from a PDF): blank lines separate blocks; lines inside a block are
 * kept for the sentence splitter. Some PDF extractors double-space every line, so a blank line
 * between a line that does not end a sentence and one that starts in lower case is a wrapped
 * line, not a paragraph break: those chunks are joined with a single newline.
 */
export function readPlainText(text: string, url = '', title = ''): PageText {
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n[ \t\u00a0\n]*/)
    .map((c) => c.replace(/^\n+|\s+$/g, ''))
    .filter((c) => c.trim());
  const merged: string[] = [];
  for (const c of chunks) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && isWrapped(prev, c)) merged[merged.length - 1] = `${prev}\n${c}`;
    else merged.push(c);
  }
  const blocks: PageBlock[] = merged.map((t) => ({ text: t, kind: /^\s*[-*•·]\s/.test(t) ? 'list-item' : 'paragraph' }));
  return { url, title: title || guessTitle(merged), declaredLang: '', kind: 'txt', blocks };
}

function isWrapped(prev: string, next: string): boolean {
  return !/[.!?:;]["')\]]?\s*$/.test(prev) && /^\s*\p{Ll}/u.test(next) && !/^\s*[-*•·]\s/.test(next);
}

/** First short line that looks like a title (skips "skip to content"-style links). */
function guessTitle(blocks: string[]): string {
  for (const b of blocks.slice(0, 20)) {
    const line = b.split('\n')[0]!.trim();
    if (line.length >= 4 && line.length <= 120 && !/^(skip|hoppa|hopp|gå til|spring|zum inhalt|siirry)/i.test(line)) return line;
  }
  return (blocks[0] ?? '').split('\n')[0]!.trim().slice(0, 120);
}
