import type { EntityManager } from 'typeorm';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { CommitmentEntity, CommitmentEventEntity } from './commitment.entity.js';

type NewEvent = Omit<CommitmentEventEntity, 'id'>;

/** The review's and the editors' writes on commitment and commitment_event, inside the caller's transaction. */
export class CommitmentWriteRepository {
  constructor(private readonly manager: EntityManager) {}

  findById(id: number): Promise<CommitmentEntity | null> {
    return this.manager.getRepository(CommitmentEntity).findOne({ where: { id } });
  }

  /** The set a new commitment belongs to, by its zaak or its own key. */
  findQuestionSet(zaakOrKey: string): Promise<QuestionSetEntity | null> {
    return this.manager.getRepository(QuestionSetEntity).createQueryBuilder('qs').where('qs.zaak = :z OR qs.key = :z', { z: zaakOrKey }).getOne();
  }

  async update(id: number, patch: Partial<CommitmentEntity>): Promise<void> {
    await this.manager.getRepository(CommitmentEntity).update({ id }, patch);
  }

  async insert(row: Omit<CommitmentEntity, 'id'>): Promise<number> {
    const result = await this.manager.getRepository(CommitmentEntity).insert(row);
    return Number(result.identifiers[0].id);
  }

  /** Who did what and when: every change is logged in the same transaction as the change. */
  async logEvent(event: NewEvent): Promise<void> {
    await this.manager.getRepository(CommitmentEventEntity).insert(event);
  }
}
