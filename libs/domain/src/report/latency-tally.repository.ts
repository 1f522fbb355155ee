import type { DataSource } from 'typeorm';
import { DirectSql } from '../database/direct-sql.js';
import { toDayNumber, type KamerDate } from '../rules/kamer-date.util.js';
import type { LatencyGroupBy } from './report-view.js';

/** One (group key, days to answer) cell of the latency report, added up as of asOf. Counts may arrive as strings (PostgreSQL bigint). */
export interface LatencyTallyRow {
  groupKey: string | number | null;
  daysToAnswer: number | string | null;
  count: number | string;
  answered: number | string;
  answeredOnTime: number | string;
  overdue: number | string;
  deferred: number | string;
  deferredInTime: number | string;
  /** The earliest submission among the sets still unanswered (and not withdrawn) as of asOf. */
  oldestOpenOn: KamerDate | null;
}

// The table and column each groupBy adds up by; years add up from months in TypeScript. Parties come from the rows
// per party (a set asked by members of two parties counts for both; NO_PARTY stands for none).
const SOURCE: Record<LatencyGroupBy, { table: string; key: string }> = {
  // A set counts once for each ministry and each bewindspersoon that must answer it (see question_set_responsible).
  ministry: { table: 'answer_term_projection_ministry', key: 'ministryId' },
  minister: { table: 'answer_term_projection_minister', key: 'minister' },
  month: { table: 'answer_term_projection', key: 'submittedMonth' },
  year: { table: 'answer_term_projection', key: 'submittedMonth' },
  vergaderjaar: { table: 'answer_term_projection', key: 'vergaderjaar' },
  party: { table: 'answer_term_projection_party', key: 'party' },
};

// Which of a set's dates have passed by asOf decides its status (see projectAnswerTerm): answered and withdrawn
// exclude each other in the projection, and an unanswered set is overdue past the term that applies, which is the
// extended term once its first deferral has arrived.
const UNANSWERED = `(p."answeredDay" IS NULL OR p."answeredDay" > ?) AND (p."withdrawnDay" IS NULL OR p."withdrawnDay" > ?)`;
const TALLY = `
  COUNT(*) AS "count",
  SUM(CASE WHEN p."answeredDay" <= ? THEN 1 ELSE 0 END) AS "answered",
  SUM(CASE WHEN p."answeredDay" <= ? AND p."answeredInTerm" = 1 THEN 1 ELSE 0 END) AS "answeredOnTime",
  SUM(CASE WHEN ${UNANSWERED} AND ? > CASE WHEN p."firstDeferralDay" <= ? THEN p."extendedTermDay" ELSE p."termDay" END THEN 1 ELSE 0 END) AS "overdue",
  SUM(CASE WHEN p."firstDeferralDay" <= ? THEN 1 ELSE 0 END) AS "deferred",
  SUM(CASE WHEN p."firstDeferralDay" <= ? AND p."firstDeferralInTime" = 1 THEN 1 ELSE 0 END) AS "deferredInTime",
  MIN(CASE WHEN ${UNANSWERED} THEN p."submittedOn" END) AS "oldestOpenOn"`;
// Every marker in the tally's select list stands for the day number of asOf.
const TALLY_MARKERS = TALLY.split('?').length - 1;

/** The rows submitted by asOf, and within from–to when given: the WHERE conditions and their values, in order. */
function submittedWithin(asOf: KamerDate, from: KamerDate | null, to: KamerDate | null): { where: string; values: KamerDate[] } {
  const conditions: [string, KamerDate][] = [['p."submittedOn" <= ?', asOf]];
  if (from) conditions.push(['p."submittedOn" >= ?', from]);
  if (to) conditions.push(['p."submittedOn" <= ?', to]);
  return { where: conditions.map(([sql]) => sql).join(' AND '), values: conditions.map(([, value]) => value) };
}

function tallyValues(asOf: KamerDate): number[] {
  return new Array<number>(TALLY_MARKERS).fill(toDayNumber(asOf));
}

/**
 * The latency report's one query: the projection added up per group key and days to answer, as of a date.
 * Grouping by the days too yields each group's distribution of answer times, from which the median and p90 follow
 * exactly (percentileOfCounts), in one scan of the group key's covering index.
 */
export class LatencyTallyRepository {
  private readonly sql: DirectSql;

  constructor(dataSource: DataSource) {
    this.sql = new DirectSql(dataSource.manager);
  }

  async tally(groupBy: LatencyGroupBy, asOf: KamerDate, from: KamerDate | null, to: KamerDate | null): Promise<LatencyTallyRow[]> {
    const { table, key } = SOURCE[groupBy];
    const { where, values } = submittedWithin(asOf, from, to);
    const sql = `SELECT p."${key}" AS "groupKey", p."daysToAnswer" AS "daysToAnswer", ${TALLY}
      FROM "${table}" p
      WHERE ${where}
      GROUP BY p."${key}", p."daysToAnswer"`;
    return this.sql.select<LatencyTallyRow>(sql, [...tallyValues(asOf), ...values]);
  }

  /** The same tally, in one group, of the sets with no row in groupBy's table (ministry or minister): nobody named yet. */
  async tallyUnnamed(groupBy: 'ministry' | 'minister', asOf: KamerDate, from: KamerDate | null, to: KamerDate | null): Promise<LatencyTallyRow[]> {
    const { table } = SOURCE[groupBy];
    const { where, values } = submittedWithin(asOf, from, to);
    const sql = `SELECT NULL AS "groupKey", p."daysToAnswer" AS "daysToAnswer", ${TALLY}
      FROM answer_term_projection p
      WHERE ${where} AND NOT EXISTS (SELECT 1 FROM "${table}" x WHERE x."questionSetId" = p."questionSetId")
      GROUP BY p."daysToAnswer"`;
    return this.sql.select<LatencyTallyRow>(sql, [...tallyValues(asOf), ...values]);
  }
}
