import { describe, expect, it } from '@jest/globals';
import { parseNumberList } from './number-list.util.js';
import { parseQuestionHeading } from './question-heading.util.js';

describe('parseQuestionHeading', () => {
  it.each([
    ['Vraag 1', 'question', [1]],
    [' • Vraag 12', 'question', [12]],
    ['Vraag 2 en 3', 'question', [2, 3]],
    ['Vraag 1 en 4', 'question', [1, 4]],
    ['Vragen 2, 3 en 4:', 'question', [2, 3, 4]],
    ['Antwoord 3 en 4', 'answer', [3, 4]],
    ['Antwoord 2 t/m 5', 'answer', [2, 3, 4, 5]],
    ['Antwoorden 6 tot en met 8', 'answer', [6, 7, 8]],
    ['Vraag 7-9', 'question', [7, 8, 9]],
  ])('%p', (line, kind, numbers) => expect(parseQuestionHeading(line)).toEqual({ kind, numbers }));

  it.each([
    'Antwoord van Minister Hoekstra (Buitenlandse Zaken)',
    'Antwoord schriftelijke vragen',
    'Vraag',
    'Vraag 0',
    'Vraag 1234',
    'Vraag 3 is al beantwoord',
    'Vraag 1 en',
    'Vraag 1 t/m 999',
    'Vraag 5 t/m 2',
    'Vragen van het lid Beckerman (SP)',
    `Vraag ${'1 '.repeat(300)}`,
  ])('is not a heading: %p', (line) => expect(parseQuestionHeading(line)).toBeNull());

  it('de-duplicates numbers', () => expect(parseNumberList('2, 2 en 3')).toEqual([2, 3]));
});
