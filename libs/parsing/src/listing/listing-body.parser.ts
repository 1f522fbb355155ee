import type { ListingBlockHeading } from './listing-block-heading.util.js';
import { parseListingBlockHeading } from './listing-block-heading.util.js';
import { LISTING_HEADER_PATTERN } from '../format/format-detector.js';
import type { WarningLog } from '../text/warning-log.js';

// The listing body: blocks from the first heading to the footer. A block keeps its lines grouped in paragraphs
// (blank lines separate them), because the first paragraph of a question block is the question and the rest
// the answer — which is only known once the whole document says whether it is answered.

export interface RawListingBlock {
  heading: ListingBlockHeading;
  line: number;
  paragraphs: string[][];
}

export interface ListingFooter {
  questionDocument: string | null;
  answerDocument: string | null;
  fullTitle: string | null;
  /** 1-based line where the footer starts, null when the document has none (it may be cut off). */
  line: number | null;
}

export interface ListingBody {
  blocks: RawListingBlock[];
  footer: ListingFooter;
}

const FOOTER_QUESTION = 'Kamervraag document nummer:';
const FOOTER_ANSWER = 'Kamerantwoord document nummer:';
const FOOTER_TITLE = 'Volledige titel:';

function isFooterLine(text: string): boolean {
  return text.startsWith(FOOTER_QUESTION) || text.startsWith(FOOTER_ANSWER) || text.startsWith(FOOTER_TITLE);
}

function readFooterLine(text: string, footer: ListingFooter): void {
  const value = (prefix: string): string => text.slice(prefix.length).trim();
  if (text.startsWith(FOOTER_QUESTION)) footer.questionDocument ??= value(FOOTER_QUESTION).split(' ')[0] || null;
  else if (text.startsWith(FOOTER_ANSWER)) footer.answerDocument ??= value(FOOTER_ANSWER).split(' ')[0] || null;
  else if (text.startsWith(FOOTER_TITLE)) footer.fullTitle ??= value(FOOTER_TITLE) || null;
}

export function parseListingBody(lines: readonly string[], start: number, warnings: WarningLog): ListingBody {
  const blocks: RawListingBlock[] = [];
  const footer: ListingFooter = { questionDocument: null, answerDocument: null, fullTitle: null, line: null };
  let current: RawListingBlock | null = null;
  let paragraph: string[] = [];
  const closeParagraph = (): void => {
    if (current !== null && paragraph.length > 0) current.paragraphs.push(paragraph);
    paragraph = [];
  };
  for (let i = start; i < lines.length; i++) {
    const text = lines[i].trim();
    if (footer.line !== null) {
      if (LISTING_HEADER_PATTERN.test(text.slice(0, 40))) {
        warnings.add('a second document starts here; only the first one was read', i + 1);
        break;
      }
      if (isFooterLine(text)) readFooterLine(text, footer);
      continue;
    }
    if (text.length === 0) {
      closeParagraph();
      continue;
    }
    if (lines[i].startsWith('Kamervraag ') && LISTING_HEADER_PATTERN.test(text.slice(0, 40))) {
      warnings.add('a second document starts here; only the first one was read', i + 1);
      break;
    }
    if (isFooterLine(text)) {
      closeParagraph();
      footer.line = i + 1;
      readFooterLine(text, footer);
      continue;
    }
    const heading = parseListingBlockHeading(text, i + 1);
    if (heading !== null) {
      closeParagraph();
      current = { heading, line: i + 1, paragraphs: [] };
      blocks.push(current);
      continue;
    }
    paragraph.push(text);
  }
  closeParagraph();
  return { blocks, footer };
}
