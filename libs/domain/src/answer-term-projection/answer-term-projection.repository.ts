import type { EntityManager } from 'typeorm';
import { DirectSql } from '../database/direct-sql.js';
import type { AnswerTermProjectionPartyEntity } from './answer-term-projection.entity.js';
import type { AnswerTermProjection, ProjectionSource } from './project-answer-term.util.js';

/** Tables whose rows of some sets are deleted and written again, and the rows to write. */
export interface SetRowsReplacement {
  tables: readonly string[];
  inserts: { table: string; rows: readonly object[] }[];
}

interface RawSource {
  id: number | string;
  submittedOn: string;
  answeredOn: string | null;
  withdrawnOn: string | null;
  ministryId: number | string | null;
  ministerLabel: string | null;
}

const POLICY_ROW = 1;
const SETS = `SELECT "id", "submittedOn", "answeredOn", "withdrawnOn", "ministryId", "ministerLabel" FROM question_set WHERE "submittedOn" IS NOT NULL`;
const DEFERRALS = `SELECT "questionSetId" AS "id", "date" FROM deferral WHERE "date" IS NOT NULL`;
const PARTIES = `SELECT DISTINCT s."questionSetId" AS "id", pa."abbreviation" AS "party" FROM question_set_submitter s JOIN party pa ON pa."id" = s."partyId"`;
const TABLES = ['answer_term_projection', 'answer_term_projection_party'];

/**
 * All SQL of the projection: reading its sources, replacing its rows, and the policy it was computed under. Hand-written
 * (DirectSql) with one fixed statement text per set, because every document import refreshes a set: the statements
 * stay prepared and the refresh costs a few hundred microseconds.
 */
export class AnswerTermProjectionRepository {
  private readonly sql: DirectSql;

  constructor(manager: EntityManager) {
    this.sql = new DirectSql(manager);
  }

  async storedTermPolicy(): Promise<string | null> {
    const [row] = await this.sql.select<{ termPolicy: string }>('SELECT "termPolicy" FROM answer_term_projection_policy WHERE "id" = ?', [POLICY_ROW]);
    return row?.termPolicy ?? null;
  }

  async saveTermPolicy(termPolicy: string): Promise<void> {
    await this.sql.run('DELETE FROM answer_term_projection_policy WHERE "id" = ?', [POLICY_ROW]);
    await this.sql.insertRows('answer_term_projection_policy', [{ id: POLICY_ROW, termPolicy }]);
  }

  /** The dated sets among `ids` (every dated set when `ids` is omitted), with their deferral dates and parties. */
  async sources(ids?: readonly number[]): Promise<ProjectionSource[]> {
    let sets: RawSource[] = [];
    let deferrals: { id: number | string; date: string }[] = [];
    let parties: { id: number | string; party: string }[] = [];
    if (ids === undefined) {
      sets = await this.sql.select<RawSource>(SETS, []);
      deferrals = await this.sql.select(DEFERRALS, []);
      parties = await this.sql.select(PARTIES, []);
    } else {
      // One fixed statement text per set (they stay prepared on SQLite); on PostgreSQL one round trip for all.
      const reads = await this.sql.selectMany(
        ids.flatMap((id) => [
          { sql: `${SETS} AND "id" = ?`, values: [id] },
          { sql: `${DEFERRALS} AND "questionSetId" = ?`, values: [id] },
          { sql: `${PARTIES} WHERE s."questionSetId" = ?`, values: [id] },
        ]),
      );
      // concat, not push(...rows): many sets' rows can be more than a call's argument limit.
      for (let i = 0; i < reads.length; i += 3) {
        sets = sets.concat(reads[i] as unknown as RawSource[]);
        deferrals = deferrals.concat(reads[i + 1] as unknown as typeof deferrals);
        parties = parties.concat(reads[i + 2] as unknown as typeof parties);
      }
    }
    const datesOf = listsById(deferrals.map((d) => [d.id, d.date]));
    const partiesOf = listsById(parties.map((p) => [p.id, p.party]));
    return sets.map((s) => ({
      id: Number(s.id),
      facts: { submittedOn: s.submittedOn, answeredOn: s.answeredOn, withdrawnOn: s.withdrawnOn, deferralDates: datesOf.get(Number(s.id)) ?? [] },
      ministryId: s.ministryId === null ? null : Number(s.ministryId),
      ministerLabel: s.ministerLabel,
      parties: partiesOf.get(Number(s.id)) ?? [],
    }));
  }

  /**
   * Replaces the rows of `ids` (all rows when omitted) by `rows` and their `parties`; a set without a row (undated)
   * has none after. `alongside`: other tables' rows of the same sets, replaced in the same statements (on PostgreSQL one
   * DELETE and one INSERT statement in all, instead of two per repository).
   */
  async replace(
    ids: readonly number[] | undefined,
    rows: readonly AnswerTermProjection[],
    parties: readonly AnswerTermProjectionPartyEntity[],
    alongside: SetRowsReplacement = { tables: [], inserts: [] },
  ): Promise<void> {
    await this.sql.replaceSetRows([...TABLES, ...alongside.tables], ids, [
      { table: 'answer_term_projection', rows },
      { table: 'answer_term_projection_party', rows: parties },
      ...alongside.inserts,
    ]);
  }
}

function listsById(pairs: [number | string, string][]): Map<number, string[]> {
  const lists = new Map<number, string[]>();
  for (const [id, value] of pairs) {
    const list = lists.get(Number(id));
    if (list) list.push(value);
    else lists.set(Number(id), [value]);
  }
  return lists;
}
