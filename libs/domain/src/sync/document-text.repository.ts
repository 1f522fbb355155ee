import type { DataSource, EntityManager } from 'typeorm';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { QuestionSetDocumentEntity } from './sync.entities.js';

/** A synced document's text state: how far reading its file has come. */
export type TextState = Pick<QuestionSetDocumentEntity, 'textState' | 'textError' | 'textAttempts' | 'textCheckedAt'>;

/** The synced documents whose files are still to be read, and the record of each attempt. */
export class DocumentTextRepository {
  constructor(private readonly manager: EntityManager) {}

  static of(dataSource: DataSource): DocumentTextRepository {
    return new DocumentTextRepository(dataSource.manager);
  }

  /** The next files by id after afterId: pending ones, and failed ones under maxAttempts not yet tried since runStartedAt. */
  async waiting(afterId: number, runStartedAt: string, maxAttempts: number, limit: number): Promise<QuestionSetDocumentEntity[]> {
    return this.manager
      .getRepository(QuestionSetDocumentEntity)
      .createQueryBuilder('d')
      .where('d.id > :afterId', { afterId })
      .andWhere('(d.textState = :pending OR (d.textState = :failed AND d.textAttempts < :max AND d.textCheckedAt < :runStartedAt))', {
        pending: 'pending',
        failed: 'failed',
        max: maxAttempts,
        runStartedAt,
      })
      .orderBy('d.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The set a document belongs to, or null when it was deleted since. */
  async setOf(document: Pick<QuestionSetDocumentEntity, 'questionSetId'>): Promise<QuestionSetEntity | null> {
    return this.manager.getRepository(QuestionSetEntity).findOne({ where: { id: document.questionSetId } });
  }

  async recordAttempt(id: number, state: TextState): Promise<void> {
    await this.manager.getRepository(QuestionSetDocumentEntity).update({ id }, state);
  }

  /** How many files are waiting, failed for good or read. */
  async backlog(): Promise<{ pending: number; failed: number; done: number }> {
    const rows = this.manager.getRepository(QuestionSetDocumentEntity);
    const [pending, failed, done] = await Promise.all([
      rows.count({ where: { textState: 'pending' } }),
      rows.count({ where: { textState: 'failed' } }),
      rows.count({ where: { textState: 'done' } }),
    ]);
    return { pending, failed, done };
  }
}
