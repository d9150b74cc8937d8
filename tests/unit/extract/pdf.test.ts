import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readPdf, PdfError, MAX_PDF_BYTES } from '../../../lib/extract/pdf';
import { pdfItemsToBlocks } from '../../../lib/extract/pdf-text';

const fixture = (f: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${f}`, import.meta.url)));

describe('readPdf', () => {
  it('reads the text layer of a printed TOM into blocks', async () => {
    const page = await readPdf(fixture('tom-no.pdf'), 'https://fjordlonn.no/tom.pdf');
    expect(page.kind).toBe('pdf');
    expect(page.title).toContain('Tekniske og organisatoriske tiltak');
    const text = page.blocks.map((b) => b.text).join('\n\n');
    expect(text.replace(/\s+/g, ' ')).toContain('Data krypteres i hvile med AES-256');
    expect(page.blocks.some((b) => b.text.includes('\n'))).toBe(true); // lines kept; sentences join them later
    expect(page.blocks.find((b) => b.text.startsWith('Tilgangskontroll'))).toBeDefined();
  });

  it('says a scan has no text', async () => {
    await expect(readPdf(fixture('scan.pdf'))).rejects.toMatchObject({ code: 'no_text' });
  });

  it('says a password-protected PDF cannot be read', async () => {
    await expect(readPdf(fixture('password.pdf'))).rejects.toMatchObject({ code: 'password' });
  });

  it('rejects a file that is not a PDF, and one over the size cap, with a message', async () => {
    await expect(readPdf(new TextEncoder().encode('<html>not a pdf</html>'))).rejects.toBeInstanceOf(PdfError);
    const big = new Uint8Array(MAX_PDF_BYTES + 1);
    await expect(readPdf(big)).rejects.toThrow(/MB/);
  });
});

describe('pdfItemsToBlocks', () => {
  const item = (str: string, y: number, hasEOL = true) => ({ str, transform: [1, 0, 0, 10, 50, y], height: 10, hasEOL });
  it('groups lines into blocks at large vertical gaps and starts list items on their own', () => {
    const blocks = pdfItemsToBlocks([
      item('Vi lagrer data i', 700), item('Norge.', 688),
      item('Neste avsnitt.', 640),
      item('• punkt en', 628),
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Vi lagrer data i\nNorge.', 'Neste avsnitt.', '• punkt en']);
    expect(blocks[2]!.kind).toBe('list-item');
  });
  it('joins items on one baseline without EOL', () => {
    expect(pdfItemsToBlocks([item('AES', 700, false), item('-256', 700)])[0]!.text).toBe('AES-256');
  });
});
