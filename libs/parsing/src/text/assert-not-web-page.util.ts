import { ParseError } from '../contract/parsed-document.js';
import { quoteExcerpt } from './quote-excerpt.util.js';

// What a download script saves when it fails: the HTML of a page instead of its text, a server's error page, a JSON
// error. Such a file is refused with its own reason instead of "not a written-questions document", and before the
// format detector could take a "Vragen van het lid" inside the markup for a document.

/** A text document never opens with markup: "<!DOCTYPE html>", "<html>", "<?xml …>", "<div …>". */
const OPENING_TAG = /^<(?:!doctype|!--|\?xml|html|head|body|meta|div|p|table|title|script|style|span|h[1-6])\b/i;
/** Tags that close an element or break a line: a few in a text are quotations, many are markup. */
const CLOSING_TAG = /<\/(?:p|div|span|td|tr|li|a|h[1-6]|body|html|head|title|script)>|<br\s?\/?>/i;
const MAX_TAG_LINES = 5;
/** The opening lines of an error page: a status code with its reason phrase, or the words such pages use. */
const STATUS_LINE = /^HTTP\/\d\.?\d? /i;
const ERROR_PAGE =
  /^[45]\d\d:? [-–]? ?(?:not found|forbidden|unauthorized|bad gateway|bad request|service unavailable|service temporarily unavailable|internal server error|gateway time-out|gateway timeout|too many requests|gone|niet gevonden)|^(?:error|fout|http error|foutcode) [45]\d\d\b|^(?:page not found|pagina niet gevonden|access denied|toegang geweigerd|service unavailable|internal server error|er is iets misgegaan|er is iets gegaan|just a moment\.\.\.|attention required|the page you requested)/i;
const ERROR_HEAD_LINES = 5;

/** Refuses HTML, a server's error page or a JSON response, naming the line that gave it away. */
export function assertNotWebPage(lines: readonly string[]): void {
  let seen = 0;
  let tagLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    seen++;
    if (seen === 1 && OPENING_TAG.test(line)) {
      throw new ParseError(`this is an HTML page (${quoteExcerpt(line)}), not a document's text: save the page as text, or send the document itself`, i + 1);
    }
    if (seen === 1 && (line.startsWith('{"') || line === '{')) {
      throw new ParseError(`this is a JSON response (${quoteExcerpt(line)}), not a document's text`, i + 1);
    }
    if (seen <= ERROR_HEAD_LINES && ERROR_PAGE.test(line.replace(STATUS_LINE, ''))) {
      throw new ParseError(`this is an error page (${quoteExcerpt(line)}) instead of a document: the download failed`, i + 1);
    }
    if (CLOSING_TAG.test(line) && ++tagLines >= MAX_TAG_LINES) {
      throw new ParseError(`this text is full of HTML markup (${quoteExcerpt(line)}): save the page as text, or send the document itself`, i + 1);
    }
  }
}
