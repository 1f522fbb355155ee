import { ParseError } from '../contract/parsed-document.js';
import { parseIsoDate } from '../dates/dutch-date.util.js';
import { ANSWER_DOCUMENT_PATTERN, DOCUMENT_NUMBER_PATTERN, ZAAK_PATTERN } from '../format/document-ids.js';
import { NAVIGATION_PATTERN } from '../format/format-detector.js';
import { MAX_FIELD_CHARS } from '../text/field-limit.util.js';
import { quoteExcerpt } from '../text/quote-excerpt.util.js';

// The page header, the lines before the first "Vraag 1": navigation, the heading (title), the kind
// ("Antwoord schriftelijke vragen" / "Mededeling"), "Nummer: 2022D27850, datum: 2022-06-29, …",
// "officiële HTML versie (ah-tk-…)", "Onderdeel van zaak 2022Z11285:", and the two paragraphs that matter:
// "Vragen van … (ingezonden …)." and "Antwoord van … (ontvangen …)." / "Mededeling van … (ontvangen …).".

export interface HeaderParagraph {
  text: string;
  /** 1-based line where the paragraph starts. */
  line: number;
  /** The paragraph's lines, to name the exact line of a bad date. */
  lines: string[];
}

export interface PageHeader {
  title: string | null;
  kind: string | null;
  number: string | null;
  registeredOn: string | null;
  officialId: string | null;
  zaak: string | null;
  questioners: HeaderParagraph | null;
  answer: HeaderParagraph | null;
  notice: HeaderParagraph | null;
  /** Whether anything other than navigation stands before the first question. */
  identified: boolean;
}

const KIND_LINES = new Set(['Antwoord schriftelijke vragen', 'Mededeling', 'Schriftelijke vragen']);
const IGNORED_PREFIXES = [
  'Directe link',
  'Gerelateerde personen',
  'Preview document',
  'Tweede Kamer der Staten-Generaal',
  'Vergaderjaar ',
  'Vragen gesteld door',
];
const FIELD_PREFIXES = ['Nummer:', 'Onderdeel van zaak', 'Vragen van ', 'Antwoord van ', 'Mededeling van '];
const MAX_FIELD_LINE = 2000;

// A paragraph is read up to MAX_FIELD_CHARS (see field-limit.util.ts); real ones are a few hundred characters.
function readParagraph(lines: readonly string[], start: number, end: number): HeaderParagraph {
  const taken: string[] = [];
  let length = 0;
  for (let i = start; i < end && length < MAX_FIELD_CHARS; i++) {
    const text = lines[i].trim();
    if (text.length === 0) break;
    taken.push(text.slice(0, MAX_FIELD_CHARS - length));
    length += text.length + 1;
  }
  return { text: taken.join(' '), line: start + 1, lines: taken };
}

function readNumberLine(text: string, line: number, header: PageHeader): void {
  const head = text.slice(0, MAX_FIELD_LINE);
  header.number = DOCUMENT_NUMBER_PATTERN.exec(head)?.[0] ?? header.number;
  const at = head.indexOf('datum: ');
  if (at < 0) return;
  const value = head
    .slice(at + 'datum: '.length)
    .split(',')[0]
    .trim();
  const date = parseIsoDate(value);
  if (date === null) throw new ParseError(`the document date ${quoteExcerpt(value)} is not a valid date (expected e.g. "datum: 2022-06-29")`, line);
  header.registeredOn = date;
}

function isTitleCandidate(text: string): boolean {
  return !KIND_LINES.has(text) && ![...IGNORED_PREFIXES, ...FIELD_PREFIXES].some((p) => text.startsWith(p)) && !/^\d{1,6}$/.test(text);
}

/** Parses lines [0, end) of a page; `end` is the first question heading. */
export function parsePageHeader(lines: readonly string[], end: number): PageHeader {
  const header: PageHeader = {
    title: null,
    kind: null,
    number: null,
    registeredOn: null,
    officialId: null,
    zaak: null,
    questioners: null,
    answer: null,
    notice: null,
    identified: false,
  };
  let titleChecked = false;
  for (let i = 0; i < end; i++) {
    const text = lines[i].trim();
    if (text.length === 0 || NAVIGATION_PATTERN.test(text)) continue;
    header.identified = true;
    if (!titleChecked) {
      titleChecked = true;
      if (isTitleCandidate(text)) {
        header.title = text.slice(0, MAX_FIELD_CHARS);
        continue;
      }
    }
    if (KIND_LINES.has(text)) header.kind ??= text;
    else if (text.startsWith('Nummer:')) readNumberLine(text, i + 1, header);
    else if (text.startsWith('Onderdeel van zaak')) header.zaak ??= ZAAK_PATTERN.exec(text.slice(0, 60))?.[1] ?? null;
    else if (text.includes('HTML versie')) header.officialId ??= ANSWER_DOCUMENT_PATTERN.exec(text.slice(0, MAX_FIELD_LINE))?.[0] ?? null;
    else if (text.startsWith('Vragen van ')) header.questioners ??= readParagraph(lines, i, end);
    else if (text.startsWith('Antwoord van ')) header.answer ??= readParagraph(lines, i, end);
    else if (text.startsWith('Mededeling van ')) header.notice ??= readParagraph(lines, i, end);
  }
  return header;
}
