import { extractCommitments } from './commitments/index.js';
import { ParseError, type ParsedCommitment, type ParsedDocument, type ParsedQuestion } from './contract/parsed-document.js';
import type { DocumentDraft } from './document-draft.js';
import { detectFormatOfLines } from './format/format-detector.js';
import { parseListing } from './listing/listing-format.parser.js';
import { parsePage } from './page/page-format.parser.js';
import { finalizeQuestions } from './questions/finalize-questions.util.js';
import { assertNonEmptyText } from './text/assert-non-empty-text.util.js';
import { assertNoRepeatedSection } from './questions/assert-no-repeated-section.util.js';
import { assertNoMojibake } from './text/assert-no-mojibake.util.js';
import { assertNotBinary } from './text/assert-not-binary.util.js';
import { assertNotWebPage } from './text/assert-not-web-page.util.js';
import { prepareText } from './text/prepare-text.util.js';
import { quoteExcerpt } from './text/quote-excerpt.util.js';
import { WarningLog } from './text/warning-log.js';

// One document's text → the parse contract of DESIGN.md. Pure: no I/O, no clock. Linear in the text: the text is
// prepared (normalised) in one scan, split into lines once, and every later step walks lines with bounded work per line.
// Decisions worth knowing (see the format parsers for the details):
// - A document that is cut off AFTER some questions is accepted with what is there, plus a warning (no footer,
//   a question without answer in an answered set, numbers that stop early); one cut off before its first
//   question is refused, as is a fragment with nothing before "Vraag 1" to identify the set.
// - Damaged documents are refused, each with the line and the reason: mojibake (UTF-8 read as Latin-1/cp1252) or
//   replacement characters, an HTML or error page instead of a document, a question/answer section that appears twice.
// - A garbled date anywhere a date belongs (Ingediend, Beantwoord, Mededeling, ingezonden, ontvangen, datum)
//   refuses the document: a wrong date would silently corrupt every latency figure.

function rejectUnrecognised(lines: readonly string[]): never {
  const index = lines.findIndex((line) => line.trim().length > 0);
  throw new ParseError(
    `this is not a written-questions document: expected a listing that starts "Kamervraag 2022Z01519" or a Tweede Kamer page with "Vragen van het lid …" and "Vraag 1", but the text starts with ${quoteExcerpt(lines[index] ?? '')}`,
    index + 1,
  );
}

// The commitment extractor is another component: if it fails, the document is still worth having.
function commitmentsOf(questions: ParsedQuestion[], warnings: WarningLog): ParsedCommitment[] {
  try {
    return extractCommitments(questions);
  } catch (error) {
    warnings.add(`commitment extraction failed (${error instanceof Error ? error.message : String(error)}); no commitments recorded`);
    return [];
  }
}

function parseOrThrow(text: string, withCommitments: boolean): ParsedDocument {
  assertNonEmptyText(text);
  const prepared = prepareText(text);
  assertNotBinary(prepared);
  assertNoMojibake(prepared.text);
  const lines = prepared.text.split('\n');
  assertNotWebPage(lines);
  const format = detectFormatOfLines(lines);
  if (format === null) rejectUnrecognised(lines);
  const warnings = new WarningLog();
  const draft: DocumentDraft = format === 'listing' ? parseListing(lines, warnings) : parsePage(lines, warnings);
  const { blocks, ...fields } = draft;
  assertNoRepeatedSection(blocks);
  const questions = finalizeQuestions(blocks, warnings);
  // The single hook for the commitment extractor (libs/parsing/src/commitments).
  const commitments = withCommitments ? commitmentsOf(questions, warnings) : [];
  return { ...fields, questions, commitments, warnings: warnings.toArray() };
}

function guarded(text: string, withCommitments: boolean): ParsedDocument {
  try {
    return parseOrThrow(text, withCommitments);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    // A bug must not escape as a TypeError into an import batch; it is reported as a refusal that says so.
    const detail = error instanceof Error ? error.message : String(error);
    throw new ParseError(`internal parser error (${detail}); please report this document`, null);
  }
}

/**
 * Parses one written-questions document (listing or page format). Throws ParseError, and only ParseError,
 * for a text it refuses; the error names the 1-based line that decided it.
 */
export function parseDocument(text: string): ParsedDocument {
  return guarded(text, true);
}

/**
 * parseDocument without the commitment extraction (commitments: []): for the parse benchmark, and for an import of a
 * text already stored, which needs only the set's key and the warnings.
 */
export function parseDocumentStructure(text: string): ParsedDocument {
  return guarded(text, false);
}
