import { t } from '../../lib/i18n';
import type { TabPage } from '../../lib/tab-read';
import type { PageText } from '../../lib/types';
import { pdfTooBigMessage } from '../../components/pdf-messages';
import { readPdfPayload, type PdfProblem } from './pdf-reader';

/** True when the content script found a PDF in the tab (and handed back its bytes or why not). */
export function isPdfTabPage(page: PageText): boolean {
  return !!(page as TabPage).pdf;
}

/** The PDF shown in the tab, read in the popup; null when the tab shows no PDF. */
export async function pdfFromTab(page: PageText): Promise<null | { ok: true; page: PageText } | { ok: false; message: string }> {
  const payload = (page as TabPage).pdf;
  if (!payload) return null;
  const read = await readPdfPayload(payload);
  return read.ok ? read : { ok: false, message: pdfProblemMessage(read.problem) };
}

export function pdfProblemMessage(p: PdfProblem): string {
  switch (p.code) {
    case 'too_big':
      return pdfTooBigMessage(p.size);
    case 'fetch_failed':
      return t('pdf.error.fetch_failed', { detail: p.detail });
    default:
      return t(`pdf.error.${p.code}`);
  }
}
