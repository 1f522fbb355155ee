import { ParseError, type ParsedAnswerer, type ParsedSubmitter } from '../contract/parsed-document.js';
import { daysBetween } from '../dates/calendar.js';
import { parseDutchDate } from '../dates/dutch-date.util.js';
import { ANSWER_DOCUMENT_PATTERN, QUESTION_DOCUMENT_PATTERN } from '../format/document-ids.js';
import { LISTING_HEADER_PATTERN } from '../format/format-detector.js';
import { parseListingAnswerers } from '../people/listing-answerers.parser.js';
import { parseSubmitters } from '../people/submitters.parser.js';
import { limitField } from '../text/field-limit.util.js';
import { quoteExcerpt } from '../text/quote-excerpt.util.js';
import type { WarningLog } from '../text/warning-log.js';
import { splitTopics } from '../topics/split-topics.util.js';

// The listing header, the lines before the first " • Vraag" block:
//   Kamervraag 2022Z01519 / <title> / Ingediend 31 januari 2022 / Beantwoord 28 februari 2022 (na 28 dagen) /
//   Indieners … / Beantwoord door … / Onderwerpen … / Bron vraag <url> / Bron antwoord <url>

export const DAYS_CLAIM_PATTERN = /\(na (-?\d{1,6}) dagen?\)/;

export interface ListingHeader {
  zaak: string | null;
  title: string | null;
  submittedOn: string | null;
  answeredOn: string | null;
  submitters: ParsedSubmitter[];
  answeredBy: ParsedAnswerer[];
  topics: string[];
  questionDocument: string | null;
  answerDocument: string | null;
}

type FieldHandler = (value: string, line: number, header: ListingHeader, warnings: WarningLog) => void;

function requireDate(value: string, field: string, line: number): string {
  const date = parseDutchDate(value);
  if (date === null) {
    const shown = value.split(' (')[0];
    throw new ParseError(`the ${field} date ${quoteExcerpt(shown)} is not a valid date (expected a day, month and year, e.g. "31 januari 2022")`, line);
  }
  return date;
}

// Order matters: "Beantwoord door" before "Beantwoord", "Indieners" before "Indiener".
const FIELDS: ReadonlyArray<[string, FieldHandler]> = [
  [
    'Ingediend ',
    (value, line, header) => {
      header.submittedOn = requireDate(value, 'submission ("Ingediend")', line);
    },
  ],
  [
    'Beantwoord door ',
    (value, _line, header) => {
      header.answeredBy = parseListingAnswerers(value);
    },
  ],
  [
    'Beantwoord ',
    (value, line, header, warnings) => {
      header.answeredOn = requireDate(value, 'answer ("Beantwoord")', line);
      const claim = DAYS_CLAIM_PATTERN.exec(value.slice(0, 200));
      if (claim && header.submittedOn !== null) {
        const actual = daysBetween(header.submittedOn, header.answeredOn);
        if (actual !== Number(claim[1])) warnings.add(`"na ${claim[1]} dagen" disagrees with the dates, which are ${actual} days apart`, line);
      }
    },
  ],
  [
    'Indieners ',
    (value, _line, header) => {
      header.submitters = parseSubmitters(value);
    },
  ],
  [
    'Indiener ',
    (value, _line, header) => {
      header.submitters = parseSubmitters(value);
    },
  ],
  [
    'Onderwerpen ',
    (value, line, header, warnings) => {
      header.topics = splitTopics(value, warnings, line);
    },
  ],
  [
    'Onderwerp ',
    (value, line, header, warnings) => {
      header.topics = splitTopics(value, warnings, line);
    },
  ],
  [
    'Bron vraag ',
    (value, _line, header) => {
      header.questionDocument = QUESTION_DOCUMENT_PATTERN.exec(value.slice(0, 500))?.[0] ?? header.questionDocument;
    },
  ],
  [
    'Bron antwoord ',
    (value, _line, header) => {
      header.answerDocument = ANSWER_DOCUMENT_PATTERN.exec(value.slice(0, 500))?.[0] ?? header.answerDocument;
    },
  ],
];

const UNMISTAKABLE_FIELDS = ['Ingediend ', 'Indieners ', 'Indiener ', 'Onderwerpen ', 'Bron vraag ', 'Bron antwoord '];

/** Parses lines [0, end) of a listing; `end` is the first block. Throws on a garbled date. */
export function parseListingHeader(lines: readonly string[], end: number, warnings: WarningLog): ListingHeader {
  const header: ListingHeader = {
    zaak: null,
    title: null,
    submittedOn: null,
    answeredOn: null,
    submitters: [],
    answeredBy: [],
    topics: [],
    questionDocument: null,
    answerDocument: null,
  };
  // The line right after "Kamervraag <zaak>" is the title even when it starts like a field ("Beantwoord de …"),
  // unless it starts like a field no title would (the title line itself is missing then).
  let titleNext = false;
  for (let i = 0; i < end; i++) {
    const text = limitField(lines[i].trim(), warnings, i + 1);
    if (text.length === 0) continue;
    const field = FIELDS.find(([prefix]) => text.startsWith(prefix));
    if (titleNext && (field === undefined || !UNMISTAKABLE_FIELDS.some((p) => text.startsWith(p)))) {
      header.title = text;
    } else if (field) {
      field[1](text.slice(field[0].length).trim(), i + 1, header, warnings);
    } else if (header.zaak === null && header.title === null && text.startsWith('Kamervraag')) {
      const match = LISTING_HEADER_PATTERN.exec(text.slice(0, 40));
      if (match) header.zaak = match[0].slice('Kamervraag '.length);
      else warnings.add(`${quoteExcerpt(text)} does not hold a valid zaak number (like 2022Z01519)`, i + 1);
      titleNext = true;
      continue;
    } else if (header.title === null) {
      header.title = text;
    } else {
      warnings.add(`unrecognised header line ignored: ${quoteExcerpt(text)}`, i + 1);
    }
    titleNext = false;
  }
  return header;
}
