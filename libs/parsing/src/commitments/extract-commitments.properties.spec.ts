import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ParsedQuestion } from '../contract/parsed-document.js';
import { extractCommitments } from './extract-commitments.js';

// Properties over any input: extraction never throws, every span slices to its sentence, the fields keep their
// shape (a confidence in [0, 1] and a known construction). Speed is the benchmark's business.

const FRAGMENTS = [
  'Ik zal',
  'uw Kamer',
  'voor de zomer',
  'informeren',
  'het kabinet',
  'zal',
  'zullen',
  'Nederland',
  'mijn collega van OCW',
  'bezien of',
  'niet',
  'geen',
  'indien nodig',
  'wanneer nodig',
  'blijven volgen',
  'toegezegd',
  'heeft',
  'Zoals toegezegd tijdens het commissiedebat',
  'd.d. 9 februari jl.',
  '(juli 2022)',
  'wordt',
  'geïnformeerd',
  'ontvangt',
  'streef ernaar',
  'te',
  'ga',
  'onderzoeken',
  'bereid',
  'om',
  'kom',
  'hierop',
  'terug',
  'tegemoet zien',
  '«',
  '»',
  '.',
  '. ',
  ',',
  ';',
  ':',
  '?',
  '\n',
  '\n\n',
  '– ',
  'nr. 5',
  'F.M.',
  '27.7',
  '1',
  '2025',
];

const answerText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join('')),
);

function checkSpans(questions: ParsedQuestion[]): void {
  for (const c of extractCommitments(questions)) {
    const question = questions.find((q) => q.number === c.questionNumber);
    const answer = question?.answer ?? '';
    expect(c.span[0]).toBeGreaterThanOrEqual(0);
    expect(c.span[1]).toBeLessThanOrEqual(answer.length);
    expect(answer.slice(c.span[0], c.span[1])).toBe(c.text);
    expect(['firm', 'soft']).toContain(c.strength);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(['active', 'passive', 'receiver', 'intention', 'conditional', 'reference', 'assent']).toContain(c.construction);
    expect(c.action).not.toBe('');
    expect(c.dueDate).toBeNull();
    if (c.dueText !== null) expect(c.dueText.length).toBeGreaterThan(0);
  }
}

describe('extractCommitments on any input', () => {
  it('never throws, and every span slices to the sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.option(answerText, { nil: null }), { maxLength: 4 }), (answers) => {
        checkSpans(answers.map((answer, i) => ({ number: i + 1, text: '', answer })));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the promise inside noise around it', () => {
    fc.assert(
      fc.property(answerText, answerText, (before, after) => {
        const promise = 'Ik zal uw Kamer voor de zomer informeren over de uitkomsten.';
        const answer = `${before}\n\n${promise}\n\n${after}`;
        const found = extractCommitments([{ number: 1, text: '', answer }]);
        expect(found.some((c) => c.text === promise && c.dueText === 'voor de zomer')).toBe(true);
        checkSpans([{ number: 1, text: '', answer }]);
      }),
      { numRuns: 300 },
    );
  });

  // Speed is measured by `npm run bench:commitments` (answers/s and MB/s), not here: a unit test asserts no clock.
  it('extracts well-formed commitments from hostile input (no terminators, nested brackets, many cue words)', () => {
    const n = 20_000;
    const hostile = [
      'zal ik '.repeat(n),
      '«('.repeat(n),
      'a.'.repeat(n),
      'Zoals toegezegd tijdens het debat '.repeat(n / 5),
      'van 1 juli jl. '.repeat(n / 3),
      'In de brief staat dat dit zal worden opgenomen, '.repeat(n / 10),
    ];
    for (const answer of hostile) checkSpans([{ number: 1, text: '', answer }]);
  });
});
