import type { KamerDate } from './kamer-date.util.js';

/** What is known about one question set: the dates of the events that drive its answer term. */
export interface AnswerTermFacts {
  submittedOn: KamerDate;
  answeredOn: KamerDate | null;
  /** Dates of the Mededelingen (deferral notices), in any order. */
  deferralDates: readonly KamerDate[];
  withdrawnOn?: KamerDate | null;
}

export const ANSWER_STATUSES = [
  'open',
  'open_deferred',
  'overdue',
  'overdue_deferred',
  'answered_on_time',
  'answered_in_extension',
  'answered_late',
  'withdrawn',
] as const;

export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export const ANSWERED_STATUSES: readonly AnswerStatus[] = ['answered_on_time', 'answered_in_extension', 'answered_late'];
export const UNANSWERED_STATUSES: readonly AnswerStatus[] = ['open', 'open_deferred', 'overdue', 'overdue_deferred'];

export interface DeferralVerdict {
  date: KamerDate;
  /** Dated on or before the (original) term; a later one is a late deferral. */
  inTime: boolean;
}

/** The answer-term verdict for one question set as of a date. The CLI prints these names: keep them stable. */
export interface AnswerTermVerdict {
  status: AnswerStatus;
  /** submittedOn + the answer term (three weeks). */
  term: KamerDate;
  /** term + the extension when a deferral counts as of the date, else null. */
  extendedTerm: KamerDate | null;
  /** The term that applies: extendedTerm when there is one, else term. */
  applicableTerm: KamerDate;
  /** answeredOn − submittedOn; null while unanswered as of the date. */
  daysToAnswer: number | null;
  /** Days past the applicable term: of the answer when answered, of the date while unanswered, of the withdrawal; 0 when not over. */
  daysOverTerm: number;
  /** asOf − submittedOn while unanswered (0 before submission); null once answered or withdrawn. */
  daysOutstanding: number | null;
  /** The deferrals dated on or before the date, oldest first. */
  deferrals: DeferralVerdict[];
  deferralCount: number;
  hasLateDeferral: boolean;
}
