import type { DataSource } from 'typeorm';
import { DirectSql } from '../database/direct-sql.js';
import { dialectOf, type Dialect } from '../database/dialect.util.js';
import type { PersonRef } from '../question-set/question-query.repository.js';
import { toDayNumber, type KamerDate } from '../rules/kamer-date.util.js';
import type { AnswerTermFacts } from '../rules/answer-term.types.js';
import { responsibleOfRow, type ResponsibleRef, type ResponsibleRow } from '../responsibility/responsible-read.repository.js';

/** A set that may be on the list as of the date: its facts for the rules, and what the list shows of it. */
export interface OverdueCandidate {
  id: number;
  facts: AnswerTermFacts;
  key: string;
  zaak: string | null;
  title: string | null;
  submitters: PersonRef[];
  responsibles: ResponsibleRef[];
}

// The sets unanswered and not withdrawn as of the date whose first term has passed: a superset of the overdue ones
// (a set in its extension is here too), read from the projection, whose policy is the one in force
// (ensureAnswerTermProjection). Three disjoint parts, each on a partial index (migration OpenSetIndexes): the sets
// with neither answer nor withdrawal, and those answered or withdrawn only after the date (none as of today). So the
// cost follows the list, not the history. The rules decide which candidates are overdue.
const CANDIDATES = `WITH c AS (
  SELECT "questionSetId" AS "id" FROM answer_term_projection WHERE "answeredDay" IS NULL AND "withdrawnDay" IS NULL AND "termDay" < ? AND "submittedOn" <= ?
  UNION ALL
  SELECT "questionSetId" FROM answer_term_projection WHERE "answeredDay" > ? AND "termDay" < ? AND "submittedOn" <= ?
  UNION ALL
  SELECT "questionSetId" FROM answer_term_projection WHERE "withdrawnDay" > ? AND "termDay" < ? AND "submittedOn" <= ?
)`;

/**
 * The rows `select` reads for each candidate, `select` ending in a WHERE on the candidate's id (c."id"). PostgreSQL's
 * planner prices a few thousand index probes above one scan of the whole table and hashes it (100,000 sets: ~300 ms,
 * growing with the history): a LATERAL subquery that cannot be pulled up (OFFSET 0) keeps it to one probe per
 * candidate, and the small tables joined inside it to one probe per row. SQLite probes anyway: a plain join.
 */
function perCandidate(dialect: Dialect, select: string, from: string, where: string): string {
  return dialect === 'postgres'
    ? `SELECT t.* FROM c CROSS JOIN LATERAL (SELECT ${select} FROM ${from} WHERE ${where} OFFSET 0) t`
    : `SELECT ${select} FROM c, ${from} WHERE ${where}`;
}

function statements(dialect: Dialect) {
  const read = (select: string, from: string, where: string, orderBy = '') => `${CANDIDATES} ${perCandidate(dialect, select, from, where)}${orderBy}`;
  return {
    sets: read('q."id", q."key", q."zaak", q."title", q."submittedOn", q."answeredOn", q."withdrawnOn"', 'question_set q', 'q."id" = c."id"'),
    deferrals: read('d."questionSetId" AS "id", d."date"', 'deferral d', 'd."questionSetId" = c."id" AND d."date" IS NOT NULL'),
    submitters: read(
      's."questionSetId" AS "id", s."position", p."name", pa."abbreviation" AS "party"',
      'question_set_submitter s JOIN person p ON p."id" = s."personId" LEFT JOIN party pa ON pa."id" = s."partyId"',
      's."questionSetId" = c."id"',
      ' ORDER BY 1, 2',
    ),
    responsibles: read(
      'r."questionSetId" AS "id", r."position", r."minister", m."slug", m."name"',
      'question_set_responsible r LEFT JOIN ministry m ON m."id" = r."ministryId"',
      'r."questionSetId" = c."id"',
      ' ORDER BY 1, 2',
    ),
  };
}

interface RawSet {
  id: number | string;
  key: string;
  zaak: string | null;
  title: string | null;
  submittedOn: string;
  answeredOn: string | null;
  withdrawnOn: string | null;
}

/**
 * The reads behind the Monday list: four statements, each joining the candidates (see CANDIDATES) with one table, so
 * no list of thousands of ids is sent and no table is scanned whole.
 */
export class OverdueListRepository {
  constructor(private readonly dataSource: DataSource) {}

  async candidates(asOf: KamerDate): Promise<OverdueCandidate[]> {
    const sql = new DirectSql(this.dataSource.manager);
    const text = statements(dialectOf(this.dataSource));
    const day = toDayNumber(asOf);
    const values = [day, asOf, day, day, asOf, day, day, asOf];
    // One after the other: run together on PostgreSQL, each plans parallel workers of its own and they crowd the
    // cores (measured slower on 2 cores); SQLite runs them one at a time anyway.
    const sets = await sql.select<RawSet>(text.sets, values);
    const deferrals = await sql.select<{ id: number | string; date: string }>(text.deferrals, values);
    const submitters = await sql.select<{ id: number | string; name: string; party: string | null }>(text.submitters, values);
    const responsibles = await sql.select<ResponsibleRow>(text.responsibles, values);
    const datesOf = new Map<number, string[]>();
    for (const d of deferrals) push(datesOf, Number(d.id), d.date);
    const submittersOf = new Map<number, PersonRef[]>();
    for (const s of submitters) push(submittersOf, Number(s.id), { name: s.name, party: s.party });
    const responsiblesOf = new Map<number, ResponsibleRef[]>();
    for (const row of responsibles) {
      const ref = responsibleOfRow(row);
      if (ref) push(responsiblesOf, Number(row.id), ref);
    }
    return sets.map((s) => {
      const id = Number(s.id);
      return {
        id,
        facts: { submittedOn: s.submittedOn, answeredOn: s.answeredOn, withdrawnOn: s.withdrawnOn, deferralDates: datesOf.get(id) ?? [] },
        key: s.key,
        zaak: s.zaak,
        title: s.title,
        submitters: submittersOf.get(id) ?? [],
        responsibles: responsiblesOf.get(id) ?? [],
      };
    });
  }
}

function push<T>(map: Map<number, T[]>, id: number, value: T): void {
  const list = map.get(id);
  if (list) list.push(value);
  else map.set(id, [value]);
}
