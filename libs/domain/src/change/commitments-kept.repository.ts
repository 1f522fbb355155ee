import type { DataSource } from 'typeorm';
import { CommitmentEntity } from '../commitment/commitment.entity.js';
import { inChunks } from '../database/in-chunks.js';
import { MinistryEntity } from '../ministry/ministry.entity.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';

/** A commitment as the tally of kept commitments reads it, with the bewindspersoon of its set. */
export interface KeptCommitmentRow {
  status: 'open' | 'fulfilled' | 'withdrawn';
  closedOn: string | null;
  dueDate: string | null;
  madeOn: string | null;
  reviewState: string;
  ministerLabel: string | null;
}

const COLUMNS = [
  'c.status AS "status"',
  'c.closedOn AS "closedOn"',
  'c.dueDate AS "dueDate"',
  'c.madeOn AS "madeOn"',
  'c.reviewState AS "reviewState"',
  'q.ministerLabel AS "ministerLabel"',
];

/** The reads behind CommitmentsKeptService. */
export class CommitmentsKeptRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Made in the answers of the ministry's sets, and the ministry's official toezeggingen linked to no set. */
  ofMinistry(slug: string): Promise<KeptCommitmentRow[]> {
    return this.dataSource
      .createQueryBuilder()
      .from(CommitmentEntity, 'c')
      .leftJoin(QuestionSetEntity, 'q', 'q.id = c.questionSetId')
      .leftJoin(MinistryEntity, 'm', 'm.id = q.ministryId')
      .select(COLUMNS)
      .where('m.slug = :slug', { slug })
      .orWhere('c.questionSetId IS NULL AND LOWER(c.ministry) = (SELECT LOWER(m2.name) FROM ministry m2 WHERE m2.slug = :slug)', { slug })
      .getRawMany<KeptCommitmentRow>();
  }

  /** Made in the answers of the given sets. */
  async ofSets(ids: readonly number[]): Promise<KeptCommitmentRow[]> {
    const rows: KeptCommitmentRow[] = [];
    for (const chunk of inChunks(ids)) {
      rows.push(
        ...(await this.dataSource
          .createQueryBuilder()
          .from(CommitmentEntity, 'c')
          .innerJoin(QuestionSetEntity, 'q', 'q.id = c.questionSetId')
          .select(COLUMNS)
          .where('c.questionSetId IN (:...ids)', { ids: chunk })
          .getRawMany<KeptCommitmentRow>()),
      );
    }
    return rows;
  }
}
