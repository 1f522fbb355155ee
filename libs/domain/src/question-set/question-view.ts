import type { CommitmentView } from '../commitment/commitment-view.js';
import type { AnswerForecastView } from '../forecast/forecast-view.js';
import type { AnswerStatus, DeferralVerdict } from '../rules/answer-term.types.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import type { PersonRef } from './question-query.repository.js';
import type { TimelineEvent } from './question-timeline.util.js';

// What the API and the CLI show of question sets. Field names are an outside interface: keep them.

export interface MinistryRef {
  slug: string;
  name: string;
}

/** The answer-term verdict as of a date, as shown; all null for a set with no submission date. */
export interface AnswerTermView {
  status: AnswerStatus | null;
  term: KamerDate | null;
  extendedTerm: KamerDate | null;
  daysToAnswer: number | null;
  daysOverTerm: number | null;
  daysOutstanding: number | null;
  deferralCount: number;
}

export interface QuestionListItem extends AnswerTermView {
  zaak: string | null;
  key: string;
  title: string | null;
  submittedOn: KamerDate | null;
  answeredOn: KamerDate | null;
  ministry: MinistryRef | null;
  minister: string | null;
  submitters: PersonRef[];
  /** Only when the list asked for it (withForecasts): the expected answer of an unanswered set, else null. */
  forecast?: AnswerForecastView | null;
}

export interface QuestionListPage {
  asOf: KamerDate;
  total: number;
  page: number;
  pageSize: number;
  items: QuestionListItem[];
}

export interface QuestionDeferralView {
  date: KamerDate | null;
  /** Sent on or before the term; null for an undated notice, which the rules cannot place. */
  inTime: boolean | null;
  reason: string;
  text: string;
}

/** DESIGN.md's as-of rule: as of a date before its submission a set does not exist yet. */
export type NotYetSubmitted = 'not_yet_submitted';

export interface QuestionDetail extends Omit<AnswerTermView, 'status'> {
  /** not_yet_submitted when asOf is before the submission date. */
  status: AnswerStatus | NotYetSubmitted | null;
  asOf: KamerDate;
  zaak: string | null;
  key: string;
  title: string | null;
  documents: { question: string | null; answer: string | null; number: string | null };
  submittedOn: KamerDate | null;
  answeredOn: KamerDate | null;
  withdrawnOn: KamerDate | null;
  officialTerm: KamerDate | null;
  hasLateDeferral: boolean;
  ministry: MinistryRef | null;
  minister: string | null;
  submitters: PersonRef[];
  answeredBy: (PersonRef & { role: string | null })[];
  addressedTo: string[];
  topics: string[];
  questions: { number: number; text: string; answer: string | null }[];
  deferrals: QuestionDeferralView[];
  commitments: CommitmentView[];
  timeline: TimelineEvent[];
  sourceDocuments: { id: number; format: string; externalId: string | null; filename: string | null; byteLength: number; importedAt: string }[];
  /** The expected answer while open as of asOf (see libs/domain/src/forecast); null once answered or withdrawn. */
  forecast: AnswerForecastView | null;
}

/** What `termijnwacht status` prints: the verdict, or `not_yet_submitted` (all else null) before the submission date. */
export type QuestionStatusView =
  | {
      zaak: string | null;
      key: string;
      asOf: KamerDate;
      status: AnswerStatus;
      term: KamerDate;
      extendedTerm: KamerDate | null;
      daysToAnswer: number | null;
      daysOverTerm: number;
      daysOutstanding: number | null;
      deferrals: DeferralVerdict[];
    }
  | {
      zaak: string | null;
      key: string;
      asOf: KamerDate;
      status: NotYetSubmitted;
      term: null;
      extendedTerm: null;
      daysToAnswer: null;
      daysOverTerm: null;
      daysOutstanding: null;
      deferrals: [];
    };
