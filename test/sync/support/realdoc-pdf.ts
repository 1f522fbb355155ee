import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** How the producer writes its text layer: one text item per line, or each line in pieces cut mid-word. */
export type TextLayerShape = 'line-per-item' | 'split-words';

const PAGE = { width: 595, height: 842, margin: 56 };
const SIZE = 10;
const LEADING = 13;

/** What Helvetica's WinAnsi encoding can draw; anything else (an emoji in a tkconv menu) is dropped. */
function drawable(font: PDFFont, text: string): string {
  return [...text]
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return '';
      }
    })
    .join('');
}

/** Greedy word wrap at the text block's width, as a word processor does. */
function wrap(font: PDFFont, paragraph: string, width: number): string[] {
  const words = paragraph.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, SIZE) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Cuts a line into pieces at fixed offsets, so most cuts fall inside a word (as some producers write kerned text). */
function pieces(line: string, seed: number): string[] {
  const out: string[] = [];
  let at = 0;
  let step = 3 + (seed % 5);
  while (at < line.length) {
    out.push(line.slice(at, at + step));
    at += step;
    step = 3 + ((step * 7 + seed) % 9);
  }
  return out;
}

/**
 * A real PDF of a text, made with pdf-lib (not by hand): the text's lines wrapped to an A4 text block, a blank line
 * as a paragraph gap, pages as needed. The text layer has the shape asked for.
 */
export async function pdfOfText(text: string, shape: TextLayerShape): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const width = PAGE.width - 2 * PAGE.margin;
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  let seed = 1;
  const newline = (gap: number) => {
    y -= gap;
    if (y < PAGE.margin) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
  };
  let pendingGap = 0;
  for (const sourceLine of text.split('\n')) {
    const clean = drawable(font, sourceLine).replace(/\s+/g, ' ').trim();
    if (!clean) {
      pendingGap = LEADING;
      continue;
    }
    for (const line of wrap(font, clean, width)) {
      if (pendingGap) newline(pendingGap);
      pendingGap = 0;
      if (shape === 'line-per-item') page.drawText(line, { x: PAGE.margin, y, size: SIZE, font });
      else {
        let x = PAGE.margin;
        for (const piece of pieces(line, seed++)) {
          page.drawText(piece, { x, y, size: SIZE, font });
          x += font.widthOfTextAtSize(piece, SIZE);
        }
      }
      newline(LEADING);
    }
  }
  return pdf.save();
}
