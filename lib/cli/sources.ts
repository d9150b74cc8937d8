import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { PageText } from '../types';
import { readPlainText } from '../extract/text';

/** Largest input the CLI reads, so a wrong argument cannot exhaust memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export class SourceError extends Error {}

type Reader = (bytes: Buffer, source: string, url: string) => Promise<PageText>;

const READERS: Record<string, Reader> = {
  '.txt': async (b, _s, url) => readPlainText(decodeUtf8(b), url),
  '.text': async (b, _s, url) => readPlainText(decodeUtf8(b), url),
  '.md': async (b, _s, url) => (await import('../extract/markdown')).readMarkdown(decodeUtf8(b), url),
  '.markdown': async (b, _s, url) => (await import('../extract/markdown')).readMarkdown(decodeUtf8(b), url),
  '.mdx': async (b, _s, url) => (await import('../extract/markdown')).readMarkdown(decodeUtf8(b), url),
  '.html': async (b, _s, url) => (await import('../extract/html')).readHtml(decodeUtf8(b), url),
  '.htm': async (b, _s, url) => (await import('../extract/html')).readHtml(decodeUtf8(b), url),
  '.pdf': async (b, _s, url) => (await import('../extract/pdf')).readPdf(new Uint8Array(b), url),
};

function decodeUtf8(b: Buffer): string {
  return new TextDecoder('utf-8').decode(b).replace(/^\uFEFF/, '');
}

/** Reads a file path or http(s) URL into PageText with the reader for its kind. */
export async function readSource(arg: string, url?: string): Promise<PageText> {
  if (/^https?:\/\//i.test(arg)) return readUrl(arg);
  const path = resolve(arg);
  const ext = extname(path).toLowerCase();
  const reader = READERS[ext];
  if (!reader) throw new SourceError(`unsupported file type "${ext || '(none)'}": use .html, .htm, .md, .txt or .pdf`);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new SourceError(`not a file: ${arg}`);
    size = st.size;
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw new SourceError(`cannot read ${arg}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e)}`);
  }
  if (size > MAX_INPUT_BYTES) throw new SourceError(`${arg} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  const page = await reader(await readFile(path), arg, url ?? '');
  if (!url) page.url = page.url || arg;
  return page;
}

async function readUrl(url: string): Promise<PageText> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow' });
  } catch (e) {
    throw new SourceError(`cannot fetch ${url}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok) throw new SourceError(`cannot fetch ${url}: HTTP ${res.status}`);
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > MAX_INPUT_BYTES) throw new SourceError(`${url} is larger than ${MAX_INPUT_BYTES / 1048576} MB`);
  const ext = type.includes('pdf') ? '.pdf' : type.includes('html') ? '.html' : type.includes('markdown') ? '.md' : type.startsWith('text/') ? '.txt' : '';
  const reader = READERS[ext];
  if (!reader) throw new SourceError(`cannot analyse ${url}: content type "${type || 'unknown'}" is not HTML, text or PDF`);
  const page = await reader(bytes, url, res.url || url);
  page.url = res.url || url;
  return page;
}
