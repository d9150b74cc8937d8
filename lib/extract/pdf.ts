import type { PageText } from '../types';
import { pdfItemsToBlocks, type PdfTextItem } from './pdf-text';

/** Largest PDF read (bytes): DPAs and TOMs are small; anything bigger is probably not one. */
export const MAX_PDF_BYTES = 25 * 1024 * 1024;
export const MAX_PDF_PAGES = 200;

export class PdfError extends Error {
  constructor(public readonly code: 'too_big' | 'password' | 'no_text' | 'invalid', message: string) {
    super(message);
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Reads a PDF's text layer with pdf.js (Node: the legacy build; the extension passes its own pdfjs). */
export async function readPdf(bytes: Uint8Array, url = '', pdfjs?: PdfJs): Promise<PageText> {
  if (bytes.byteLength > MAX_PDF_BYTES) {
    throw new PdfError('too_big', `This PDF is ${(bytes.byteLength / 1048576).toFixed(1)} MB; PDFs over ${MAX_PDF_BYTES / 1048576} MB are not read.`);
  }
  const lib = pdfjs ?? (await import('pdfjs-dist/legacy/build/pdf.mjs'));
  let doc;
  try {
    doc = await lib.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') throw new PdfError('password', 'This PDF is protected by a password, so its text cannot be read.');
    throw new PdfError('invalid', `This file is not a readable PDF (${e instanceof Error ? e.message : String(e)}).`);
  }
  try {
    const meta = await doc.getMetadata().catch(() => undefined);
    const info = meta?.info as { Title?: string } | undefined;
    const blocks = [];
    const pages = Math.min(doc.numPages, MAX_PDF_PAGES);
    for (let i = 1; i <= pages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      blocks.push(...pdfItemsToBlocks(content.items.filter((x): x is PdfTextItem & typeof x => 'str' in x) as PdfTextItem[]));
      page.cleanup();
    }
    if (!blocks.some((b) => b.text.trim())) {
      throw new PdfError('no_text', 'There is no text in this PDF (it may be a scan without a text layer).');
    }
    // PDF Language metadata is often the authoring tool's locale, not the text's: detect from the text.
    return { url, title: info?.Title?.trim() || fileName(url), declaredLang: '', kind: 'pdf', blocks };
  } finally {
    await doc.destroy();
  }
}

function fileName(url: string): string {
  return decodeURIComponent(url.split(/[?#]/)[0]!.split('/').pop() ?? '');
}
