import type { DataSource } from 'typeorm';
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
const UNANSWERED = `(p."answeredDay" IS NULL OR p."answeredDay" > :asOfDay) AND (p."withdrawnDay" IS NULL OR p."withdrawnDay" > :asOfDay)`;
const TALLY = `
  COUNT(*) AS "count",
  SUM(CASE WHEN p."answeredDay" <= :asOfDay THEN 1 ELSE 0 END) AS "answered",
  SUM(CASE WHEN p."answeredDay" <= :asOfDay AND p."answeredInTerm" = 1 THEN 1 ELSE 0 END) AS "answeredOnTime",
  SUM(CASE WHEN ${UNANSWERED} AND :asOfDay > CASE WHEN p."firstDeferralDay" <= :asOfDay THEN p."extendedTermDay" ELSE p."termDay" END THEN 1 ELSE 0 END) AS "overdue",
  SUM(CASE WHEN p."firstDeferralDay" <= :asOfDay THEN 1 ELSE 0 END) AS "deferred",
  SUM(CASE WHEN p."firstDeferralDay" <= :asOfDay AND p."firstDeferralInTime" = 1 THEN 1 ELSE 0 END) AS "deferredInTime",
  MIN(CASE WHEN ${UNANSWERED} THEN p."submittedOn" END) AS "oldestOpenOn"`;

/**
 * The latency report's one query: the projection added up per group key and days to answer, as of a date.
 * Grouping by the days too yields each group's distribution of answer times, from which the median and p90 follow
 * exactly (percentileOfCounts), in one scan of the group key's covering index.
 */
export class LatencyTallyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async tally(groupBy: LatencyGroupBy, asOf: KamerDate, from: KamerDate | null, to: KamerDate | null): Promise<LatencyTallyRow[]> {
    const { table, key } = SOURCE[groupBy];
    const where = ['p."submittedOn" <= :asOf', ...(from ? ['p."submittedOn" >= :from'] : []), ...(to ? ['p."submittedOn" <= :to'] : [])];
    const sql = `SELECT p."${key}" AS "groupKey", p."daysToAnswer" AS "daysToAnswer", ${TALLY}
      FROM "${table}" p
      WHERE ${where.join(' AND ')}
      GROUP BY p."${key}", p."daysToAnswer"`;
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(sql, { asOf, asOfDay: toDayNumber(asOf), from, to });
    return this.dataSource.query(query, parameters);
  }

  /** The same tally, in one group, of the sets with no row in groupBy's table (ministry or minister): nobody named yet. */
  async tallyUnnamed(groupBy: 'ministry' | 'minister', asOf: KamerDate, from: KamerDate | null, to: KamerDate | null): Promise<LatencyTallyRow[]> {
    const { table } = SOURCE[groupBy];
    const where = ['p."submittedOn" <= :asOf', ...(from ? ['p."submittedOn" >= :from'] : []), ...(to ? ['p."submittedOn" <= :to'] : [])];
    const sql = `SELECT NULL AS "groupKey", p."daysToAnswer" AS "daysToAnswer", ${TALLY}
      FROM answer_term_projection p
      WHERE ${where.join(' AND ')} AND NOT EXISTS (SELECT 1 FROM "${table}" x WHERE x."questionSetId" = p."questionSetId")
      GROUP BY p."daysToAnswer"`;
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(sql, { asOf, asOfDay: toDayNumber(asOf), from, to });
    return this.dataSource.query(query, parameters);
  }
}
