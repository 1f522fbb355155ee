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

interface PerCandidate {
  /** The table read per candidate, its alias, and its column holding the set's id. */
  table: string;
  alias: string;
  column: string;
  select: string;
  /** Small tables joined to each row read (people, parties, ministries). */
  joins?: string;
  where?: string;
  orderBy?: string;
}

/**
 * The rows of `table` for each candidate. PostgreSQL's planner prices a few thousand index probes above one scan of
 * the whole table and hashes it (100,000 sets: ~300 ms, growing with the history): a LATERAL subquery that cannot be
 * pulled up (OFFSET 0) keeps it to one probe per candidate, and materialising those rows before the small tables are
 * joined keeps it from scanning a small table once per candidate. SQLite probes anyway: plain joins.
 */
function perCandidate(dialect: Dialect, r: PerCandidate): string {
  const tail = `${r.joins ?? ''}${r.where ? ` WHERE ${r.where}` : ''}${r.orderBy ? ` ORDER BY ${r.orderBy}` : ''}`;
  if (dialect === 'postgres') {
    return `${CANDIDATES}, t AS MATERIALIZED (SELECT x.* FROM c CROSS JOIN LATERAL (SELECT * FROM ${r.table} y WHERE y."${r.column}" = c."id" OFFSET 0) x)
      SELECT ${r.select} FROM t ${r.alias} ${tail}`;
  }
  return `${CANDIDATES} SELECT ${r.select} FROM c JOIN ${r.table} ${r.alias} ON ${r.alias}."${r.column}" = c."id" ${tail}`;
}

function statements(dialect: Dialect) {
  return {
    sets: perCandidate(dialect, {
      table: 'question_set',
      alias: 'q',
      column: 'id',
      select: 'q."id", q."key", q."zaak", q."title", q."submittedOn", q."answeredOn", q."withdrawnOn"',
    }),
    deferrals: perCandidate(dialect, {
      table: 'deferral',
      alias: 'd',
      column: 'questionSetId',
      select: 'd."questionSetId" AS "id", d."date"',
      where: 'd."date" IS NOT NULL',
    }),
    submitters: perCandidate(dialect, {
      table: 'question_set_submitter',
      alias: 's',
      column: 'questionSetId',
      select: 's."questionSetId" AS "id", p."name", pa."abbreviation" AS "party"',
      joins: ' JOIN person p ON p."id" = s."personId" LEFT JOIN party pa ON pa."id" = s."partyId"',
      orderBy: 's."questionSetId", s."position"',
    }),
    responsibles: perCandidate(dialect, {
      table: 'question_set_responsible',
      alias: 'r',
      column: 'questionSetId',
      select: 'r."questionSetId" AS "id", r."minister", r."personName", m."slug", m."name"',
      joins: ' LEFT JOIN ministry m ON m."id" = r."ministryId"',
      orderBy: 'r."questionSetId", r."position"',
    }),
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
