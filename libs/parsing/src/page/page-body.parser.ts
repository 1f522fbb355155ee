import { NAVIGATION_PATTERN } from '../format/format-detector.js';
import { parseQuestionHeading, type QuestionHeadingKind } from '../questions/question-heading.util.js';
import type { WarningLog } from '../text/warning-log.js';

// The page body from the first "Vraag 1": "Vraag N" / "Antwoord N" blocks, an optional "Mededeling" section
// (the deferral text of a notice document), an optional "Toelichting:" (the members' note, not an answer),
// and the footnote list ("  1. … ↩︎") that ends the document. Everything after the footnotes is ignored.

export const FOOTNOTE_START_PATTERN = /^ {0,8}\d{1,3}\. /;

export interface PageBlock {
  kind: QuestionHeadingKind;
  numbers: number[];
  line: number;
  lines: string[];
}

export interface PageBody {
  blocks: PageBlock[];
  notice: { line: number; lines: string[] } | null;
  footnotes: number;
}

const FOOTNOTE_ARROW = '\u21a9';
const FOOTNOTE_LOOKAHEAD = 12;
const NOTICE_LINES = new Set(['Mededeling', 'Mededeling:']);
const NOTE_LINES = new Set(['Toelichting', 'Toelichting:']);

// A footnote is "<n>. text ↩︎", its arrow on the same line or a few lines further (a footnote that wraps).
function isFootnoteStart(lines: readonly string[], index: number, text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57 || !FOOTNOTE_START_PATTERN.test(lines[index])) return false;
  for (let i = index; i < lines.length && i < index + FOOTNOTE_LOOKAHEAD; i++) {
    if (lines[i].includes(FOOTNOTE_ARROW)) return true;
    if (i > index && (lines[i].trim().length === 0 || FOOTNOTE_START_PATTERN.test(lines[i]))) return false;
  }
  return false;
}

export function parsePageBody(lines: readonly string[], start: number, warnings: WarningLog): PageBody {
  const body: PageBody = { blocks: [], notice: null, footnotes: 0 };
  let target: string[] | null = null;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i];
    const text = raw.trim();
    if (body.footnotes > 0) {
      if (isFootnoteStart(lines, i, text)) body.footnotes++;
      continue;
    }
    if (text.length === 0) continue;
    const heading = parseQuestionHeading(text);
    if (heading !== null) {
      const block: PageBlock = { kind: heading.kind, numbers: heading.numbers, line: i + 1, lines: [] };
      body.blocks.push(block);
      target = block.lines;
    } else if (NOTICE_LINES.has(text)) {
      body.notice ??= { line: i + 1, lines: [] };
      target = body.notice.lines;
    } else if (NOTE_LINES.has(text)) {
      warnings.add('the members\' "Toelichting" after the questions is not part of any answer and was left out', i + 1);
      target = null;
    } else if (isFootnoteStart(lines, i, text)) {
      body.footnotes = 1;
    } else if (text[0] === '[' && NAVIGATION_PATTERN.test(text)) {
      warnings.add('a second document starts here; only the first one was read', i + 1);
      break;
    } else if (target !== null) {
      target.push(text);
    }
  }
  return body;
}
