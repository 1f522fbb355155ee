// The corpus part of `npm run bench:commitments`: precision, recall and F1 on the labelled corpus with document-level
// cross-validation (k folds of whole documents) and on the temporal hold-out (the most recent 20% by date), overall
// and per construction, for the rules alone and for the rules with a confidence cut-off learned on the training part
// only (the one trained element there is: a threshold, chosen on training documents, never on the test ones).
import fs from 'node:fs';
import path from 'node:path';
import {
  corpusFromFixtures,
  documentFolds,
  learnCutOff,
  pooled,
  scoreCorpus,
  temporalHoldOut,
  type ConstructionScore,
  type CorpusDocument,
  type CorpusScore,
  type Score,
} from '../../libs/parsing/src/commitments/evaluation/corpus-evaluation.js';
import { baselineExtractor, trainBaseline } from '../../libs/parsing/src/commitments/evaluation/trained-baseline.js';
import { extractCommitments } from '../../libs/parsing/src/commitments/index.js';
import { recordFigure } from './support/bench-results.js';

const K = 5;
// One ministry under its former names (the count of ministries in the corpus counts each once).
const FORMER_NAMES: Record<string, string> = {
  'Veiligheid en Justitie': 'Justitie en Veiligheid',
  'Infrastructuur en Milieu': 'Infrastructuur en Waterstaat',
  'Economische Zaken': 'Economische Zaken en Klimaat',
};
const ministryOf = (name: string): string => {
  const bare = name.replace(/ \(.*$/, '');
  return FORMER_NAMES[bare] ?? bare;
};
const CONSTRUCTIONS = ['active', 'passive', 'receiver', 'intention', 'conditional', 'reference', 'assent'];
const f3 = (x: number): string => x.toFixed(3);

function row(name: string, s: Score): string {
  return `| ${name} | ${s.documents} | ${s.sentences} | ${s.commitments} | ${s.decoys} | ${s.tp} | ${s.fp} | ${s.fn} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.f1)} |`;
}

function constructionRows(name: string, byConstruction: Map<string, ConstructionScore>): string[] {
  return CONSTRUCTIONS.filter((c) => byConstruction.has(c)).map((c) => {
    const s = byConstruction.get(c)!;
    return `| ${name} | ${c} | ${s.labelled} | ${s.found} | ${s.fired} | ${s.firedRight} | ${s.fired === 0 ? '–' : f3(s.precision)} | ${s.labelled === 0 ? '–' : f3(s.recall)} |`;
  });
}

function mergeConstructions(scores: CorpusScore[]): Map<string, ConstructionScore> {
  const sum = new Map<string, ConstructionScore>();
  for (const s of scores) {
    for (const [k, v] of s.byConstruction) {
      const t = sum.get(k) ?? { labelled: 0, found: 0, fired: 0, firedRight: 0, precision: 0, recall: 0, f1: 0 };
      sum.set(k, { ...t, labelled: t.labelled + v.labelled, found: t.found + v.found, fired: t.fired + v.fired, firedRight: t.firedRight + v.firedRight });
    }
  }
  for (const [k, t] of sum) {
    const precision = t.fired === 0 ? 1 : t.firedRight / t.fired;
    const recall = t.labelled === 0 ? 1 : t.found / t.labelled;
    sum.set(k, { ...t, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) });
  }
  return sum;
}

function crossValidate(docs: CorpusDocument[], learned: boolean): { score: Score; byConstruction: Map<string, ConstructionScore>; cuts: number[] } {
  const folds = documentFolds(docs, K);
  const cuts: number[] = [];
  const scores = folds.map((test, i) => {
    const train = folds.filter((_, j) => j !== i).flat();
    const cut = learned ? learnCutOff(train, extractCommitments) : 0;
    cuts.push(cut);
    return scoreCorpus(test, extractCommitments, (c) => (c.confidence ?? 1) >= cut);
  });
  return { score: pooled(scores.map((s) => s.overall)), byConstruction: mergeConstructions(scores), cuts };
}

/** The trained yardstick (trained-baseline.ts) by the same folds: each fold's model sees only its training documents. */
function crossValidateBaseline(docs: CorpusDocument[], written: WrittenSentence[]): Score {
  const folds = documentFolds(docs, K);
  return pooled(folds.map((test, i) => scoreCorpus(test, baselineExtractor(trainBaseline(folds.filter((_, j) => j !== i).flat(), written))).overall));
}

interface WrittenSentence {
  set: string;
  sentence: string;
  isCommitment: boolean;
}

export function printCorpus(fixtures: string): void {
  const corpus = corpusFromFixtures((name) => fs.readFileSync(path.join(fixtures, name), 'utf8'));
  const written = (JSON.parse(fs.readFileSync(path.join(fixtures, 'labelled.json'), 'utf8')) as WrittenSentence[]).filter((l) => l.set === 'written');
  const { train, holdOut } = temporalHoldOut(corpus);
  const ministries = new Set(corpus.map((d) => ministryOf(d.ministry)));
  const years = corpus.map((d) => d.answeredOn.slice(0, 4)).sort();
  const all = scoreCorpus(corpus, extractCommitments).overall;
  console.log('\n## The labelled corpus\n');
  console.log(
    `${corpus.length} documents (${corpus.filter((d) => !d.seenByRules).length} never seen by the rules' authors), ${ministries.size} ministries, ${years[0]}–${years.at(-1)}, ${all.sentences} sentences, ${all.commitments} commitments, ${all.decoys} decoys labelled as such.`,
  );
  console.log(
    `Temporal hold-out: the ${holdOut.length} most recent documents (${holdOut[0].answeredOn} – ${holdOut.at(-1)!.answeredOn}): ${holdOut.map((d) => `${d.id}${d.seenByRules ? '*' : ''}`).join(', ')} (* = known when the rules were written).`,
  );

  const rules = crossValidate(corpus, false);
  const learned = crossValidate(corpus, true);
  const cut = learnCutOff(train, extractCommitments);
  const holdRules = scoreCorpus(holdOut, extractCommitments);
  const holdLearned = scoreCorpus(holdOut, extractCommitments, (c) => (c.confidence ?? 1) >= cut);
  const unseen = scoreCorpus(
    corpus.filter((d) => !d.seenByRules),
    extractCommitments,
  );
  console.log('\n| evaluation | documents | sentences | commitments | decoys | true pos. | false pos. | false neg. | precision | recall | F1 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(row(`${K}-fold CV by document, rules`, rules.score));
  console.log(row(`${K}-fold CV by document, rules + learned cut-off (${rules.cuts.length} folds: ${learned.cuts.join(', ')})`, learned.score));
  console.log(row('temporal hold-out, rules', holdRules.overall));
  console.log(row(`temporal hold-out, rules + cut-off ${cut} learned on the rest`, holdLearned.overall));
  console.log(row('documents no rule was written from (corpus/documents.json without rulesWrittenFrom), rules', unseen.overall));
  // The final hold-outs, each labelled blind while the last rules were written and scored once after (never tuned on).
  const holdOuts = [...new Set(corpus.flatMap((d) => (d.holdOut ? [d.holdOut] : [])))].sort();
  for (const name of [...holdOuts, 'all']) {
    const docs = corpus.filter((d) => d.holdOut && (name === 'all' || d.holdOut === name));
    console.log(row(`**final hold-out** ${name === 'all' ? 'D and E together' : name}, rules`, scoreCorpus(docs, extractCommitments).overall));
  }
  console.log(row(`${K}-fold CV by document, trained model instead of the rules (trained-baseline.ts)`, crossValidateBaseline(corpus, written)));
  console.log(row('temporal hold-out, trained model trained on the rest', scoreCorpus(holdOut, baselineExtractor(trainBaseline(train, written))).overall));
  console.log('\n### Per construction (recall by the labelled construction, precision by the construction that fired)\n');
  console.log('| evaluation | construction | labelled | found | fired | fired right | precision | recall |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const line of [
    ...constructionRows('CV, rules', rules.byConstruction),
    ...constructionRows('hold-out, rules', holdRules.byConstruction),
    ...constructionRows('unseen, rules', unseen.byConstruction),
  ])
    console.log(line);
  console.log('\n### Misses on the corpus (rules)\n');
  const misses = scoreCorpus(corpus, extractCommitments).misses;
  if (misses.length === 0) console.log('None.');
  else {
    console.log('| kind | document | answer | construction | sentence |');
    console.log('| --- | --- | ---: | --- | --- |');
    for (const m of misses)
      console.log(
        `| ${m.kind} | ${m.document} | ${m.questionNumber} | ${m.construction ?? ''} | ${m.sentence.replace(/\s+/g, ' ').replace(/\|/g, '/').slice(0, 140)} |`,
      );
  }
  const base = { bench: 'commitments', database: '', floor: '' };
  recordFigure({
    ...base,
    figure: `F1, ${K}-fold CV by document (${rules.score.commitments} commitments)`,
    value: `${f3(rules.score.f1)} (P ${f3(rules.score.precision)}, R ${f3(rules.score.recall)})`,
    target: '≥ 0.9, P ≥ 0.9',
    met: rules.score.f1 >= 0.9 && rules.score.precision >= 0.9,
  });
  recordFigure({
    ...base,
    figure: `F1, temporal hold-out (${holdRules.overall.commitments} commitments)`,
    value: `${f3(holdRules.overall.f1)} (P ${f3(holdRules.overall.precision)}, R ${f3(holdRules.overall.recall)})`,
    target: '≥ 0.9, P ≥ 0.9',
    met: holdRules.overall.f1 >= 0.9 && holdRules.overall.precision >= 0.9,
  });
}
