import { parseNumberList } from './number-list.util.js';

export type QuestionHeadingKind = 'question' | 'answer';

export interface QuestionHeading {
  kind: QuestionHeadingKind;
  numbers: number[];
}

// A heading is a whole line: optional bullet, "Vraag"/"Vragen"/"Antwoord"/"Antwoorden", a number list,
// optional trailing colon or dot. "Antwoord van Minister …" and "Antwoord schriftelijke vragen" are not headings.
const MAX_HEADING_LENGTH = 80;
// Checked before trimming, so a 50 MB line is dismissed without copying it (indentation is never this deep).
const MAX_RAW_LENGTH = 400;
const BULLETS = '•·▪●◦*-–';
const WORDS: ReadonlyArray<[string, QuestionHeadingKind]> = [
  ['vragen ', 'question'],
  ['vraag ', 'question'],
  ['antwoorden ', 'answer'],
  ['antwoord ', 'answer'],
];

/** Cheap pre-check on the first visible character, since this runs on every line of a document. */
function mayBeHeading(line: string): boolean {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  if (i < line.length && BULLETS.includes(line[i])) {
    i++;
    while (i < line.length && line.charCodeAt(i) === 32) i++;
  }
  const first = line[i];
  return first === 'V' || first === 'A' || first === 'v' || first === 'a';
}

export function parseQuestionHeading(line: string): QuestionHeading | null {
  if (line.length > MAX_RAW_LENGTH || !mayBeHeading(line)) return null;
  let text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH) return null;
  if (BULLETS.includes(text[0])) text = text.slice(1).trimStart();
  const lower = text.toLowerCase();
  for (const [word, kind] of WORDS) {
    if (!lower.startsWith(word)) continue;
    let rest = text.slice(word.length).trim();
    if (rest.endsWith(':') || rest.endsWith('.')) rest = rest.slice(0, -1);
    const numbers = parseNumberList(rest);
    return numbers ? { kind, numbers } : null;
  }
  return null;
}
