// npm run bench:commitments — the commitment extractor (libs/parsing/src/commitments) against the labelled set of
// test/fixtures/commitments: precision, recall and F1 on the real sentences (every sentence of every answer of the
// seeds and realdocs) and on the written ones (the held-out part separately), agreement on strength, actor, dueText
// and origin, the misses, the labelled corpus with document-level cross-validation and a temporal hold-out per
// construction (commitments-corpus.ts), and extraction speed in answers/s over the real answers repeated to ≥ BENCH_ANSWERS.
// Run from the repository root (paths are relative to process.cwd()). Prints Markdown.
import fs from 'node:fs';
import path from 'node:path';
import {
  evaluateLabelledSet,
  type LabelledAnswer,
  type LabelledSentence,
  type SetScore,
} from '../../libs/parsing/src/commitments/evaluation/labelled-set-evaluation.js';
import { extractCommitments } from '../../libs/parsing/src/commitments/index.js';
import type { ParsedQuestion } from '../../libs/parsing/src/contract/parsed-document.js';
import { printCorpus } from './commitments-corpus.js';
import { formatNumber, recordFigure } from './support/bench-results.js';

const FIXTURES = path.resolve(process.cwd(), 'test/fixtures/commitments');
const MIN_ANSWERS = Number(process.env.BENCH_ANSWERS ?? 10_000);

function load<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as T;
}

const pct = (x: number): string => x.toFixed(3);

function qualityRow(name: string, s: SetScore): string {
  return `| ${name} | ${s.sentences} | ${s.labelledCommitments} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;
}

function attributeRow(name: string, s: SetScore): string {
  const a = s.attributes;
  return `| ${name} | ${s.truePositives} | ${pct(a.strength)} | ${pct(a.actor)} | ${pct(a.dueText)} | ${pct(a.origin)} |`;
}

function printQuality(scores: [string, SetScore][]): void {
  console.log('## Quality against the labelled set\n');
  console.log('| set | sentences | commitments (labelled) | true pos. | false pos. | false neg. | precision | recall | F1 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, s] of scores) console.log(qualityRow(name, s));
  console.log('\n## Fields of the commitments found (share equal to the label)\n');
  console.log('| set | found | strength | actor | dueText | origin |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, s] of scores) console.log(attributeRow(name, s));
  console.log('\n## Misses\n');
  const misses = scores.flatMap(([name, s]) => s.misses.map((m) => ({ ...m, set: name })));
  if (misses.length === 0) console.log('None.');
  else {
    console.log('| set | kind | source | detail | sentence |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const m of misses)
      console.log(
        `| ${m.set} | ${m.kind} | ${m.source} | ${m.detail.replace(/\|/g, '/')} | ${m.sentence.replace(/\s+/g, ' ').replace(/\|/g, '/').slice(0, 140)} |`,
      );
  }
}

function printSpeed(answers: LabelledAnswer[]): void {
  const batches: ParsedQuestion[][] = answers.map((a) => [{ number: a.questionNumber, text: a.question, answer: a.answer }]);
  const rounds = Math.ceil(MIN_ANSWERS / batches.length);
  const chars = answers.reduce((n, a) => n + a.answer.length, 0) * rounds;
  for (const batch of batches) extractCommitments(batch); // warm up
  let found = 0;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const batch of batches) found += extractCommitments(batch).length;
  const seconds = (performance.now() - start) / 1000;
  const total = rounds * batches.length;
  console.log('\n## Speed\n');
  console.log('| answers | characters | commitments found | time (s) | answers/s | MB/s |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(`| ${total} | ${chars} | ${found} | ${seconds.toFixed(3)} | ${Math.round(total / seconds)} | ${(chars / seconds / 1e6).toFixed(2)} |`);
  console.log(`\n(${answers.length} real answers of the seeds and realdocs, ${rounds} rounds, Node ${process.version})`);
  recordFigure({
    bench: 'commitments',
    database: '',
    figure: 'extraction speed',
    value: `${formatNumber(total / seconds)} answers/s, ${(chars / seconds / 1e6).toFixed(1)} MB/s`,
    target: '',
    floor: '',
    met: null,
  });
}

function recordQuality(name: string, s: SetScore, real: boolean): void {
  const base = { bench: 'commitments', database: '', floor: '' };
  recordFigure({
    ...base,
    figure: `precision, ${name} (${s.labelledCommitments} commitments)`,
    value: pct(s.precision),
    target: real ? '≥ 0.9' : '',
    met: real ? s.precision >= 0.9 : null,
  });
  recordFigure({ ...base, figure: `recall, ${name}`, value: pct(s.recall), target: real ? '≥ 0.85' : '', met: real ? s.recall >= 0.85 : null });
}

function main(): void {
  const labelled = load<LabelledSentence[]>('labelled.json');
  const answers = load<LabelledAnswer[]>('answers.json');
  const all = evaluateLabelledSet(labelled, answers, extractCommitments);
  const heldOut = evaluateLabelledSet(
    labelled.filter((l) => l.source === 'written (held out)'),
    [],
    extractCommitments,
  ).written;
  console.log('# Commitment extraction\n');
  printQuality([
    ['real (seeds + realdocs)', all.real],
    ['written (all)', all.written],
    ['written, held out', heldOut],
  ]);
  printCorpus(FIXTURES);
  printSpeed(answers);
  recordQuality('real answers', all.real, true);
  recordQuality('written, held out', heldOut, false);
}

main();
