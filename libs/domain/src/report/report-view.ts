import type { AnswerForecastView } from '../forecast/forecast-view.js';
import type { PersonRef } from '../question-set/question-query.repository.js';
import type { MinistryRef } from '../question-set/question-view.js';
import type { LatencySummary } from '../rules/latency-stats.rule.js';
import type { AnswerStatus } from '../rules/answer-term.types.js';
import type { KamerDate } from '../rules/kamer-date.util.js';

// The reports as the API returns them (and the CSV writes them). Field names are an outside interface: keep them.

export interface OverdueItem {
  zaak: string | null;
  key: string;
  title: string | null;
  submittedOn: KamerDate;
  term: KamerDate;
  extendedTerm: KamerDate | null;
  deferred: boolean;
  daysOutstanding: number;
  daysOverTerm: number;
  status: AnswerStatus;
  submitters: PersonRef[];
  /** The expected answer as of the list's date; only in OverdueReportService.reportWithForecasts. */
  forecast?: AnswerForecastView | null;
}

export interface OverdueGroup {
  minister: string;
  ministry: MinistryRef | null;
  count: number;
  items: OverdueItem[];
}

/** The Monday list: every set not answered within its term (three weeks, six after a deferral) as of asOf. */
export interface OverdueReport {
  asOf: KamerDate;
  total: number;
  groups: OverdueGroup[];
}

export const LATENCY_GROUP_BYS = ['ministry', 'minister', 'party', 'month', 'year', 'vergaderjaar'] as const;
export type LatencyGroupBy = (typeof LATENCY_GROUP_BYS)[number];

export interface LatencyGroup extends LatencySummary {
  group: string;
}

export interface LatencyReport {
  asOf: KamerDate;
  groupBy: LatencyGroupBy;
  from: KamerDate | null;
  to: KamerDate | null;
  groups: LatencyGroup[];
}

/** The CSV columns, in order: the group, then the summary fields. */
export const LATENCY_COLUMNS = [
  'group',
  'count',
  'answered',
  'medianDays',
  'meanDays',
  'p90Days',
  'shareOnTime',
  'shareWithDeferral',
  'shareDeferralsInTime',
  'longestOpenDays',
] as const satisfies readonly (keyof LatencyGroup)[];

/** The group sets with no known minister, ministry or party fall under, as on the Kamer's list. */
export const UNKNOWN_GROUP = 'Onbekend';
