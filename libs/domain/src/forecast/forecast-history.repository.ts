import type { DataSource } from 'typeorm';
import { ensureAnswerTermProjection } from '../answer-term-projection/ensure-answer-term-projection.js';
import { DirectSql } from '../database/direct-sql.js';
import { dialectOf } from '../database/dialect.util.js';
import type { Policy } from '../policy/policy.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { toDayNumber } from '../rules/kamer-date.util.js';
import { allocateHistory, NEVER, NO_MINISTRY, type PreparedHistory } from './forecast-history.js';
import type { SampleCount } from './survival-samples.js';

interface RawRow {
  questionSetId: number | string;
  ministryId: number | string | null;
  submittedOn: string;
  answeredDay: number | string | null;
  withdrawnDay: number | string | null;
  firstDeferralDay: number | string | null;
  termDay: number | string;
  extendedTermDay: number | string | null;
}

const COLUMNS = '"questionSetId", "ministryId", "submittedOn", "answeredDay", "withdrawnDay", "firstDeferralDay", "termDay", "extendedTermDay"';

// The samples of samplesAsOf (survival-samples.ts) counted in SQL, as of day ? (the first five markers): per set
// submitted by then, the end of what was seen of it (the answer or withdrawal that counts, else the day), whether that
// end is its answer, and the age of its first deferral (one after the answer never counts) if it had come by then.
// Grouped, 100,000 sets become a few thousand rows. `submitted` is the day number of "submittedOn" (dialect's own).
const SAMPLE_COUNTS = (submitted: string) => `SELECT g, t, e, a, COUNT(*) AS n FROM (
  SELECT g, en - sub AS t, CASE WHEN ans <= ? AND ans = en THEN 1 ELSE 0 END AS e, CASE WHEN fd <= en THEN fd - sub ELSE ${NEVER} END AS a FROM (
    SELECT g, sub, ans, fd, CASE WHEN ans <= wd AND ans <= ? THEN ans WHEN wd <= ? THEN wd ELSE ? END AS en FROM (
      SELECT COALESCE("ministryId", ${NO_MINISTRY}) AS g, ${submitted} AS sub, COALESCE("answeredDay", ${NEVER}) AS ans, COALESCE("withdrawnDay", ${NEVER}) AS wd,
        CASE WHEN "firstDeferralDay" <= COALESCE("answeredDay", ${NEVER}) THEN "firstDeferralDay" ELSE ${NEVER} END AS fd
      FROM answer_term_projection WHERE "submittedOn" <= ?
    ) s
  ) e
) c GROUP BY g, t, e, a`;
const SUBMITTED_DAY = {
  sqlite: `CAST(julianday("submittedOn") - 2440587.5 AS INTEGER)`,
  postgres: `(CAST("submittedOn" AS date) - DATE '1970-01-01')`,
};
// Ids per IN list.
const CHUNK = 5000;

const dayOr = (value: number | string | null, fallback: number) => (value === null ? fallback : Number(value));

/**
 * The history the forecast reads, straight from the answer-term projection: it already holds, per dated set, the
 * answer and the withdrawal that count, the first deferral and both terms as day numbers (see projectAnswerTerm), so
 * 100,000 sets need one narrow SELECT and no date parsing. The projection is rebuilt first when the policy changed.
 */
export class ForecastHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async prepared(policy: Policy, submittedBy: KamerDate | null = null): Promise<PreparedHistory> {
    await ensureAnswerTermProjection(this.dataSource, policy);
    const sql = new DirectSql(this.dataSource.manager);
    const rows = await sql.select<RawRow>(
      submittedBy === null ? `SELECT ${COLUMNS} FROM answer_term_projection` : `SELECT ${COLUMNS} FROM answer_term_projection WHERE "submittedOn" <= ?`,
      submittedBy === null ? [] : [submittedBy],
    );
    return historyOf(rows);
  }

  /** The history of the given sets only (those in the projection, in no particular order): the sets to forecast. */
  async ofSets(policy: Policy, ids: readonly number[]): Promise<PreparedHistory> {
    await ensureAnswerTermProjection(this.dataSource, policy);
    const sql = new DirectSql(this.dataSource.manager);
    let rows: RawRow[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      rows = rows.concat(
        await sql.select<RawRow>(`SELECT ${COLUMNS} FROM answer_term_projection WHERE "questionSetId" IN (${part.map(() => '?').join(', ')})`, part),
      );
    }
    return historyOf(rows);
  }

  /** The survival samples of every set submitted by `asOf` as of that day, counted (see SAMPLE_COUNTS). */
  async sampleCounts(policy: Policy, asOf: KamerDate): Promise<SampleCount[]> {
    await ensureAnswerTermProjection(this.dataSource, policy);
    const day = toDayNumber(asOf);
    const rows = await new DirectSql(this.dataSource.manager).select<Record<'g' | 't' | 'e' | 'a' | 'n', number | string>>(
      SAMPLE_COUNTS(SUBMITTED_DAY[dialectOf(this.dataSource)]),
      [day, day, day, day, asOf],
    );
    return rows.map((r) => ({ group: Number(r.g), time: Number(r.t), event: Number(r.e), deferralAge: Number(r.a), count: Number(r.n) }));
  }
}

function historyOf(rows: readonly RawRow[]): PreparedHistory {
  const n = rows.length;
  const h = allocateHistory(n);
  rows.forEach((r, i) => {
    h.ids[i] = Number(r.questionSetId);
    h.groups[i] = r.ministryId === null ? NO_MINISTRY : Number(r.ministryId);
    h.submitted[i] = toDayNumber(r.submittedOn);
    h.answered[i] = dayOr(r.answeredDay, NEVER);
    h.withdrawn[i] = dayOr(r.withdrawnDay, NEVER);
    const deferral = dayOr(r.firstDeferralDay, NEVER);
    // A first deferral after the answer extended nothing (as prepareHistory has it).
    h.firstDeferral[i] = deferral <= h.answered[i] ? deferral : NEVER;
    h.termDay[i] = Number(r.termDay);
    h.extendedTermDay[i] = dayOr(r.extendedTermDay, NEVER);
  });
  return h;
}
