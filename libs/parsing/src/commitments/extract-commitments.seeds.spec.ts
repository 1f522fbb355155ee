import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import type { ParsedQuestion } from '../contract/parsed-document.js';
import type { LabelledAnswer } from './evaluation/labelled-set-evaluation.js';
import { extractCommitments } from './extract-commitments.js';

// The commitments of the five seed documents, all of them and nothing else:
//   000 answer 6 — the OCW minister will ask the knowledge institutions by letter for a risk analysis (a promise made
//                  earlier in the commissiedebat of 9 February), will also ask them to appoint a portfolio holder,
//                  and will give the Kamer a copy of the letter;
//   001 answer 9 — Nederland will work to keep the subject on the agenda (soft: an effort);
//   002 answer 1 and 12 — "zal ik nader bezien" whether to amend the Telecommunicatiewet (soft);
//   002 answer 3 — the issue will be taken along in the BIO evaluation (passive), the Staatssecretaris promised in the
//                  commissiedebat of 22 March to do research (a reference), the Kamer will be informed (passive);
//   003 answer 8 — Nederland will ask attention at the July 2022 conference;
//   004 — none.
// Not commitments in these seeds (see the rules in extract-commitments.ts): 003 answer 10 ("zullen … blijven volgen en
// wanneer nodig … opbrengen"), 002 answer 12 "Ik zie geen noodzaak …", 004 answer 7 "Ik zie … geen aanleiding …".

// The answers of the seeds, cut out of the documents by test/fixtures/commitments/build-answers.mjs (not by the parser).
const ANSWERS = JSON.parse(fs.readFileSync(new URL('../../../../test/fixtures/commitments/answers.json', import.meta.url), 'utf8')) as LabelledAnswer[];

function questionsOf(answers: LabelledAnswer[], source: string): ParsedQuestion[] {
  return answers.filter((a) => a.source === source).map((a) => ({ number: a.questionNumber, text: a.question, answer: a.answer }));
}

interface Expected {
  questionNumber: number;
  startsWith: string;
  strength: 'firm' | 'soft';
  actor: string | null;
  dueText: string | null;
  origin: string | null;
}

const SEED_COMMITMENTS: Record<string, Expected[]> = {
  'seed 000': [
    {
      questionNumber: 6,
      startsWith: 'Zoals toegezegd tijdens het commissiedebat over kennisveiligheid',
      strength: 'firm',
      actor: 'mijn collega van OCW',
      dueText: null,
      origin: 'commissiedebat over kennisveiligheid en internationalisering d.d. 9 februari jl.',
    },
    {
      questionNumber: 6,
      startsWith: 'In de brief zal mijn collega van OCW instellingen tevens verzoeken',
      strength: 'firm',
      actor: 'mijn collega van OCW',
      dueText: null,
      origin: null,
    },
    {
      questionNumber: 6,
      startsWith: 'Mijn collega van OCW zal uw Kamer afschrift geven van deze brief',
      strength: 'firm',
      actor: 'mijn collega van OCW',
      dueText: null,
      origin: null,
    },
  ],
  'seed 001': [{ questionNumber: 9, startsWith: 'Nederland zal zich ervoor inzetten', strength: 'soft', actor: 'Nederland', dueText: null, origin: null }],
  'seed 002': [
    {
      questionNumber: 1,
      startsWith: 'Omdat de totstandkoming van de e-privacyverordening nog op zich laat wachten, zal ik nader bezien',
      strength: 'soft',
      actor: 'ik',
      dueText: null,
      origin: null,
    },
    { questionNumber: 3, startsWith: 'Dit vraagstuk zal daarbij worden meegenomen.', strength: 'firm', actor: null, dueText: null, origin: null },
    {
      questionNumber: 3,
      startsWith: 'In het Commissiedebat Digitale overheid',
      strength: 'firm',
      actor: 'de Staatssecretaris voor Koninkrijksrelaties en Digitalisering',
      dueText: null,
      origin: 'Commissiedebat Digitale overheid, datagebruik en algoritmen, en digitale identiteit van 22 maart jl.',
    },
    { questionNumber: 3, startsWith: 'De motie is op 5', strength: 'firm', actor: null, dueText: null, origin: null },
    { questionNumber: 12, startsWith: 'Wel zal ik nader bezien of het doelmatig is', strength: 'soft', actor: 'ik', dueText: null, origin: null },
  ],
  'seed 003': [
    {
      questionNumber: 8,
      startsWith: 'Nederland zal ter gelegenheid van de ministeriële conferentie',
      strength: 'firm',
      actor: 'Nederland',
      dueText: 'juli 2022',
      origin: null,
    },
  ],
  'seed 004': [],
};

describe('extractCommitments on the seeds', () => {
  it.each(Object.keys(SEED_COMMITMENTS))('%s: finds exactly the labelled commitments, with actor, strength, dueText and origin', (seed) => {
    const found = extractCommitments(questionsOf(ANSWERS, seed));
    const expected = SEED_COMMITMENTS[seed];
    expect(found).toHaveLength(expected.length);
    found.forEach((c, i) => {
      expect(c.questionNumber).toBe(expected[i].questionNumber);
      expect(c.text.startsWith(expected[i].startsWith)).toBe(true);
      expect({ strength: c.strength, actor: c.actor, dueText: c.dueText, origin: c.origin }).toEqual({
        strength: expected[i].strength,
        actor: expected[i].actor,
        dueText: expected[i].dueText,
        origin: expected[i].origin,
      });
      expect(c.dueDate).toBeNull();
      expect(c.action).not.toBe('');
    });
  });

  it('keeps the exact sentence and its span in the answer', () => {
    for (const seed of Object.keys(SEED_COMMITMENTS)) {
      const questions = questionsOf(ANSWERS, seed);
      for (const c of extractCommitments(questions)) {
        const answer = questions.find((q) => q.number === c.questionNumber)?.answer ?? '';
        expect(answer.slice(c.span[0], c.span[1])).toBe(c.text);
      }
    }
  });

  it('gives the promised action as a phrase from the sentence', () => {
    const [first, second, third] = extractCommitments(questionsOf(ANSWERS, 'seed 000'));
    expect(first.action).toMatch(/^de kennisinstellingen bij brief verzoeken op instellingsniveau een risicoanalyse/);
    expect(second.action).toMatch(/^instellingen tevens verzoeken om op bestuursniveau .* aan te stellen$/);
    expect(third.action).toBe('uw Kamer afschrift geven van deze brief aan de kennisinstellingen');
    const [dutch] = extractCommitments(questionsOf(ANSWERS, 'seed 003'));
    expect(dutch.action).toMatch(/voor deze problematiek aandacht vragen$/);
  });

  it('records a promise once when one answer is given to two questions ("Antwoord 5 en 6")', () => {
    const answer = 'De Minister heeft toegezegd de mogelijkheden te verkennen.';
    const found = extractCommitments([
      { number: 5, text: '', answer },
      { number: 6, text: '', answer },
    ]);
    expect(found.map((c) => c.questionNumber)).toEqual([5]);
  });

  it('skips unanswered questions', () => {
    expect(extractCommitments([{ number: 1, text: 'Bent u bereid …?', answer: null }])).toEqual([]);
  });
});
