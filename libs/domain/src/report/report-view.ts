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
  /** Everyone who must answer the set (it is listed under each); empty while the documents name nobody. */
  ministers: string[];
  ministries: MinistryRef[];
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
  /** Sets, each counted once however many groups it is listed in. */
  total: number;
  groups: OverdueGroup[];
  /** The overdue sets whose documents name no addressee or answerer yet; in no group. */
  unknownAddressee: UnknownAddressee<OverdueItem>;
}

/** Sets whose documents name no addressee or answerer: listed apart, with the reason, never as a ministry. */
export interface UnknownAddressee<T> {
  reason: string;
  count: number;
  items: T[];
}

export const UNKNOWN_ADDRESSEE_REASON =
  'De documenten van deze vragensets noemen geen adressaat en geen beantwoorder; termijnwacht sync vult dat aan uit de open data van de Kamer.';

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
  /**
   * For groupBy ministry and minister: the sets that name no addressee or answerer (in no group), with the reason;
   * null for the other groupBys. A set answered by several ministries counts once here and once in each of their groups.
   */
  unknownAddressee: (LatencySummary & { reason: string }) | null;
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

/** The group sets with no known party fall under (ministries and ministers have none: see unknownAddressee). */
export const UNKNOWN_GROUP = 'Onbekend';
