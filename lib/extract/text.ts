import type { PageText, PageBlock } from '../types';

/** Plain text (or text extracted from a PDF): blank lines separate blocks; lines inside a block are kept. */
export function readPlainText(text: string, url = '', title = ''): PageText {
  const blocks: PageBlock[] = [];
  for (const part of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/)) {
    const t = part.replace(/^\n+|\s+$/g, '');
    if (t.trim()) blocks.push({ text: t, kind: /^\s*[-*•·]\s/.test(t) ? 'list-item' : 'paragraph' });
  }
  return { url, title: title || firstLine(text), declaredLang: '', kind: 'txt', blocks };
}

function firstLine(text: string): string {
  const l = text.split('\n').find((x) => x.trim());
  return (l ?? '').trim().slice(0, 200);
}
