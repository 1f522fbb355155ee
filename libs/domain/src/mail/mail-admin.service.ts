import type { DataSource } from 'typeorm';
import { writeTransaction } from '../database/write-transaction.js';
import type { MailStatus } from './mail-outbox.entity.js';
import { MailOutboxRepository, type OutboxSummary } from './mail-outbox.repository.js';

/** Puts a mail job back on the queue (JobProducer.retryOrEnqueue does it for MailSend). */
export interface MailJobRetrier {
  isAvailable(): boolean;
  retryMail(outboxId: number): Promise<void>;
}

export type MailRetryResult = 'retried' | 'not-failed' | 'not-found' | 'queue-unavailable';

/** What an admin sees of the mail outbox, and the retry of a failed mail. */
export class MailAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly retrier: MailJobRetrier,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  list(status: MailStatus | null, limit = 100): Promise<OutboxSummary[]> {
    return new MailOutboxRepository(this.dataSource.manager).list(status, Math.min(Math.max(limit, 1), 1000));
  }

  /** failed → pending, and its job retried with fresh attempts. Needs Redis: without it nothing changes. */
  async retry(outboxId: number): Promise<MailRetryResult> {
    if (!this.retrier.isAvailable()) return 'queue-unavailable';
    const reopened = await writeTransaction(this.dataSource, (m) => new MailOutboxRepository(m).reopenFailed(outboxId, this.clock().toISOString()));
    if (!reopened) return (await new MailOutboxRepository(this.dataSource.manager).findById(outboxId)) ? 'not-failed' : 'not-found';
    await this.retrier.retryMail(outboxId);
    return 'retried';
  }
}
