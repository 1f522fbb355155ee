import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { corpusFromFixtures, documentFolds, pooled, scoreCorpus, temporalHoldOut, unmatchedLabels } from './evaluation/corpus-evaluation.js';
import { extractCommitments } from './extract-commitments.js';

// The labelled corpus (test/fixtures/commitments, labelled by docs/COMMITMENT-LABELLING.md): its shape, and the
// extractor's quality on it scored by whole documents. The figures per construction and the misses are printed by
// `npm run bench:commitments`; the floors here are what the extractor reaches now, so a change that loses ground fails.

const FIXTURES = new URL('../../../../test/fixtures/commitments/', import.meta.url);
const CORPUS = corpusFromFixtures((name) => fs.readFileSync(new URL(name, FIXTURES), 'utf8'));

describe('the labelled corpus', () => {
  it('names a sentence of its answer in every label', () => {
    expect(unmatchedLabels(CORPUS)).toEqual([]);
  });

  it('keeps the source, date and ministry of every document, and no document of November 2024 beyond the shared realdocs', () => {
    for (const doc of CORPUS) {
      expect(doc.source).toMatch(/\S{8,}/);
      expect(doc.answeredOn).toMatch(/^\d{4}(-\d{2}-\d{2})?$/); // a year alone where the stored page gives no date (dateNote says why)
      expect(doc.ministry.length).toBeGreaterThan(3);
      if (doc.answeredOn.startsWith('2024-11')) expect(doc.id).toMatch(/^realdoc /);
    }
    expect(new Set(CORPUS.map((d) => d.id)).size).toBe(CORPUS.length);
  });

  it('labels every commitment with a construction and a strength', () => {
    for (const doc of CORPUS) {
      for (const label of doc.answers.flatMap((a) => a.labels).filter((l) => l.isCommitment)) {
        expect(['active', 'passive', 'receiver', 'intention', 'conditional', 'reference', 'assent']).toContain(label.construction);
        expect(['firm', 'soft']).toContain(label.strength);
      }
    }
  });

  it('holds out the most recent fifth of the documents by date', () => {
    const { train, holdOut } = temporalHoldOut(CORPUS);
    expect(holdOut.length).toBe(Math.ceil(CORPUS.length * 0.2));
    const lastTrain = train
      .map((d) => d.answeredOn)
      .sort()
      .at(-1)!;
    expect(holdOut.every((d) => d.answeredOn >= lastTrain)).toBe(true);
  });

  it('deals whole documents to the folds: no document in two folds', () => {
    const folds = documentFolds(CORPUS, 5);
    const ids = folds.flat().map((d) => d.id);
    expect(ids.sort()).toEqual(CORPUS.map((d) => d.id).sort());
  });
});

// The floors below were set on the corpus as it stood when they were written: the 17 seeds and realdocs and
// corpus 01–31 (32 commitments). They stay on exactly those documents, so adding harder real answers never passes for
// a loss of ground; the whole corpus, later documents included, has its own floors at what the extractor reaches on it.
const FIRST_CORPUS = CORPUS.filter((d) => !d.id.startsWith('corpus ') || Number(d.id.replace('corpus ', '')) <= 31);

describe('extraction quality on the corpus', () => {
  it('cross-validated by document (5 folds): precision ≥ 0.85 and recall ≥ 0.8 pooled', () => {
    const scores = documentFolds(FIRST_CORPUS, 5).map((fold) => scoreCorpus(fold, extractCommitments).overall);
    const all = pooled(scores);
    expect(all.commitments).toBeGreaterThanOrEqual(25);
    expect(all.precision).toBeGreaterThanOrEqual(0.85);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('on the documents the rules were not written against: recall ≥ 0.75, and no more false positives than found commitments', () => {
    const unseen = scoreCorpus(
      FIRST_CORPUS.filter((d) => !d.seenByRules),
      extractCommitments,
    ).overall;
    expect(unseen.recall).toBeGreaterThanOrEqual(0.75);
    expect(unseen.fp).toBeLessThanOrEqual(unseen.tp);
  });

  // The final hold-out (batch D) is a measurement, printed by `npm run bench:commitments`, not a floor: a floor on it
  // would invite tuning on it.
  it('on the whole corpus but the final hold-out (later documents included), cross-validated by document: precision ≥ 0.9 and recall ≥ 0.8 pooled', () => {
    const tuned = CORPUS.filter((d) => !d.holdOut);
    const all = pooled(documentFolds(tuned, 5).map((fold) => scoreCorpus(fold, extractCommitments).overall));
    expect(tuned.length).toBeGreaterThanOrEqual(60);
    expect(all.commitments).toBeGreaterThanOrEqual(50);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('no rule is written from the final hold-out', () => {
    const holdOut = CORPUS.filter((d) => d.holdOut);
    expect(holdOut.length).toBeGreaterThanOrEqual(30);
    expect(holdOut.filter((d) => d.seenByRules).map((d) => d.id)).toEqual([]);
  });

  it('on every document the rules were not written against: recall ≥ 0.6, and no more false positives than found commitments', () => {
    const unseen = scoreCorpus(
      CORPUS.filter((d) => !d.seenByRules),
      extractCommitments,
    ).overall;
    expect(unseen.recall).toBeGreaterThanOrEqual(0.6);
    expect(unseen.fp).toBeLessThanOrEqual(unseen.tp);
  });
});
