import { ParseError, type ParsedDeferral } from '../contract/parsed-document.js';
import { classifyDeferralReason } from '../deferrals/deferral-reason.classifier.js';
import type { DocumentDraft, QuestionBlock } from '../document-draft.js';
import { QUESTION_DOCUMENT_PATTERN, questionDocumentId } from '../format/document-ids.js';
import { findAddressees } from '../people/find-addressees.util.js';
import { linesText } from '../text/lines-text.util.js';
import { lastNonBlankLine } from '../text/last-non-blank-line.util.js';
import { quoteExcerpt } from '../text/quote-excerpt.util.js';
import type { WarningLog } from '../text/warning-log.js';
import { parseListingBlockHeading } from './listing-block-heading.util.js';
import { parseListingBody, type ListingBody, type RawListingBlock } from './listing-body.parser.js';
import { parseListingHeader, type ListingHeader } from './listing-header.parser.js';

// The listing format (seeds 000, 001, 002, 004): header, " • Vraag N" and " • Mededeling - <date>" blocks, footer.
// In an answered set the first paragraph of a block is the question and the rest the answer; in an unanswered
// set (no "Beantwoord" date, no answer document) every paragraph belongs to the question.
// Footnote markers glued to line ends are removed (the listing drops the footnotes themselves).

function firstBlockIndex(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (parseListingBlockHeading(lines[i], i + 1) !== null) return i;
  }
  return -1;
}

function hasText(lines: readonly string[], end: number): boolean {
  for (let i = 0; i < end; i++) if (lines[i].trim().length > 0) return true;
  return false;
}

function concat(paragraphs: readonly string[][], from: number): string[] {
  const lines: string[] = [];
  for (let i = from; i < paragraphs.length; i++) for (const line of paragraphs[i]) lines.push(line);
  return lines;
}

function toQuestionBlock(block: RawListingBlock, numbers: number[], answered: boolean, warnings: WarningLog): QuestionBlock {
  const questionLines = answered ? (block.paragraphs[0] ?? []) : concat(block.paragraphs, 0);
  const answerLines = answered ? concat(block.paragraphs, 1) : [];
  if (!answered && block.paragraphs.length > 1) {
    warnings.add(`question ${numbers.join(', ')} has several paragraphs in an unanswered set; all are kept as the question`, block.line);
  }
  const text = linesText(questionLines, true);
  if (text.length === 0) warnings.add(`question ${numbers.join(', ')} has no text`, block.line);
  const answer = answerLines.length > 0 ? linesText(answerLines, true) : null;
  if (answered && answer === null) warnings.add(`question ${numbers.join(', ')} has no answer although the set is answered`, block.line);
  return { numbers, text, answer, line: block.line };
}

function toDeferral(block: RawListingBlock, date: string | null, warnings: WarningLog): ParsedDeferral {
  const text = linesText(concat(block.paragraphs, 0), false);
  if (text.length === 0) warnings.add('the deferral notice has no text', block.line);
  return { date, text, reason: classifyDeferralReason(text) };
}

function pickZaak(header: ListingHeader, body: ListingBody, warnings: WarningLog): string | null {
  const fromIds = [header.questionDocument, body.footer.questionDocument]
    .map((id) => (id === null ? null : (QUESTION_DOCUMENT_PATTERN.exec(id)?.[1] ?? null)))
    .filter((z): z is string => z !== null);
  const zaak = header.zaak ?? fromIds[0] ?? null;
  if (zaak !== null && fromIds.some((z) => z !== zaak)) {
    warnings.add(`the zaak ${zaak} of the header differs from the document id ${fromIds.find((z) => z !== zaak)}`);
  }
  return zaak;
}

export function parseListing(lines: readonly string[], warnings: WarningLog): DocumentDraft {
  const start = firstBlockIndex(lines);
  const headerEnd = start >= 0 ? start : lines.length;
  if (start < 0) {
    throw new ParseError('the document ends before its first question (no " • Vraag 1" block): it looks cut off', lastNonBlankLine(lines));
  }
  if (!hasText(lines, headerEnd)) {
    throw new ParseError(
      `nothing identifies the question set: the text starts at ${quoteExcerpt(lines[start])} without the "Kamervraag <zaak>" header, title and dates`,
      start + 1,
    );
  }
  const header = parseListingHeader(lines, headerEnd, warnings);
  const body = parseListingBody(lines, start, warnings);
  const zaak = pickZaak(header, body, warnings);
  const answerDocument = body.footer.answerDocument ?? header.answerDocument;
  const answered = header.answeredOn !== null || answerDocument !== null;
  const blocks: QuestionBlock[] = [];
  const deferrals: ParsedDeferral[] = [];
  for (const block of body.blocks) {
    if (block.heading.kind === 'question') blocks.push(toQuestionBlock(block, block.heading.numbers, answered, warnings));
    else deferrals.push(toDeferral(block, block.heading.date, warnings));
  }
  if (blocks.length === 0) {
    throw new ParseError('the document has no questions (no " • Vraag 1" block): it looks cut off', lastNonBlankLine(lines));
  }
  if (body.footer.line === null) {
    warnings.add(
      `the document has no footer ("Kamervraag document nummer: …"): it may be cut off after question ${blocks[blocks.length - 1].numbers.join(', ')}`,
    );
  }
  return {
    format: 'listing',
    zaak,
    documents: {
      question: body.footer.questionDocument ?? header.questionDocument ?? (zaak === null ? null : questionDocumentId(zaak)),
      answer: answerDocument,
      number: null,
    },
    title: header.title ?? body.footer.fullTitle,
    submittedOn: header.submittedOn,
    answeredOn: header.answeredOn,
    submitters: header.submitters,
    answeredBy: header.answeredBy,
    addressedTo: findAddressees(deferrals.map((d) => d.text)),
    topics: header.topics,
    deferrals,
    blocks,
  };
}
