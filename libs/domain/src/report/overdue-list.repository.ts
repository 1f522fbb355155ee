import type { DataSource } from 'typeorm';
import { DirectSql } from '../database/direct-sql.js';
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

const SETS = `${CANDIDATES} SELECT q."id", q."key", q."zaak", q."title", q."submittedOn", q."answeredOn", q."withdrawnOn" FROM c JOIN question_set q ON q."id" = c."id"`;
const DEFERRALS = `${CANDIDATES} SELECT d."questionSetId" AS "id", d."date" FROM c JOIN deferral d ON d."questionSetId" = c."id" WHERE d."date" IS NOT NULL`;
const SUBMITTERS = `${CANDIDATES} SELECT s."questionSetId" AS "id", p."name", pa."abbreviation" AS "party" FROM c
  JOIN question_set_submitter s ON s."questionSetId" = c."id" JOIN person p ON p."id" = s."personId" LEFT JOIN party pa ON pa."id" = s."partyId"
  ORDER BY s."questionSetId", s."position"`;
const RESPONSIBLES = `${CANDIDATES} SELECT r."questionSetId" AS "id", r."minister", m."slug", m."name" FROM c
  JOIN question_set_responsible r ON r."questionSetId" = c."id" LEFT JOIN ministry m ON m."id" = r."ministryId"
  ORDER BY r."questionSetId", r."position"`;

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
    const day = toDayNumber(asOf);
    const values = [day, asOf, day, day, asOf, day, day, asOf];
    const [sets, deferrals, submitters, responsibles] = await Promise.all([
      sql.select<RawSet>(SETS, values),
      sql.select<{ id: number | string; date: string }>(DEFERRALS, values),
      sql.select<{ id: number | string; name: string; party: string | null }>(SUBMITTERS, values),
      sql.select<ResponsibleRow>(RESPONSIBLES, values),
    ]);
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
