import type { EntityManager } from 'typeorm';
import { DeferralEntity } from '../question-set/deferral.entity.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { AnswerTermProjectionEntity, AnswerTermProjectionPolicyEntity } from './answer-term-projection.entity.js';
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
    const sets: RawSource[] = [];
    const deferrals: { id: number | string; date: string }[] = [];
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
      if (part) {
        setQuery.andWhere('q.id IN (:...ids)', { ids: part });
        deferralQuery.andWhere('d.questionSetId IN (:...ids)', { ids: part });
      }
      sets.push(...(await setQuery.getRawMany<RawSource>()));
      deferrals.push(...(await deferralQuery.getRawMany<{ id: number | string; date: string }>()));
    }
    const datesOf = new Map<number, string[]>();
    for (const d of deferrals) {
      const list = datesOf.get(Number(d.id));
      if (list) list.push(d.date);
      else datesOf.set(Number(d.id), [d.date]);
    }
    return sets.map((s) => ({
      id: Number(s.id),
      facts: { submittedOn: s.submittedOn, answeredOn: s.answeredOn, withdrawnOn: s.withdrawnOn, deferralDates: datesOf.get(Number(s.id)) ?? [] },
      ministryId: s.ministryId === null ? null : Number(s.ministryId),
      ministerLabel: s.ministerLabel,
    }));
  }

  /** Replaces the rows of `ids` (all rows when omitted) by `rows`; a set without a row (undated) has none after. */
  async replace(ids: readonly number[] | undefined, rows: readonly AnswerTermProjection[]): Promise<void> {
    const table = this.manager.createQueryBuilder().delete().from(AnswerTermProjectionEntity);
    if (ids === undefined) await table.execute();
    else for (const part of chunks(ids, IDS_PER_QUERY)) await table.where('questionSetId IN (:...ids)', { ids: part }).execute();
    for (const part of chunks(rows, ROWS_PER_INSERT)) {
      await this.manager.createQueryBuilder().insert().into(AnswerTermProjectionEntity).values(part).updateEntity(false).execute();
    }
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
