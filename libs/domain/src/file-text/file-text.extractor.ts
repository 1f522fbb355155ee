import { createRequire } from 'node:module';
import path from 'node:path';
import { textFromPages, type TextPiece } from './text-layout.js';

/** A file whose text cannot be had: the reason is recorded and the file tried again on a later run. */
export class FileTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileTextError';
  }
}

export const PDF_CONTENT_TYPE = 'application/pdf';
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface FileTextLimits {
  /** Larger files are refused before they are read. */
  maxBytes: number;
  /** Extraction taking longer is abandoned. */
  timeoutMs: number;
  /** PDFs with more pages are refused (a written-questions answer has a handful). */
  maxPages: number;
}

export const DEFAULT_FILE_TEXT_LIMITS: FileTextLimits = { maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000, maxPages: 200 };

const require = createRequire(import.meta.url);
// PDF.js needs the standard fonts' metrics for PDFs that do not embed their fonts (most Kamer PDFs use Helvetica/Times).
const STANDARD_FONTS = `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;

/** The text of a file by its content type: PDF through PDF.js (Mozilla), .docx through mammoth. */
export async function extractFileText(bytes: Uint8Array, contentType: string | null, limits: FileTextLimits = DEFAULT_FILE_TEXT_LIMITS): Promise<string> {
  if (bytes.byteLength > limits.maxBytes) throw new FileTextError(`file of ${bytes.byteLength} bytes is over the limit of ${limits.maxBytes}`);
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  let cancel = () => {};
  const work = type === PDF_CONTENT_TYPE ? pdfText(bytes, limits, (c) => (cancel = c)) : type === DOCX_CONTENT_TYPE ? docxText(bytes) : null;
  if (!work) throw new FileTextError(`content type "${contentType ?? 'none'}" is not one termijnwacht reads (PDF, .docx)`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      cancel();
      reject(new FileTextError(`text extraction took longer than ${limits.timeoutMs} ms`));
    }, limits.timeoutMs);
  });
  try {
    const text = await Promise.race([work, timeout]);
    if (text.replace(/\s+/g, '').length === 0) throw new FileTextError('the file has no text layer (a scan?)');
    return text;
  } finally {
    clearTimeout(timer);
  }
}

async function pdfText(bytes: Uint8Array, limits: FileTextLimits, onCancel: (cancel: () => void) => void): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  onCancel(() => void task.destroy());
  try {
    const doc = await task.promise.catch((error: Error) => {
      throw new FileTextError(`not a readable PDF: ${error.message}`);
    });
    if (doc.numPages > limits.maxPages) throw new FileTextError(`PDF of ${doc.numPages} pages is over the limit of ${limits.maxPages}`);
    const pages: TextPiece[][] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.filter((item): item is TextPiece & typeof item => 'str' in item));
      page.cleanup();
    }
    return textFromPages(pages);
  } finally {
    await task.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return `${result.value
      .replace(/\r\n?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()}\n`;
  } catch (error) {
    throw new FileTextError(`not a readable .docx: ${(error as Error).message}`);
  }
}
