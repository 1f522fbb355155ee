import type { EntityManager } from 'typeorm';
import { MailOutboxEntity, type MailStatus } from './mail-outbox.entity.js';
import { inChunks } from '../database/in-chunks.js';

export type NewOutboxMail = Pick<
  MailOutboxEntity,
  'key' | 'kind' | 'subscriptionId' | 'toAddress' | 'subject' | 'textBody' | 'htmlBody' | 'unsubscribeUrl' | 'messageId'
>;

export interface OutboxSummary {
  id: number;
  key: string;
  kind: string;
  subscriptionId: number | null;
  toAddress: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

/** All SQL on mail_outbox. Writes take the manager of the caller's writeTransaction. */
export class MailOutboxRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Inserts the mail unless one with the same key exists; returns the row's id and whether it is new. */
  async insertOnce(mail: NewOutboxMail, now: string): Promise<{ id: number; created: boolean }> {
    const existing = await this.manager.getRepository(MailOutboxEntity).findOne({ where: { key: mail.key }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(MailOutboxEntity)
      .values({ ...mail, status: 'pending', attempts: 0, lastError: null, smtpResponse: null, createdAt: now, updatedAt: now, queuedAt: null, sentAt: null })
      .execute();
    return { id: Number(result.identifiers[0].id), created: true };
  }

  /** id and status of the rows with these keys. */
  async findByKeys(keys: readonly string[]): Promise<Map<string, { id: number; status: MailStatus }>> {
    const found = new Map<string, { id: number; status: MailStatus }>();
    for (const chunk of inChunks(keys)) {
      const rows = await this.manager
        .createQueryBuilder(MailOutboxEntity, 'm')
        .select(['m.id', 'm.key', 'm.status'])
        .where('m.key IN (:...keys)', { keys: chunk })
        .getMany();
      for (const r of rows) found.set(r.key, { id: r.id, status: r.status });
    }
    return found;
  }

  findById(id: number): Promise<MailOutboxEntity | null> {
    return this.manager.getRepository(MailOutboxEntity).findOne({ where: { id } });
  }

  /** pending (or sending, left by a crash) → sending, counting the attempt. False when another state holds. */
  async claim(id: number, now: string): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(MailOutboxEntity)
      .set({ status: 'sending', attempts: () => 'attempts + 1', updatedAt: now })
      .where('id = :id AND status IN (:...from)', { id, from: ['pending', 'sending'] })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async markSent(id: number, response: string, now: string): Promise<void> {
    await this.setFields(id, { status: 'sent', smtpResponse: response.slice(0, 500), lastError: null, sentAt: now, updatedAt: now });
  }

  /** After a failed attempt: back to pending for the next one, or failed when none is left. */
  async markAttemptFailed(id: number, error: string, status: 'pending' | 'failed', now: string): Promise<void> {
    await this.setFields(id, { status, lastError: error.slice(0, 2000), updatedAt: now });
  }

  async markCancelled(id: number, reason: string, now: string): Promise<void> {
    await this.setFields(id, { status: 'cancelled', lastError: reason, updatedAt: now });
  }

  /** failed → pending for an admin's retry; the attempts count keeps the history. */
  async reopenFailed(id: number, now: string): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(MailOutboxEntity)
      .set({ status: 'pending', updatedAt: now, queuedAt: null })
      .where('id = :id AND status = :failed', { id, failed: 'failed' })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async cancelPendingFor(subscriptionId: number, reason: string, now: string): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .update(MailOutboxEntity)
      .set({ status: 'cancelled', lastError: reason, updatedAt: now })
      .where('subscriptionId = :subscriptionId AND status = :pending', { subscriptionId, pending: 'pending' })
      .execute();
  }

  /** Pending rows that never reached the queue, or whose queueing is older than `requeueBefore` (Redis may have lost it). */
  async idsToRelay(requeueBefore: string, limit: number): Promise<number[]> {
    const rows: Array<{ id: number }> = await this.manager
      .createQueryBuilder(MailOutboxEntity, 'm')
      .select('m.id', 'id')
      .where('m.status = :pending', { pending: 'pending' })
      .andWhere('(m.queuedAt IS NULL OR m.queuedAt < :before)', { before: requeueBefore })
      .orderBy('m.id')
      .limit(limit)
      .getRawMany();
    return rows.map((r) => Number(r.id));
  }

  async markQueued(ids: readonly number[], now: string): Promise<void> {
    for (const chunk of inChunks(ids)) {
      await this.manager.createQueryBuilder().update(MailOutboxEntity).set({ queuedAt: now }).where('id IN (:...ids)', { ids: chunk }).execute();
    }
  }

  async list(status: MailStatus | null, limit: number): Promise<OutboxSummary[]> {
    const qb = this.manager
      .createQueryBuilder(MailOutboxEntity, 'm')
      .select([
        'm.id',
        'm.key',
        'm.kind',
        'm.subscriptionId',
        'm.toAddress',
        'm.subject',
        'm.status',
        'm.attempts',
        'm.lastError',
        'm.createdAt',
        'm.updatedAt',
        'm.sentAt',
      ])
      .orderBy('m.id', 'DESC')
      .limit(limit);
    if (status) qb.where('m.status = :status', { status });
    return qb.getMany();
  }

  private async setFields(id: number, fields: Partial<MailOutboxEntity>): Promise<void> {
    await this.manager.createQueryBuilder().update(MailOutboxEntity).set(fields).where('id = :id', { id }).execute();
  }
}
