import type { EntityManager } from 'typeorm';
import { DirectSql } from '../database/direct-sql.js';
import type {
  AnswerTermProjectionMinisterEntity,
  AnswerTermProjectionMinistryEntity,
} from '../answer-term-projection/answer-term-projection-responsible.entity.js';
import type { SetRowsReplacement } from '../answer-term-projection/answer-term-projection.repository.js';
import type { QuestionSetResponsibleEntity } from './question-set-responsible.entity.js';
import type { ResponsibleSources } from './resolve-responsibles.rule.js';

const SETS = `SELECT q."id", q."submittedOn", q."answeredOn", q."ministerLabel", m."slug" AS "ministrySlug" FROM question_set q LEFT JOIN ministry m ON m."id" = q."ministryId"`;
const ANSWERERS = `SELECT a."questionSetId" AS "id", p."name", a."role", a."position" FROM question_set_answerer a JOIN person p ON p."id" = a."personId"`;
const ADDRESSEES = `SELECT ad."questionSetId" AS "id", ad."role" FROM question_set_addressee ad`;
const TABLES = ['question_set_responsible', 'answer_term_projection_ministry', 'answer_term_projection_minister'];

type Id = number | string;

/** Who must answer each set, and the set's projection rows per ministry and per minister. */
export interface ResponsibleRows {
  responsibles: readonly QuestionSetResponsibleEntity[];
  perMinistry: readonly AnswerTermProjectionMinistryEntity[];
  perMinister: readonly AnswerTermProjectionMinisterEntity[];
}

/** All SQL of question_set_responsible and the projection rows per ministry and per minister. */
export class QuestionSetResponsibleRepository {
  private readonly sql: DirectSql;

  constructor(manager: EntityManager) {
    this.sql = new DirectSql(manager);
  }

  /** What resolveResponsibles reads of the sets among `ids` (every set when omitted). */
  async sources(ids?: readonly number[]): Promise<Array<{ id: number } & ResponsibleSources>> {
    let sets: { id: Id; submittedOn: string | null; answeredOn: string | null; ministerLabel: string | null; ministrySlug: string | null }[] = [];
    let answerers: { id: Id; name: string; role: string | null; position: number | string }[] = [];
    let addressees: { id: Id; role: string }[] = [];
    if (ids === undefined) {
      sets = await this.sql.select(SETS, []);
      answerers = await this.sql.select(ANSWERERS, []);
      addressees = await this.sql.select(ADDRESSEES, []);
    } else {
      // One fixed statement text per set (they stay prepared on SQLite), as the projection's own sources; on PostgreSQL
      // one round trip for all.
      const reads = await this.sql.selectMany(
        ids.flatMap((id) => [
          { sql: `${SETS} WHERE q."id" = ?`, values: [id] },
          { sql: `${ANSWERERS} WHERE a."questionSetId" = ?`, values: [id] },
          { sql: `${ADDRESSEES} WHERE ad."questionSetId" = ?`, values: [id] },
        ]),
      );
      for (let i = 0; i < reads.length; i += 3) {
        sets = sets.concat(reads[i] as unknown as typeof sets);
        answerers = answerers.concat(reads[i + 1] as unknown as typeof answerers);
        addressees = addressees.concat(reads[i + 2] as unknown as typeof addressees);
      }
    }
    const answerersOf = groupById(answerers.sort((a, b) => Number(a.position) - Number(b.position)));
    // No order is stored for addressees (the open data guarantees none): alphabetical, so every run agrees.
    const addresseesOf = groupById(addressees.sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0)));
    return sets.map((s) => ({
      id: Number(s.id),
      submittedOn: s.submittedOn,
      answeredOn: s.answeredOn,
      answerers: (answerersOf.get(Number(s.id)) ?? []).map((a) => ({ name: a.name, role: a.role })),
      addressees: (addresseesOf.get(Number(s.id)) ?? []).map((a) => a.role),
      stored: { ministrySlug: s.ministrySlug, ministerLabel: s.ministerLabel },
    }));
  }

  /** Replaces the rows of `ids` (all rows when omitted). */
  async replace(ids: readonly number[] | undefined, rows: ResponsibleRows): Promise<void> {
    const { tables, inserts } = QuestionSetResponsibleRepository.replacement(rows);
    await this.sql.replaceSetRows(tables, ids, inserts);
  }

  /** What replace() deletes and writes, for a caller that writes it with other tables' rows (the projection's). */
  static replacement(rows: ResponsibleRows): SetRowsReplacement {
    return {
      tables: TABLES,
      inserts: [
        { table: 'question_set_responsible', rows: rows.responsibles },
        { table: 'answer_term_projection_ministry', rows: rows.perMinistry },
        { table: 'answer_term_projection_minister', rows: rows.perMinister },
      ],
    };
  }
}

function groupById<T extends { id: Id }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(Number(row.id));
    if (list) list.push(row);
    else groups.set(Number(row.id), [row]);
  }
  return groups;
}
