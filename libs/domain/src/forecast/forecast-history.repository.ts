import type { DataSource } from 'typeorm';
import { ensureAnswerTermProjection } from '../answer-term-projection/ensure-answer-term-projection.js';
import { DirectSql } from '../database/direct-sql.js';
import type { Policy } from '../policy/policy.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { toDayNumber } from '../rules/kamer-date.util.js';
import { allocateHistory, NEVER, NO_MINISTRY, type PreparedHistory } from './forecast-history.js';

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
}
