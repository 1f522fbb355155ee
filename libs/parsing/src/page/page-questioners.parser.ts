import { ParseError, type ParsedSubmitter } from '../contract/parsed-document.js';
import { parseDutchDate } from '../dates/dutch-date.util.js';
import { parseAddressees } from '../people/addressees.parser.js';
import { parseSubmitters } from '../people/submitters.parser.js';
import { quoteExcerpt } from '../text/quote-excerpt.util.js';
import type { HeaderParagraph } from './page-header.parser.js';

// "Vragen van de leden Ceder (ChristenUnie) en Van der Staaij (SGP) aan de Minister van Buitenlandse Zaken over
// «digitale vervolging» … (ingezonden 7 juni 2022)." — who asked, whom, and when. Found with indexOf only.

const ASKER_PREFIXES = ['Vragen van het lid ', 'Vragen van de leden ', 'Vragen van lid ', 'Vragen van leden ', 'Vragen van '];

export interface Questioners {
  submitters: ParsedSubmitter[];
  addressedTo: string[];
  submittedOn: string | null;
}

/** The date after a "(<word> " marker, e.g. "(ingezonden 7 juni 2022)"; null when absent; throws when garbled. */
export function dateAfterMarker(paragraph: HeaderParagraph, marker: string, what: string): string | null {
  const at = paragraph.text.indexOf(marker);
  if (at < 0) return null;
  const value = paragraph.text.slice(at + marker.length, at + marker.length + 60).split(')')[0];
  const date = parseDutchDate(value);
  if (date !== null) return date;
  const line =
    paragraph.line +
    Math.max(
      0,
      paragraph.lines.findIndex((l) => l.includes(marker.trim())),
    );
  throw new ParseError(`the ${what} date ${quoteExcerpt(value)} is not a valid date (expected e.g. "${marker}7 juni 2022)")`, line);
}

function endOf(text: string, from: number, markers: readonly string[]): number {
  let end = text.length;
  for (const marker of markers) {
    const index = text.indexOf(marker, from);
    if (index >= 0 && index < end) end = index;
  }
  return end;
}

export function parseQuestioners(paragraph: HeaderParagraph): Questioners {
  const text = paragraph.text;
  const prefix = ASKER_PREFIXES.find((p) => text.startsWith(p)) ?? 'Vragen van ';
  const askersEnd = endOf(text, prefix.length, [' aan de ', ' aan het ', ' over ', ' (ingezonden']);
  const submitters = parseSubmitters(text.slice(prefix.length, askersEnd));
  let addressedTo: string[] = [];
  if (text.startsWith(' aan ', askersEnd)) {
    const from = text.indexOf(' ', askersEnd + ' aan '.length) + 1;
    addressedTo = parseAddressees(text.slice(from, endOf(text, from, [' over ', ' (ingezonden'])));
  }
  return { submitters, addressedTo, submittedOn: dateAfterMarker(paragraph, '(ingezonden ', 'submission ("ingezonden")') };
}
