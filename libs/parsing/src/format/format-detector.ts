import type { DocumentFormat } from '../contract/parsed-document.js';
import { prepareText } from '../text/prepare-text.util.js';
import { parseQuestionHeading } from '../questions/question-heading.util.js';

// Which of the two formats a text is in, from the first lines that say so:
// - listing: "Kamervraag 2022Z01519", "Ingediend …", "Indiener(s) …", "Bron vraag …", " • Vraag 1";
// - page: "[overzicht] …" navigation, "Antwoord schriftelijke vragen", "Vergaderjaar … Aanhangsel van de
//   Handelingen", "Vragen van het lid/de leden …", a bare "Vraag 1" / "Antwoord 1" line.
// The first decisive line wins; null when none of the first DETECTION_LINES non-blank lines decides.

export const LISTING_HEADER_PATTERN = /^Kamervraag \d{4}Z\d{5,6}\b/;
export const NAVIGATION_PATTERN = /^\[[^\]]{1,60}\]/;

const DETECTION_LINES = 400;
const DETECTION_CHARS = 262_144;
const LISTING_PREFIXES = ['Ingediend ', 'Indieners ', 'Indiener ', 'Bron vraag ', 'Kamervraag document nummer'];
const PAGE_PREFIXES = ['Vragen van het lid', 'Vragen van de leden', 'Vragen van lid', 'Onderdeel van zaak', 'Antwoord van ', 'Mededeling van '];
const PAGE_LINES = new Set(['Antwoord schriftelijke vragen', 'Schriftelijke vragen']);

function lineFormat(line: string): DocumentFormat | null {
  const text = line.trim();
  if (LISTING_HEADER_PATTERN.test(text) || LISTING_PREFIXES.some((p) => text.startsWith(p))) return 'listing';
  if (NAVIGATION_PATTERN.test(text) || PAGE_LINES.has(text) || PAGE_PREFIXES.some((p) => text.startsWith(p))) return 'page';
  if (text.startsWith('Vergaderjaar ') && text.includes('Aanhangsel')) return 'page';
  const heading = parseQuestionHeading(text);
  if (heading === null) return null;
  // A bulleted "• Vraag 1" is the listing's; a bare "Vraag 1" / "Antwoord 1" the page's.
  return text.startsWith('•') ? 'listing' : 'page';
}

/** The format of already prepared lines (see prepareText). */
export function detectFormatOfLines(lines: readonly string[]): DocumentFormat | null {
  let seen = 0;
  for (const line of lines) {
    if (line.trim().length === 0) continue;
    const format = lineFormat(line);
    if (format !== null) return format;
    if (++seen >= DETECTION_LINES) break;
  }
  return null;
}

/** 'listing' or 'page' for a written-questions document, null for anything else. Never throws. */
export function detectFormat(text: string): DocumentFormat | null {
  if (typeof text !== 'string') return null;
  return detectFormatOfLines(prepareText(text.slice(0, DETECTION_CHARS)).text.split('\n'));
}
