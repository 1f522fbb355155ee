import { ParseError, type ParsedAnswerer, type ParsedDeferral } from '../contract/parsed-document.js';
import { classifyDeferralReason } from '../deferrals/deferral-reason.classifier.js';
import type { DocumentDraft, QuestionBlock } from '../document-draft.js';
import { questionDocumentId } from '../format/document-ids.js';
import { parseQuestionHeading } from '../questions/question-heading.util.js';
import { lastNonBlankLine } from '../text/last-non-blank-line.util.js';
import { linesText } from '../text/lines-text.util.js';
import { quoteExcerpt } from '../text/quote-excerpt.util.js';
import type { WarningLog } from '../text/warning-log.js';
import { parsePageAnswerers } from './page-answerers.parser.js';
import { parsePageBody, type PageBlock, type PageBody } from './page-body.parser.js';
import { parsePageHeader, type PageHeader } from './page-header.parser.js';
import { dateAfterMarker, parseQuestioners, type Questioners } from './page-questioners.parser.js';

// The page format (seed 003, realdocs 006–016): an answer document ("Antwoord van … (ontvangen …)") or a
// deferral notice document ("Mededeling van … (ontvangen …)", questions without answers, a "Mededeling"
// section). For a notice the "ontvangen" date dates the deferral, answeredOn stays null, the sender is not an
// answerer, and the page's ah-tk id and document number (the notice's own) are not put in documents.

function firstHeadingIndex(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) if (parseQuestionHeading(lines[i]) !== null) return i;
  return -1;
}

function isNoticeDocument(header: PageHeader): boolean {
  return header.notice !== null || (header.kind === 'Mededeling' && header.answer === null);
}

function pairBlocks(body: PageBody, stripFootnotes: boolean, expectAnswers: boolean, warnings: WarningLog): QuestionBlock[] {
  const answers = new Map<number, string>();
  const questionNumbers = new Set<number>();
  const questions: PageBlock[] = [];
  for (const block of body.blocks) {
    if (block.kind === 'question') {
      questions.push(block);
      for (const n of block.numbers) questionNumbers.add(n);
      continue;
    }
    const text = linesText(block.lines, stripFootnotes);
    for (const n of block.numbers) {
      if (!questionNumbers.has(n)) warnings.add(`answer ${n} comes before or without question ${n}`, block.line);
      if (!answers.has(n)) answers.set(n, text);
    }
  }
  return questions.map((block) => {
    const answer = block.numbers.map((n) => answers.get(n)).find((a) => a !== undefined) ?? null;
    if (expectAnswers && answer === null) warnings.add(`question ${block.numbers.join(', ')} has no answer: the document may be cut off`, block.line);
    return { numbers: block.numbers, text: linesText(block.lines, stripFootnotes), answer, line: block.line };
  });
}

function deferralsOf(header: PageHeader, body: PageBody, notice: boolean, warnings: WarningLog): ParsedDeferral[] {
  const sectionText = body.notice === null ? '' : linesText(body.notice.lines, false);
  if (notice) {
    const date = header.notice === null ? null : dateAfterMarker(header.notice, '(ontvangen ', 'deferral notice ("ontvangen")');
    const text = sectionText.length > 0 ? sectionText : (header.notice?.text ?? '');
    return [{ date, text, reason: classifyDeferralReason(text) }];
  }
  if (sectionText.length === 0) return [];
  warnings.add('an answer document holds a "Mededeling" section; it is recorded as an undated deferral', body.notice?.line ?? null);
  return [{ date: null, text: sectionText, reason: classifyDeferralReason(sectionText) }];
}

function answerFields(
  header: PageHeader,
  questioners: Questioners,
  notice: boolean,
  warnings: WarningLog,
): { answeredOn: string | null; answeredBy: ParsedAnswerer[]; onBehalfOf: string[] } {
  if (notice) return { answeredOn: null, answeredBy: [], onBehalfOf: [] };
  if (header.answer === null) {
    if (header.kind !== 'Antwoord schriftelijke vragen') return { answeredOn: null, answeredBy: [], onBehalfOf: [] };
    // An answer page without its "Antwoord van … (ontvangen …)" line: the page's own date is the answer's.
    warnings.add('no "Antwoord van … (ontvangen …)" line: answerers unknown, answer dated by the page\'s "datum"');
    return { answeredOn: header.registeredOn, answeredBy: [], onBehalfOf: [] };
  }
  const paragraph = header.answer;
  const answeredOn = dateAfterMarker(paragraph, '(ontvangen ', 'answer ("ontvangen")') ?? header.registeredOn;
  const end = paragraph.text.indexOf('(ontvangen ');
  const who = paragraph.text.slice('Antwoord van '.length, end >= 0 ? end : paragraph.text.length);
  const parsed = parsePageAnswerers(who, questioners.addressedTo);
  for (const unnamed of parsed.unnamed) warnings.add(`answerer ${quoteExcerpt(unnamed)} is not named; left out of answeredBy`, paragraph.line);
  return { answeredOn, answeredBy: parsed.answerers, onBehalfOf: parsed.onBehalfOf };
}

export function parsePage(lines: readonly string[], warnings: WarningLog): DocumentDraft {
  const start = firstHeadingIndex(lines);
  const header = parsePageHeader(lines, start >= 0 ? start : lines.length);
  if (start < 0) {
    throw new ParseError('the document ends before its first question (no "Vraag 1"): it looks cut off', lastNonBlankLine(lines));
  }
  if (!header.identified) {
    throw new ParseError(
      `nothing identifies the question set: the text starts at ${quoteExcerpt(lines[start])} without a title or a "Vragen van …" line`,
      start + 1,
    );
  }
  const questioners: Questioners = header.questioners === null ? { submitters: [], addressedTo: [], submittedOn: null } : parseQuestioners(header.questioners);
  if (header.questioners === null) warnings.add('no "Vragen van … (ingezonden …)" line: submitters and submission date are unknown');
  const notice = isNoticeDocument(header);
  const body = parsePageBody(lines, start, warnings);
  const { answeredOn, answeredBy, onBehalfOf } = answerFields(header, questioners, notice, warnings);
  const expectAnswers = !notice && (header.answer !== null || header.kind === 'Antwoord schriftelijke vragen');
  const blocks = pairBlocks(body, body.footnotes > 0, expectAnswers, warnings);
  if (blocks.length === 0) throw new ParseError('the document has no questions (no "Vraag 1" block)', start + 1);
  return {
    format: 'page',
    zaak: header.zaak,
    documents: {
      question: header.zaak === null ? null : questionDocumentId(header.zaak),
      // A notice page's ah-tk id and number are the notice's own document, not the answer's: both stay null.
      answer: notice ? null : header.officialId,
      number: notice ? null : header.number,
    },
    title: header.title,
    submittedOn: questioners.submittedOn,
    answeredOn,
    submitters: questioners.submitters,
    answeredBy,
    // Who answers "mede namens" must answer too: added when the question header did not already name them.
    addressedTo: [...new Set([...questioners.addressedTo, ...onBehalfOf])],
    topics: [],
    deferrals: deferralsOf(header, body, notice, warnings),
    blocks,
  };
}
