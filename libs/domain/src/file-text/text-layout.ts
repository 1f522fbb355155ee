/** One piece of a PDF page's text layer, as PDF.js gives it (`getTextContent().items`). */
export interface TextPiece {
  str: string;
  /** [a, b, c, d, x, y]: x and y place the piece, |(c, d)| is its font size. */
  transform: number[];
  width: number;
  height?: number;
  hasEOL?: boolean;
}

interface Line {
  y: number;
  size: number;
  pieces: { str: string; x: number; end: number; size: number }[];
}

// How PDF producers write text: one piece per line, or pieces split anywhere (even mid-word), in any order.
// A line is the pieces at one baseline; a gap wider than a fraction of the font size is a space; a line that ends
// near the right edge of the text block continues on the next (a soft wrap); a gap between lines larger than the
// usual spacing is a paragraph break.
const SAME_BASELINE = 0.4;
const WORD_GAP = 0.15;
const FULL_LINE = 0.85;
const PARAGRAPH_GAP = 1.4;

function linesOf(pieces: readonly TextPiece[]): Line[] {
  const lines: Line[] = [];
  for (const piece of pieces) {
    if (typeof piece.str !== 'string' || piece.str.length === 0) continue;
    const [, , c, d, x, y] = piece.transform;
    const size = Math.hypot(c, d) || piece.height || 10;
    let line = lines.find((l) => Math.abs(l.y - y) < Math.min(l.size, size) * SAME_BASELINE);
    if (!line) {
      line = { y, size, pieces: [] };
      lines.push(line);
    }
    line.pieces.push({ str: piece.str, x, end: x + piece.width, size });
  }
  for (const line of lines) line.pieces.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

function lineText(line: Line): string {
  let text = '';
  let end: number | null = null;
  for (const piece of line.pieces) {
    const touching = end === null || piece.x - end <= piece.size * WORD_GAP;
    if (!touching && !/\s$/.test(text) && !/^\s/.test(piece.str)) text += ' ';
    text += piece.str;
    end = Math.max(end ?? piece.end, piece.end);
  }
  return text.replace(/[ \t]+/g, ' ').trim();
}

/** The usual distance between two lines of one paragraph: the smallest gap that is not a superscript or a stray piece. */
function lineSpacing(gaps: number[], fontSize: number): number {
  const real = gaps.filter((g) => g >= fontSize * 0.8);
  return real.length === 0 ? 0 : Math.min(...real);
}

/**
 * The text of a document's pages, rebuilt from their text layers: lines in reading order, split words joined,
 * soft-wrapped lines joined into one, paragraphs separated by a blank line.
 */
export function textFromPages(pages: readonly (readonly TextPiece[])[]): string {
  const all = pages.map(linesOf);
  const flat = all.flat();
  const rightEdge = Math.max(0, ...flat.map((l) => Math.max(...l.pieces.map((p) => p.end))));
  const leftEdge = Math.min(...flat.map((l) => l.pieces[0].x));
  const sizes = flat.map((l) => l.size).sort((a, b) => a - b);
  const spacing = lineSpacing(
    all.flatMap((lines) => lines.slice(1).map((l, i) => lines[i].y - l.y)),
    sizes[Math.floor(sizes.length / 2)] ?? 10,
  );
  let out = '';
  let previous: { line: Line; text: string } | null = null;
  for (const lines of all) {
    for (const [index, line] of lines.entries()) {
      const text = lineText(line);
      if (!text) continue;
      if (previous) {
        const gap = index === 0 ? null : lines[index - 1].y - line.y;
        const full = previous.line.pieces.at(-1)!.end >= leftEdge + (rightEdge - leftEdge) * FULL_LINE;
        // Across a page break the gap says nothing: a full line ending a sentence is taken as a paragraph's end, since
        // splitting a paragraph costs the parser little and joining a heading to it loses the heading.
        const paragraphBreak = gap === null ? !full || /[.?!:]$/.test(previous.text) : spacing > 0 && gap > spacing * PARAGRAPH_GAP;
        if (paragraphBreak) out += '\n\n';
        // A list item starts its own line however full the one before it was.
        else if (full && !/^[•·▪◦●-]\s/.test(text)) out += previous.text.endsWith('-') ? '' : ' ';
        else out += '\n';
      }
      out += text;
      previous = { line, text };
    }
  }
  return out.trim() + '\n';
}
