import { ParseError } from '../contract/parsed-document.js';
import { parseDutchDate } from '../dates/dutch-date.util.js';
import { parseQuestionHeading } from '../questions/question-heading.util.js';
import { quoteExcerpt } from '../text/quote-excerpt.util.js';

// Block headings of the listing body: " • Vraag 3", " • Vraag 4 en 5", " • Mededeling - 29 november 2021".

export type ListingBlockHeading = { kind: 'question'; numbers: number[] } | { kind: 'notice'; date: string | null };

const MAX_HEADING_LENGTH = 80;
const MAX_RAW_LENGTH = 400;
const DASHES = '-–—:';

function parseNoticeHeading(text: string, line: number): ListingBlockHeading | null {
  const body = text.startsWith('•') ? text.slice(1).trimStart() : text;
  if (!body.startsWith('Mededeling')) return null;
  let rest = body.slice('Mededeling'.length).trim();
  if (rest.length === 0) return { kind: 'notice', date: null };
  if (!DASHES.includes(rest[0])) return null;
  rest = rest.slice(1).trim();
  const date = parseDutchDate(rest);
  if (date === null) {
    throw new ParseError(`the deferral notice date ${quoteExcerpt(rest)} is not a valid date (expected e.g. "Mededeling - 29 november 2021")`, line);
  }
  return { kind: 'notice', date };
}

/** The heading a listing line is, or null for an ordinary line. Throws on a notice with a garbled date. */
export function parseListingBlockHeading(line: string, lineNumber: number): ListingBlockHeading | null {
  if (line.length > MAX_RAW_LENGTH) return null;
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH) return null;
  const notice = parseNoticeHeading(text, lineNumber);
  if (notice !== null) return notice;
  const heading = parseQuestionHeading(text);
  return heading !== null && heading.kind === 'question' ? { kind: 'question', numbers: heading.numbers } : null;
}
