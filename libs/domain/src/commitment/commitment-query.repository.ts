import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { MinistryEntity } from '../ministry/ministry.entity.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { CommitmentEntity, CommitmentEventEntity } from './commitment.entity.js';

export interface CommitmentRow extends CommitmentEntity {
  zaak: string | null;
  questionSetKey: string | null;
  setMinistry: string | null;
}

export interface CommitmentSqlFilter {
  reviewStates?: string[];
  actor?: string;
  ministry?: string;
  dueFrom?: string;
  dueTo?: string;
  zaak?: string;
  madeBy?: string;
  id?: number;
  /** `due` (the default: due date, undated first) or `confidence` (least sure first, so a clerk reviews the doubtful ones first). */
  sort?: CommitmentSort;
}

export type CommitmentSort = 'due' | 'confidence';
export const COMMITMENT_SORTS: readonly CommitmentSort[] = ['due', 'confidence'];

/** All reads of commitments. Status as of a date is applied by the service, with the pure rule. */
export class CommitmentQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(filter: CommitmentSqlFilter): Promise<CommitmentRow[]> {
    const qb = this.base();
    if (filter.id !== undefined) qb.andWhere('c.id = :id', { id: filter.id });
    if (filter.reviewStates?.length) qb.andWhere('c.reviewState IN (:...reviewStates)', { reviewStates: filter.reviewStates });
    if (filter.actor) qb.andWhere('LOWER(c.actor) LIKE :actor', { actor: `%${filter.actor.toLowerCase()}%` });
    if (filter.ministry) {
      qb.andWhere('(m.slug = :ministry OR LOWER(c.ministry) LIKE :ministryText)', {
        ministry: filter.ministry.toLowerCase(),
        ministryText: `%${filter.ministry.toLowerCase()}%`,
      });
    }
    if (filter.dueFrom) qb.andWhere('c.dueDate >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueTo) qb.andWhere('c.dueDate <= :dueTo', { dueTo: filter.dueTo });
    if (filter.zaak) qb.andWhere('(qs.zaak = :zaak OR qs.key = :zaak)', { zaak: filter.zaak });
    if (filter.madeBy) qb.andWhere('(c.madeOn IS NULL OR c.madeOn <= :madeBy)', { madeBy: filter.madeBy });
    // NULLS FIRST is SQLite's own order for ASC; PostgreSQL puts them last unless told.
    if (filter.sort === 'confidence') qb.orderBy('c.confidence', 'ASC', 'NULLS LAST');
    else qb.orderBy('c.dueDate', 'ASC', 'NULLS FIRST');
    const rows = await qb.addOrderBy('c.id', 'ASC').getRawMany<Record<string, unknown>>();
    return rows.map(toRow);
  }

  async history(commitmentId: number): Promise<CommitmentEventEntity[]> {
    return this.dataSource.getRepository(CommitmentEventEntity).find({ where: { commitmentId }, order: { id: 'ASC' } });
  }

  private base(): SelectQueryBuilder<CommitmentEntity> {
    return this.dataSource
      .createQueryBuilder(CommitmentEntity, 'c')
      .leftJoin(QuestionSetEntity, 'qs', 'qs.id = c.questionSetId')
      .leftJoin(MinistryEntity, 'm', 'm.id = qs.ministryId')
      .select('c.*')
      .addSelect('qs.zaak', 'zaak')
      .addSelect('qs.key', 'questionSetKey')
      .addSelect('m.name', 'setMinistry');
  }
}

/** Raw rows come back with driver types: SQLite booleans as 0/1. */
function toRow(raw: Record<string, unknown>): CommitmentRow {
  return { ...(raw as unknown as CommitmentRow), dueImplied: raw.dueImplied === true || raw.dueImplied === 1 || raw.dueImplied === '1' };
}
