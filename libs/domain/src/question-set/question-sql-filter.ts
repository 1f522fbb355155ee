import type { SelectQueryBuilder } from 'typeorm';
import { MinistryEntity } from '../ministry/ministry.entity.js';
import { PartyEntity, PersonEntity } from '../person/person.entity.js';
import { personKey, slugify } from '../person/person-key.util.js';
import { partyAbbreviation } from '../person/party-abbreviation.util.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { QuestionSetAnswererEntity, QuestionSetSubmitterEntity, QuestionSetTopicEntity } from './question-set-link.entities.js';

/**
 * What SQL can decide about a question set: its attributes, and (with `state`) whether it was answered, withdrawn or
 * neither by a date. The exact status needs the rules and is applied after, in TypeScript; `state` only narrows the
 * rows to read. Every condition is on the set aliased `q`.
 */
export interface QuestionSqlFilter {
  ministry?: string;
  /** Text in the minister label or in an answerer's name. */
  minister?: string;
  /** A submitter's name or key. */
  submitter?: string;
  /** A submitter's party, case-insensitive. */
  party?: string;
  topic?: string;
  submittedFrom?: KamerDate;
  submittedTo?: KamerDate;
  /** Text in the title. */
  text?: string;
  /** Only sets submitted on or before this date (they did not exist before). */
  submittedBy?: KamerDate;
  /** Only sets with a submission date: the rules need one. */
  datedOnly?: boolean;
  /**
   * Only these sets: what a rule decided outside SQL (a bewindspersoon's own tenure, see libs/domain/src/bewindspersoon).
   * An empty list matches nothing.
   */
  questionSetIds?: readonly number[];
  /** Keep sets in at least one of these states as of `asOf`. */
  state?: { asOf: KamerDate; states: ReadonlySet<'unanswered' | 'answered' | 'withdrawn'> };
}

/** `%text%` for LIKE, with the wildcards in the text escaped (ESCAPE '\'). */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Adds the filter's conditions to a query over question_set aliased `q`. */
export function applyQuestionFilter<T extends object>(qb: SelectQueryBuilder<T>, filter: QuestionSqlFilter): SelectQueryBuilder<T> {
  if (filter.datedOnly) qb.andWhere('q.submittedOn IS NOT NULL');
  if (filter.questionSetIds) {
    if (filter.questionSetIds.length === 0) qb.andWhere('1 = 0');
    else qb.andWhere('q.id IN (:...questionSetIds)', { questionSetIds: [...filter.questionSetIds] });
  }
  if (filter.ministry) {
    const ministry = qb.subQuery().select('m.id').from(MinistryEntity, 'm').where('m.slug = :ministry').getQuery();
    // Every ministry that must answer counts (question_set_responsible), not only the one the set is shown under.
    const responsible = qb
      .subQuery()
      .select('1')
      .from('question_set_responsible', 'fr')
      .where(`fr.questionSetId = q.id AND fr.ministryId = ${ministry}`)
      .getQuery();
    qb.andWhere(`(q.ministryId = ${ministry} OR EXISTS ${responsible})`, { ministry: filter.ministry });
  }
  if (filter.submittedFrom) qb.andWhere('q.submittedOn >= :submittedFrom', { submittedFrom: filter.submittedFrom });
  if (filter.submittedTo) qb.andWhere('q.submittedOn <= :submittedTo', { submittedTo: filter.submittedTo });
  if (filter.submittedBy) qb.andWhere('q.submittedOn <= :submittedBy', { submittedBy: filter.submittedBy });
  if (filter.text) qb.andWhere("LOWER(q.title) LIKE :text ESCAPE '\\'", { text: containsPattern(filter.text) });
  if (filter.minister) {
    const answerer = qb
      .subQuery()
      .select('1')
      .from(QuestionSetAnswererEntity, 'fa')
      .innerJoin(PersonEntity, 'fap', 'fap.id = fa.personId')
      .where("fa.questionSetId = q.id AND LOWER(fap.name) LIKE :minister ESCAPE '\\'")
      .getQuery();
    const responsible = qb
      .subQuery()
      .select('1')
      .from('question_set_responsible', 'fmr')
      .where("fmr.questionSetId = q.id AND LOWER(fmr.minister) LIKE :minister ESCAPE '\\'")
      .getQuery();
    qb.andWhere(`(LOWER(q.ministerLabel) LIKE :minister ESCAPE '\\' OR EXISTS ${answerer} OR EXISTS ${responsible})`, {
      minister: containsPattern(filter.minister),
    });
  }
  if (filter.submitter) {
    const submitter = qb
      .subQuery()
      .select('1')
      .from(QuestionSetSubmitterEntity, 'fs')
      .innerJoin(PersonEntity, 'fsp', 'fsp.id = fs.personId')
      .where("fs.questionSetId = q.id AND (fsp.slug = :submitterKey OR LOWER(fsp.name) LIKE :submitterText ESCAPE '\\')")
      .getQuery();
    qb.andWhere(`EXISTS ${submitter}`, { submitterKey: personKey(filter.submitter), submitterText: containsPattern(filter.submitter) });
  }
  if (filter.party) {
    const party = qb
      .subQuery()
      .select('1')
      .from(QuestionSetSubmitterEntity, 'fps')
      .innerJoin(PartyEntity, 'fpa', 'fpa.id = fps.partyId')
      .where('fps.questionSetId = q.id AND fpa.slug = :party')
      .getQuery();
    // "ChristenUnie" and "CU" are one party: parties are stored under their abbreviation.
    qb.andWhere(`EXISTS ${party}`, { party: slugify(partyAbbreviation(filter.party)) });
  }
  if (filter.topic) {
    const topic = qb.subQuery().select('1').from(QuestionSetTopicEntity, 'ft').where('ft.questionSetId = q.id AND LOWER(ft.topic) = :topic').getQuery();
    qb.andWhere(`EXISTS ${topic}`, { topic: filter.topic.toLowerCase() });
  }
  if (filter.state) applyStateFilter(qb, filter.state);
  return qb;
}

// The states by a date follow from the dates alone (DESIGN.md: only what had happened by the date counts):
// answered = an answer dated by then; withdrawn = a withdrawal by then with no earlier answer; else unanswered.
function applyStateFilter<T extends object>(qb: SelectQueryBuilder<T>, state: NonNullable<QuestionSqlFilter['state']>): void {
  const answered = 'q.answeredOn IS NOT NULL AND q.answeredOn <= :stateAsOf';
  const withdrawn = 'q.withdrawnOn IS NOT NULL AND q.withdrawnOn <= :stateAsOf AND (q.answeredOn IS NULL OR q.answeredOn > q.withdrawnOn)';
  const unanswered = '(q.answeredOn IS NULL OR q.answeredOn > :stateAsOf) AND (q.withdrawnOn IS NULL OR q.withdrawnOn > :stateAsOf)';
  const parts: string[] = [];
  if (state.states.has('answered')) parts.push(answered);
  if (state.states.has('withdrawn')) parts.push(withdrawn);
  if (state.states.has('unanswered')) parts.push(unanswered);
  if (parts.length === 0) qb.andWhere('1 = 0');
  else qb.andWhere(`((${parts.join(') OR (')}))`, { stateAsOf: state.asOf });
}
