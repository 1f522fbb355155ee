import type { EntityManager } from 'typeorm';
import { DocumentInboxEntity, type InboxStatus } from './document-inbox.entity.js';
import { inChunks } from '../database/in-chunks.js';

/** All SQL on document_inbox. */
export class DocumentInboxRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(compressed: string, filename: string | null, now: string): Promise<number> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(DocumentInboxEntity)
      .values({ text: '', compressed, filename, status: 'received', result: null, error: null, createdAt: now, queuedAt: null, processedAt: null })
      .execute();
    return Number(result.identifiers[0].id);
  }

  findById(id: number): Promise<DocumentInboxEntity | null> {
    return this.manager.getRepository(DocumentInboxEntity).findOne({ where: { id } });
  }

  /** The row without its text, for GET /documents/inbox/:id. */
  findState(id: number): Promise<Omit<DocumentInboxEntity, 'text'> | null> {
    return this.manager.getRepository(DocumentInboxEntity).findOne({
      where: { id },
      select: { id: true, filename: true, status: true, result: true, error: true, createdAt: true, queuedAt: true, processedAt: true },
    });
  }

  async finish(id: number, status: Extract<InboxStatus, 'done' | 'rejected'>, fields: { result?: string; error?: string }, now: string): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .update(DocumentInboxEntity)
      .set({ status, result: fields.result ?? null, error: fields.error ?? null, processedAt: now })
      .where('id = :id', { id })
      .execute();
  }

  /** Rows not processed yet that never reached the queue, or whose queueing is older than `requeueBefore`. */
  async idsToRelay(requeueBefore: string, limit: number): Promise<number[]> {
    const rows: Array<{ id: number }> = await this.manager
      .createQueryBuilder(DocumentInboxEntity, 'i')
      .select('i.id', 'id')
      .where('(i.status = :received OR (i.status = :queued AND i.queuedAt < :before))', { received: 'received', queued: 'queued', before: requeueBefore })
      .orderBy('i.id')
      .limit(limit)
      .getRawMany();
    return rows.map((r) => Number(r.id));
  }

  async markQueued(ids: readonly number[], now: string): Promise<void> {
    for (const chunk of inChunks(ids)) {
      await this.manager
        .createQueryBuilder()
        .update(DocumentInboxEntity)
        .set({ status: 'queued', queuedAt: now })
        .where('id IN (:...ids) AND status IN (:...open)', { ids: chunk, open: ['received', 'queued'] })
        .execute();
    }
  }
}
