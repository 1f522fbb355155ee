import type { AnswerTermFacts, AnswerTermVerdict } from '../../rules/answer-term.types.js';
import type { KamerDate } from '../../rules/kamer-date.util.js';

export const ALERT_RULE_NAMES = ['overdue', 'overdue_after_deferral', 'due_soon', 'late_deferral', 'commitment_overdue'] as const;
export type AlertRuleName = (typeof ALERT_RULE_NAMES)[number];

/** One question set as a rule sees it: its facts and its verdict as of the sweep's date (computed once, shared by the rules). */
export interface QuestionSetSubject {
  key: string;
  facts: AnswerTermFacts;
  verdict: AnswerTermVerdict;
}

/** An open commitment with a due date (stated, or implied by the policy's default horizon). */
export interface CommitmentSubject {
  id: number;
  dueDate: KamerDate;
  dueImplied: boolean;
}

/** What a rule found: the subject, the date it is about, and the numbers the mail shows. */
export interface AlertCandidate {
  rule: AlertRuleName;
  /** The question set key, or commitment-<id>. */
  subjectKey: string;
  /** The term, extended term, late deferral date or due date the alert is about: part of its idempotency key. */
  termDate: KamerDate;
  /** Days past termDate (overdue rules), days left (due_soon), 0 otherwise. */
  days: number;
}

export type QuestionSetAlertRule = (subject: QuestionSetSubject, asOf: KamerDate, lookbackDays: number, dueSoonDays: number) => AlertCandidate[];
