import type { ParsedQuestion } from '../contract/parsed-document.js';
import type { QuestionBlock } from '../document-draft.js';
import type { WarningLog } from '../text/warning-log.js';

function describeRanges(numbers: number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    parts.push(i === j ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * One entry per question number, sorted by number ("Vraag 1 en 4" before "Vraag 2" still lists 1, 2, 3, 4).
 * A number given twice keeps its first block; missing numbers (a gap, or a document cut off) are warned about.
 */
export function finalizeQuestions(blocks: QuestionBlock[], warnings: WarningLog): ParsedQuestion[] {
  const byNumber = new Map<number, ParsedQuestion>();
  for (const block of blocks) {
    for (const number of block.numbers) {
      if (byNumber.has(number)) {
        warnings.add(`question ${number} appears more than once; the first one is kept`, block.line);
        continue;
      }
      byNumber.set(number, { number, text: block.text, answer: block.answer });
    }
  }
  const questions = [...byNumber.values()].sort((a, b) => a.number - b.number);
  const highest = questions.length > 0 ? questions[questions.length - 1].number : 0;
  const missing: number[] = [];
  for (let n = 1; n <= highest; n++) if (!byNumber.has(n)) missing.push(n);
  if (missing.length > 0) warnings.add(`question numbers are not consecutive: ${describeRanges(missing)} missing`);
  return questions;
}
