import type { LatencyGroup } from '../report/report-view.js';
import type { LatencySummary } from '../rules/latency-stats.rule.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import type { AnswerStatus } from '../rules/answer-term.types.js';

// What the public pages show beyond the API's reports. Field names follow the reports' (LatencyGroup, OverdueItem).

export interface MemberView {
  slug: string;
  name: string;
  /** The party of the member's most recent question set, as the document gave it. */
  party: string | null;
  questionSets: number;
}

export interface MinistryView {
  slug: string;
  name: string;
  abbreviation: string;
  questionSets: number;
}

export interface OptionCount {
  value: string;
  label: string;
  count: number;
}

/** The choices for the filter forms: only values that occur in the data. */
export interface FilterOptions {
  ministries: OptionCount[];
  parties: OptionCount[];
  topics: OptionCount[];
  ministers: string[];
}

/** The latency of the sets matching a filter, overall and per group. */
export interface LatencyProfile {
  asOf: KamerDate;
  summary: LatencySummary;
  /** How many sets have each status as of asOf. */
  statusCounts: Partial<Record<AnswerStatus, number>>;
  byVergaderjaar: LatencyGroup[];
  /** Per month of submission ('YYYY-MM'), oldest first: the trend chart of a ministry's page. */
  byMonth: LatencyGroup[];
  byMinister: LatencyGroup[];
}

/** One all-day date to put in a calendar: the term or the extended term of a set. */
export interface TermEvent {
  key: string;
  zaak: string | null;
  title: string | null;
  kind: 'term' | 'extended_term';
  date: KamerDate;
  status: AnswerStatus | null;
  minister: string | null;
}

/** A set that went past the term that applied to it: dated the day after that term. */
export interface OverdueEvent {
  key: string;
  zaak: string | null;
  title: string | null;
  /** The term that applied (extended when a deferral counted). */
  term: KamerDate;
  becameOverdueOn: KamerDate;
  deferred: boolean;
  /** As of the feed's date: still overdue, or answered late since. */
  status: AnswerStatus | null;
  answeredOn: KamerDate | null;
  minister: string | null;
  submitters: { name: string; party: string | null }[];
}
