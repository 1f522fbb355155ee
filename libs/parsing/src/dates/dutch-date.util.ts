import { isoFromParts } from './calendar.js';
import { DUTCH_MONTHS } from './dutch-names.js';

// "31 januari 2022", "7 juni 2022", "1e oktober 2021", "1 okt. 2021", "29 Nov 2021": day, month name or
// abbreviation (any case, optional dot), four-digit year. Spaces are already normalised (no nbsp) by then.
export const DUTCH_DATE_PATTERN = /^(\d{1,2})e? +([A-Za-z]{3,9})\.? +(\d{4})/;
export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/;

// The full names, and the abbreviations documents use (Dutch and, in some headers, English).
const MONTHS: ReadonlyMap<string, number> = new Map([
  ...DUTCH_MONTHS.map((name, i): [string, number] => [name, i + 1]),
  ...([
    ['jan', 1],
    ['feb', 2],
    ['febr', 2],
    ['mrt', 3],
    ['mar', 3],
    ['apr', 4],
    ['jun', 6],
    ['jul', 7],
    ['aug', 8],
    ['sep', 9],
    ['sept', 9],
    ['okt', 10],
    ['oct', 10],
    ['nov', 11],
    ['dec', 12],
  ] as const),
]);

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/**
 * The date a text starts with, as YYYY-MM-DD; null when it does not start with a well-formed, real date
 * ("31 februari 2023", "45 maart 2O24", "morgen"). Callers decide whether null is fatal.
 */
export function parseDutchDate(text: string): string | null {
  const head = text.slice(0, 80).trimStart();
  const match = DUTCH_DATE_PATTERN.exec(head);
  if (!match || isDigitAt(head, match[0].length)) return null;
  const month = MONTHS.get(match[2].toLowerCase());
  if (month === undefined) return null;
  return isoFromParts(Number(match[3]), month, Number(match[1]));
}

/** "2022-06-29" (as in "datum: 2022-06-29") → the same string when it is a real day, else null. */
export function parseIsoDate(text: string): string | null {
  const head = text.slice(0, 40).trimStart();
  const match = ISO_DATE_PATTERN.exec(head);
  if (!match || isDigitAt(head, 10)) return null;
  return isoFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}
