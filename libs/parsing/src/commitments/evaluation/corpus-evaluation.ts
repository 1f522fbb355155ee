import type { CommitmentConstruction, ParsedCommitment } from '../../contract/parsed-document.js';
import { splitSentences } from '../sentence-splitter.js';
import type { Extractor, LabelledAnswer, LabelledSentence } from './labelled-set-evaluation.js';

// The labelled corpus of test/fixtures/commitments scored document by document: real answers only (the seeds and
// realdocs of labelled.json, and corpus/documents.json), every sentence of every answer, a sentence a commitment
// only when labelled so. Documents are the unit of the cross-validation folds and of the temporal hold-out, so no
// sentence of a test document is ever in its training part. See docs/COMMITMENT-LABELLING.md for the labels.

export interface CorpusLabel {
  sentence: string;
  isCommitment: boolean;
  construction?: CommitmentConstruction;
  strength?: 'firm' | 'soft';
  actor?: string | null;
  dueText?: string | null;
  /** Why a sentence that looks like a commitment is none (a decoy). */
  decoy?: string;
  note?: string;
}

export interface CorpusAnswer {
  questionNumber: number;
  question: string;
  answer: string;
  truncated?: boolean;
  /** Commitments and decoys; every other sentence of the answer is no commitment. */
  labels: CorpusLabel[];
}

export interface CorpusDocument {
  id: string;
  answeredOn: string;
  ministry: string;
  source: string;
  /** Known when the extractor's rules were written (the seeds and realdocs, and corpus documents a rule was later
   *  written from): not unseen text. */
  seenByRules: boolean;
  /** A final hold-out ("batch D", "batch E"): labelled while the last rules were written, scored once after; never tuned on. */
  holdOut?: string;
  answers: CorpusAnswer[];
}

interface ExistingDocument {
  id: string;
  answeredOn: string;
  ministry: string;
  source: string;
}

interface ExistingConstruction {
  source: string;
  sentenceStart: string;
  construction: CommitmentConstruction;
}

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The seeds and realdocs of labelled.json as corpus documents (their labelled notes count as decoys). */
export function existingDocuments(
  answers: LabelledAnswer[],
  labels: LabelledSentence[],
  documents: ExistingDocument[],
  constructions: ExistingConstruction[],
): CorpusDocument[] {
  return documents.map((doc) => ({
    ...doc,
    seenByRules: true,
    answers: answers
      .filter((a) => a.source === doc.id)
      .map((a) => ({
        questionNumber: a.questionNumber,
        question: a.question,
        answer: a.answer,
        labels: labels
          .filter((l) => l.set === 'real' && l.source === `${a.source} answer ${a.questionNumber}` && (l.isCommitment || l.note))
          .map((l) => ({
            sentence: l.sentence,
            isCommitment: l.isCommitment,
            strength: l.strength,
            actor: l.actor,
            dueText: l.dueText,
            decoy: l.isCommitment ? undefined : l.note,
            construction: l.isCommitment ? constructions.find((c) => c.source === l.source && l.sentence.startsWith(c.sentenceStart))?.construction : undefined,
          })),
      })),
  }));
}

export interface Counts {
  documents: number;
  sentences: number;
  commitments: number;
  decoys: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  kind: 'false positive' | 'false negative';
  document: string;
  questionNumber: number;
  sentence: string;
  construction: string | null;
}

export interface ConstructionScore {
  /** Labelled commitments of this construction, and how many of them were found. */
  labelled: number;
  found: number;
  /** Commitments the extractor reported with this construction, and how many were right. */
  fired: number;
  firedRight: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  overall: Score;
  /** Recall by the labelled construction, precision by the construction that fired. */
  byConstruction: Map<string, ConstructionScore>;
  misses: Miss[];
}

type ConstructionCounts = Pick<ConstructionScore, 'labelled' | 'found' | 'fired' | 'firedRight'>;

function finishConstruction(c: ConstructionCounts): ConstructionScore {
  const precision = c.fired === 0 ? 1 : c.firedRight / c.fired;
  const recall = c.labelled === 0 ? 1 : c.found / c.labelled;
  return { ...c, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const empty = (): Counts => ({ documents: 0, sentences: 0, commitments: 0, decoys: 0, tp: 0, fp: 0, fn: 0 });

export function finish(c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.commitments === 0 ? 1 : c.tp / c.commitments;
  return { ...c, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Every label must name a sentence of its answer as the splitter cuts it: returns the ones that do not. */
export function unmatchedLabels(docs: CorpusDocument[]): string[] {
  const bad: string[] = [];
  for (const doc of docs) {
    for (const a of doc.answers) {
      const sentences = new Set(splitSentences(a.answer).map((s) => normal(s.text)));
      for (const l of a.labels) if (!sentences.has(normal(l.sentence))) bad.push(`${doc.id} answer ${a.questionNumber}: ${l.sentence}`);
    }
  }
  return bad;
}

/** Scores the extractor on documents; `keep` filters what it found (a confidence cut-off). */
export function scoreCorpus(docs: CorpusDocument[], extract: Extractor, keep: (c: ParsedCommitment) => boolean = () => true): CorpusScore {
  const overall = empty();
  const byConstruction = new Map<string, ConstructionCounts>();
  const of = (name: string | null | undefined): ConstructionCounts => {
    const key = name ?? 'unlabelled';
    if (!byConstruction.has(key)) byConstruction.set(key, { labelled: 0, found: 0, fired: 0, firedRight: 0 });
    return byConstruction.get(key)!;
  };
  const misses: Miss[] = [];
  for (const doc of docs) {
    overall.documents++;
    for (const a of doc.answers) {
      const sentences = splitSentences(a.answer);
      overall.sentences += sentences.length;
      const labels = new Map(a.labels.map((l) => [normal(l.sentence), l]));
      for (const l of a.labels) {
        if (l.isCommitment) {
          overall.commitments++;
          of(l.construction).labelled++;
        } else if (l.decoy) overall.decoys++;
      }
      const found = extract([{ number: a.questionNumber, text: a.question, answer: a.answer }]).filter(keep);
      const matched = new Set<string>();
      for (const c of found) {
        const label = labels.get(normal(c.text));
        of(c.construction).fired++;
        if (label?.isCommitment) {
          overall.tp++;
          of(label.construction).found++;
          of(c.construction).firedRight++;
          matched.add(normal(c.text));
        } else {
          overall.fp++;
          misses.push({ kind: 'false positive', document: doc.id, questionNumber: a.questionNumber, sentence: c.text, construction: c.construction ?? null });
        }
      }
      for (const l of a.labels) {
        if (!l.isCommitment || matched.has(normal(l.sentence))) continue;
        overall.fn++;
        misses.push({ kind: 'false negative', document: doc.id, questionNumber: a.questionNumber, sentence: l.sentence, construction: l.construction ?? null });
      }
    }
  }
  return { overall: finish(overall), byConstruction: new Map([...byConstruction].map(([k, v]) => [k, finishConstruction(v)])), misses };
}

/** k folds of whole documents, dealt round-robin in a fixed order (by id), so every run splits alike. */
export function documentFolds(docs: CorpusDocument[], k: number): CorpusDocument[][] {
  const folds: CorpusDocument[][] = Array.from({ length: k }, () => []);
  [...docs].sort((a, b) => a.id.localeCompare(b.id)).forEach((doc, i) => folds[i % k].push(doc));
  return folds;
}

/** The most recent `share` of documents by answer date (at least one): the temporal hold-out. */
export function temporalHoldOut(docs: CorpusDocument[], share = 0.2): { train: CorpusDocument[]; holdOut: CorpusDocument[] } {
  const sorted = [...docs].sort((a, b) => a.answeredOn.localeCompare(b.answeredOn) || a.id.localeCompare(b.id));
  const n = Math.max(1, Math.ceil(sorted.length * share));
  return { train: sorted.slice(0, sorted.length - n), holdOut: sorted.slice(sorted.length - n) };
}

export const CUT_OFFS = [0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85];

/** The confidence cut-off with the best F1 on the training documents (ties: the lowest, keeping recall). */
export function learnCutOff(train: CorpusDocument[], extract: Extractor): number {
  let best = 0;
  let bestF1 = -1;
  for (const cut of CUT_OFFS) {
    const f1 = scoreCorpus(train, extract, (c) => (c.confidence ?? 1) >= cut).overall.f1;
    if (f1 > bestF1 + 1e-9) {
      best = cut;
      bestF1 = f1;
    }
  }
  return best;
}

/** Sums fold scores (the pooled cross-validated figure). */
export function pooled(scores: Score[]): Score {
  const sum = empty();
  for (const s of scores) for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] += s[key];
  return finish(sum);
}

/** The whole corpus from the fixture files (read by name relative to test/fixtures/commitments). */
export function corpusFromFixtures(read: (name: string) => string): CorpusDocument[] {
  const json = <T>(name: string): T => JSON.parse(read(name)) as T;
  const existing = existingDocuments(
    json<LabelledAnswer[]>('answers.json'),
    json<LabelledSentence[]>('labelled.json'),
    json<{ documents: ExistingDocument[] }>('corpus/existing-documents.json').documents,
    json<{ constructions: ExistingConstruction[] }>('corpus/existing-constructions.json').constructions,
  );
  // A document a rule was later written from (rulesWrittenFrom says which) is seen text from then on.
  const added = json<{ documents: (Omit<CorpusDocument, 'seenByRules'> & { rulesWrittenFrom?: string })[] }>('corpus/documents.json').documents.map((d) => ({
    ...d,
    seenByRules: d.rulesWrittenFrom !== undefined,
    holdOut: d.holdOut,
  }));
  return [...existing, ...added];
}
