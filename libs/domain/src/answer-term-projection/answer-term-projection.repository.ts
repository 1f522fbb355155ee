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
    // concat, not push(...rows): a rebuild reads 100,000s of rows, more than a call's argument limit.
    for (const id of ids ?? [null]) {
      const only = id === null ? [] : [id];
      sets = sets.concat(await this.sql.select<RawSource>(id === null ? SETS : `${SETS} AND "id" = ?`, only));
      deferrals = deferrals.concat(
        await this.sql.select<{ id: number | string; date: string }>(id === null ? DEFERRALS : `${DEFERRALS} AND "questionSetId" = ?`, only),
      );
      parties = parties.concat(
        await this.sql.select<{ id: number | string; party: string }>(id === null ? PARTIES : `${PARTIES} WHERE s."questionSetId" = ?`, only),
      );
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
    const tables = [...TABLES, ...alongside.tables];
    if (ids === undefined) for (const table of tables) await this.sql.run(`DELETE FROM ${table}`, []);
    else await this.sql.deleteSetRows(tables, ids);
    await this.sql.insertIntoTables([
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
