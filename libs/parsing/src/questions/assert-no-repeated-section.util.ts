import { ParseError } from '../contract/parsed-document.js';
import type { QuestionBlock } from '../document-draft.js';

// A question/answer section pasted twice (a copy-and-paste slip, or two captures of one page glued together) repeats
// its questions word for word, often with the answers shifted by one against them. Stored as it stands, every answer
// after the seam would belong to the wrong question; the document is refused at the first repeated question.
// Short questions ("Zo ja, waarom?") may legitimately recur, so only questions of some length count.
const MIN_QUESTION_CHARS = 40;

function normalised(text: string): string {
  return text
    .toLowerCase()
    .split(/\s/)
    .filter((w) => w !== '')
    .join(' ');
}

export function assertNoRepeatedSection(blocks: readonly QuestionBlock[]): void {
  const seen = new Map<string, QuestionBlock>();
  for (const block of blocks) {
    if (block.text.length < MIN_QUESTION_CHARS) continue;
    const key = normalised(block.text);
    const first = seen.get(key);
    // Questions listed first and answered after ("Vraag 1 … Vraag 1 / Antwoord 1") repeat without an answer the first
    // time: that is a layout, not a doubled section, and stays with the duplicate-number warning.
    if (!first || first.answer === null) {
      if (!first) seen.set(key, block);
      continue;
    }
    const shifted = (first.answer ?? '') !== (block.answer ?? '');
    throw new ParseError(
      `question ${block.numbers.join(' en ')} repeats question ${first.numbers.join(' en ')} of line ${first.line} word for word` +
        (shifted
          ? ', with another answer: the question/answer section appears twice and its answers are shifted'
          : ': the question/answer section appears twice'),
      block.line,
    );
  }
}
