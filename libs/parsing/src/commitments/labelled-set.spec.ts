import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { evaluateLabelledSet, type LabelledAnswer, type LabelledSentence } from './evaluation/labelled-set-evaluation.js';
import { extractCommitments } from './extract-commitments.js';
import { splitSentences } from './sentence-splitter.js';

// Quality gate over test/fixtures/commitments/labelled.json: every sentence of every answer of the seeds and realdocs
// (labelled by hand) and sentences written in the same register. Real sentences must reach precision ≥ 0.9 and
// recall ≥ 0.85; the misses are printed by `npm run bench:commitments`.

const FIXTURES = new URL('../../../../test/fixtures/commitments/', import.meta.url);
const LABELLED = JSON.parse(fs.readFileSync(new URL('labelled.json', FIXTURES), 'utf8')) as LabelledSentence[];
const ANSWERS = JSON.parse(fs.readFileSync(new URL('answers.json', FIXTURES), 'utf8')) as LabelledAnswer[];
const SCORES = evaluateLabelledSet(LABELLED, ANSWERS, extractCommitments);

describe('the labelled set', () => {
  it('labels every sentence of every answer of the seeds and realdocs', () => {
    const sentences = ANSWERS.flatMap((a) => splitSentences(a.answer).map((s) => `${a.source} answer ${a.questionNumber}|${s.text}`));
    const labelled = LABELLED.filter((l) => l.set === 'real').map((l) => `${l.source}|${l.sentence}`);
    expect(labelled).toEqual(sentences);
    expect(new Set(ANSWERS.map((a) => a.source)).size).toBe(5 + 12); // 5 seeds, 12 realdocs with answers
  });

  it('has at least 150 written sentences, with commitments and hard negatives', () => {
    const written = LABELLED.filter((l) => l.set === 'written');
    expect(written.length).toBeGreaterThanOrEqual(150);
    expect(written.filter((l) => l.isCommitment).length).toBeGreaterThanOrEqual(50);
    expect(written.filter((l) => !l.isCommitment).length).toBeGreaterThanOrEqual(50);
  });

  it('labels every commitment with a strength and the fields of the contract', () => {
    for (const l of LABELLED.filter((x) => x.isCommitment)) {
      expect(['firm', 'soft']).toContain(l.strength);
      expect(l).toHaveProperty('actor');
      expect(l).toHaveProperty('dueText');
      expect(l).toHaveProperty('origin');
    }
  });
});

describe('extraction quality on the labelled set', () => {
  it('real sentences (seeds + realdocs): precision ≥ 0.9 and recall ≥ 0.85', () => {
    expect(SCORES.real.labelledCommitments).toBeGreaterThanOrEqual(20);
    expect(SCORES.real.precision).toBeGreaterThanOrEqual(0.9);
    expect(SCORES.real.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('written sentences: precision ≥ 0.9 and recall ≥ 0.85', () => {
    expect(SCORES.written.precision).toBeGreaterThanOrEqual(0.9);
    expect(SCORES.written.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('agrees with the labels on strength, actor and dueText for at least 90% of the commitments found', () => {
    for (const score of [SCORES.real, SCORES.written]) {
      expect(score.attributes.strength).toBeGreaterThanOrEqual(0.9);
      expect(score.attributes.actor).toBeGreaterThanOrEqual(0.9);
      expect(score.attributes.dueText).toBeGreaterThanOrEqual(0.9);
    }
  });
});
