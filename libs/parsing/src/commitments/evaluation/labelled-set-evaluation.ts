import type { ParsedCommitment, ParsedQuestion } from '../../contract/parsed-document.js';

// Scores the extractor against the labelled set of test/fixtures/commitments: precision and recall of the
// commitment sentences, and how often strength, actor, dueText and origin agree on the sentences found.
// Real sentences (seeds and realdocs) are scored answer by answer; each written sentence is an answer of its own.

export interface LabelledSentence {
  set: 'real' | 'written';
  /** "seed 000 answer 6", "realdoc 014 answer 2", "written". */
  source: string;
  sentence: string;
  isCommitment: boolean;
  strength?: 'firm' | 'soft';
  actor?: string | null;
  dueText?: string | null;
  origin?: string | null;
  note?: string;
  /** For a written answer that promises by saying yes: the question it answers. */
  question?: string;
}

export interface LabelledAnswer {
  /** "seed 000", "realdoc 014". */
  source: string;
  questionNumber: number;
  /** The question as asked (needed for promises made by saying yes). */
  question: string;
  answer: string;
}

export type Extractor = (questions: ParsedQuestion[]) => ParsedCommitment[];

export interface Miss {
  kind: 'false positive' | 'false negative' | 'attribute';
  source: string;
  sentence: string;
  detail: string;
}

export interface SetScore {
  sentences: number;
  labelledCommitments: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of true positives whose attribute equals the label. */
  attributes: { strength: number; actor: number; dueText: number; origin: number };
  misses: Miss[];
}

const ATTRIBUTES = ['strength', 'actor', 'dueText', 'origin'] as const;
type Attribute = (typeof ATTRIBUTES)[number];

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim();

class Tally {
  sentences = 0;
  positives = 0;
  tp = 0;
  fp = 0;
  agree: Record<Attribute, number> = { strength: 0, actor: 0, dueText: 0, origin: 0 };
  misses: Miss[] = [];

  found(label: LabelledSentence | undefined, c: ParsedCommitment, source: string): void {
    if (!label || !label.isCommitment) {
      this.fp++;
      this.misses.push({
        kind: 'false positive',
        source,
        sentence: c.text,
        detail: label ? (label.note ?? 'labelled no commitment') : 'sentence not in the labelled set',
      });
      return;
    }
    this.tp++;
    for (const attribute of ATTRIBUTES) {
      const expected = label[attribute] ?? null;
      if (expected === c[attribute]) this.agree[attribute]++;
      else
        this.misses.push({
          kind: 'attribute',
          source,
          sentence: c.text,
          detail: `${attribute}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(c[attribute])}`,
        });
    }
  }

  score(): SetScore {
    const precision = this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
    const recall = this.positives === 0 ? 1 : this.tp / this.positives;
    const share = (n: number): number => (this.tp === 0 ? 0 : n / this.tp);
    return {
      sentences: this.sentences,
      labelledCommitments: this.positives,
      truePositives: this.tp,
      falsePositives: this.fp,
      falseNegatives: this.positives - this.tp,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      attributes: {
        strength: share(this.agree.strength),
        actor: share(this.agree.actor),
        dueText: share(this.agree.dueText),
        origin: share(this.agree.origin),
      },
      misses: this.misses,
    };
  }
}

function scoreReal(items: LabelledSentence[], answers: LabelledAnswer[], extract: Extractor): SetScore {
  const tally = new Tally();
  const bySource = new Map<string, LabelledSentence[]>();
  for (const item of items) bySource.set(item.source, [...(bySource.get(item.source) ?? []), item]);
  for (const answer of answers) {
    const source = `${answer.source} answer ${answer.questionNumber}`;
    const labels = bySource.get(source) ?? [];
    tally.sentences += labels.length;
    tally.positives += labels.filter((l) => l.isCommitment).length;
    const matched = new Set<LabelledSentence>();
    for (const c of extract([{ number: answer.questionNumber, text: answer.question, answer: answer.answer }])) {
      const label = labels.find((l) => normal(l.sentence) === normal(c.text));
      if (label) matched.add(label);
      tally.found(label, c, source);
    }
    for (const label of labels) {
      if (label.isCommitment && !matched.has(label)) tally.misses.push({ kind: 'false negative', source, sentence: label.sentence, detail: 'not extracted' });
    }
  }
  return tally.score();
}

function scoreWritten(items: LabelledSentence[], extract: Extractor): SetScore {
  const tally = new Tally();
  for (const item of items) {
    tally.sentences++;
    if (item.isCommitment) tally.positives++;
    const found = extract([{ number: 1, text: item.question ?? '', answer: item.sentence }]);
    if (found.length > 0) tally.found(item, found[0], item.source);
    else if (item.isCommitment) tally.misses.push({ kind: 'false negative', source: item.source, sentence: item.sentence, detail: 'not extracted' });
  }
  return tally.score();
}

export function evaluateLabelledSet(items: LabelledSentence[], answers: LabelledAnswer[], extract: Extractor): { real: SetScore; written: SetScore } {
  return {
    real: scoreReal(
      items.filter((i) => i.set === 'real'),
      answers,
      extract,
    ),
    written: scoreWritten(
      items.filter((i) => i.set === 'written'),
      extract,
    ),
  };
}
