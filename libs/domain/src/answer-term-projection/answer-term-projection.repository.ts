import type { EntityManager } from 'typeorm';
import { PartyEntity } from '../person/person.entity.js';
import { DeferralEntity } from '../question-set/deferral.entity.js';
import { QuestionSetSubmitterEntity } from '../question-set/question-set-link.entities.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { AnswerTermProjectionEntity, AnswerTermProjectionPartyEntity, AnswerTermProjectionPolicyEntity } from './answer-term-projection.entity.js';
import type { AnswerTermProjection, ProjectionSource } from './project-answer-term.util.js';

interface RawSource {
  id: number | string;
  submittedOn: string;
  answeredOn: string | null;
  withdrawnOn: string | null;
  ministryId: number | string | null;
  ministerLabel: string | null;
}

// Bound parameters per statement stay far below SQLite's and PostgreSQL's limits (32,766 and 65,535).
const IDS_PER_QUERY = 500;
const ROWS_PER_INSERT = 400;
const POLICY_ROW = 1;

/** All SQL of the projection: reading its sources, replacing its rows, and the policy it was computed under. */
export class AnswerTermProjectionRepository {
  constructor(private readonly manager: EntityManager) {}

  async storedTermPolicy(): Promise<string | null> {
    const row = await this.manager.getRepository(AnswerTermProjectionPolicyEntity).findOne({ where: { id: POLICY_ROW } });
    return row?.termPolicy ?? null;
  }

  async saveTermPolicy(termPolicy: string): Promise<void> {
    await this.manager.getRepository(AnswerTermProjectionPolicyEntity).delete({ id: POLICY_ROW });
    await this.manager.getRepository(AnswerTermProjectionPolicyEntity).insert({ id: POLICY_ROW, termPolicy });
  }

  /** The dated sets among `ids` (every dated set when `ids` is omitted), with their deferral dates. */
  async sources(ids?: readonly number[]): Promise<ProjectionSource[]> {
    let sets: RawSource[] = [];
    let deferrals: { id: number | string; date: string }[] = [];
    let parties: { id: number | string; party: string }[] = [];
    for (const part of ids === undefined ? [undefined] : chunks(ids, IDS_PER_QUERY)) {
      const setQuery = this.manager
        .createQueryBuilder()
        .from(QuestionSetEntity, 'q')
        .select('q.id', 'id')
        .addSelect('q.submittedOn', 'submittedOn')
        .addSelect('q.answeredOn', 'answeredOn')
        .addSelect('q.withdrawnOn', 'withdrawnOn')
        .addSelect('q.ministryId', 'ministryId')
        .addSelect('q.ministerLabel', 'ministerLabel')
        .where('q.submittedOn IS NOT NULL');
      const deferralQuery = this.manager
        .createQueryBuilder()
        .from(DeferralEntity, 'd')
        .select('d.questionSetId', 'id')
        .addSelect('d.date', 'date')
        .where('d.date IS NOT NULL');
      const partyQuery = this.manager
        .createQueryBuilder()
        .from(QuestionSetSubmitterEntity, 's')
        .innerJoin(PartyEntity, 'pa', 'pa.id = s.partyId')
        .select('s.questionSetId', 'id')
        .addSelect('pa.abbreviation', 'party')
        .distinct(true);
      if (part) {
        setQuery.andWhere('q.id IN (:...ids)', { ids: part });
        deferralQuery.andWhere('d.questionSetId IN (:...ids)', { ids: part });
        partyQuery.where('s.questionSetId IN (:...ids)', { ids: part });
      }
      // concat, not push(...rows): a rebuild reads 100,000s of rows, more than a call's argument limit.
      sets = sets.concat(await setQuery.getRawMany<RawSource>());
      deferrals = deferrals.concat(await deferralQuery.getRawMany<{ id: number | string; date: string }>());
      parties = parties.concat(await partyQuery.getRawMany<{ id: number | string; party: string }>());
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
   * has none after.
   */
  async replace(ids: readonly number[] | undefined, rows: readonly AnswerTermProjection[], parties: readonly AnswerTermProjectionPartyEntity[]): Promise<void> {
    for (const entity of [AnswerTermProjectionEntity, AnswerTermProjectionPartyEntity]) {
      const table = this.manager.createQueryBuilder().delete().from(entity);
      if (ids === undefined) await table.execute();
      else for (const part of chunks(ids, IDS_PER_QUERY)) await table.where('questionSetId IN (:...ids)', { ids: part }).execute();
    }
    for (const part of chunks(rows, ROWS_PER_INSERT)) {
      await this.manager.createQueryBuilder().insert().into(AnswerTermProjectionEntity).values(part).updateEntity(false).execute();
    }
    for (const part of chunks(parties, ROWS_PER_INSERT)) {
      await this.manager.createQueryBuilder().insert().into(AnswerTermProjectionPartyEntity).values(part).updateEntity(false).execute();
    }
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

function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
