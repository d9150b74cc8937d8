import { t } from '../lib/i18n';
import { MAX_PDF_BYTES } from '../lib/extract/pdf';

/** "This PDF is 12.3 MB; the most that is read is 10 MB." */
export function pdfTooBigMessage(size: number): string {
  return t('pdf.error.too_big', { size: (size / 1048576).toFixed(1), max: Math.round(MAX_PDF_BYTES / 1048576) });
}
