import type { DataSource, EntityManager } from 'typeorm';
import { writeTransaction } from '../database/write-transaction.js';
import type { SubscriptionEntity } from '../subscription/subscription.entity.js';
import { SubscriptionRepository } from '../subscription/subscription.repository.js';
import type { MailOutboxEntity } from './mail-outbox.entity.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import type { MailTransport } from './mail-transport.factory.js';

export type MailSendResult = 'sent' | 'skipped' | 'cancelled';

/** The server refused the mail for good (5xx): retrying cannot help. */
export class PermanentMailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentMailError';
  }
}

function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** Why a mail must not go any more, or null. A confirmation mail goes to a pending subscription; nothing else does. */
function cancellation(row: MailOutboxEntity, subscription: SubscriptionEntity | null): string | null {
  if (row.subscriptionId === null || subscription === null) return 'the subscription was removed';
  if (subscription.status === 'unsubscribed') return 'the subscriber unsubscribed';
  if (row.kind !== 'confirm' && subscription.status !== 'active') return 'the subscription is not confirmed';
  return null;
}

type Claim = { kind: 'send'; row: MailOutboxEntity; resending: boolean } | { kind: 'skipped' } | { kind: 'cancelled' };

/**
 * Sends one mail_outbox row at most once per claim: the row is claimed (pending → sending) in a transaction, sent with
 * its fixed Message-ID, then marked sent. A row found in 'sending' was left by a worker that died mid-send; BullMQ
 * hands the stalled job to the next worker, which sends it again: the SMTP server never answered the first time, or
 * (in the few milliseconds between its answer and our commit) did, and the same Message-ID lets mail clients fold the copy.
 */
export class MailSendService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async send(outboxId: number, attempt: { final: boolean }): Promise<MailSendResult> {
    const claim = await writeTransaction(this.dataSource, (manager) => this.claim(manager, outboxId));
    if (claim.kind !== 'send') return claim.kind;
    const { row } = claim;
    let response: string;
    try {
      response = await this.transport.send({
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        messageId: row.messageId,
        unsubscribeUrl: row.unsubscribeUrl,
        date: new Date(row.createdAt),
        fileStem: `${row.createdAt.slice(0, 10)}-${row.id}-${row.kind}`,
      });
    } catch (error) {
      const permanent = isPermanent(error);
      const message = error instanceof Error ? error.message : String(error);
      await writeTransaction(this.dataSource, (manager) =>
        new MailOutboxRepository(manager).markAttemptFailed(row.id, message, attempt.final || permanent ? 'failed' : 'pending', this.now()),
      );
      throw permanent ? new PermanentMailError(message) : error;
    }
    await writeTransaction(this.dataSource, (manager) => new MailOutboxRepository(manager).markSent(row.id, response, this.now()));
    return 'sent';
  }

  private async claim(manager: EntityManager, outboxId: number): Promise<Claim> {
    const repo = new MailOutboxRepository(manager);
    const row = await repo.findById(outboxId);
    if (!row || (row.status !== 'pending' && row.status !== 'sending')) return { kind: 'skipped' };
    const subscription = row.subscriptionId === null ? null : await new SubscriptionRepository(manager).findById(row.subscriptionId);
    const reason = cancellation(row, subscription);
    if (reason) {
      await repo.markCancelled(row.id, reason, this.now());
      return { kind: 'cancelled' };
    }
    await repo.claim(row.id, this.now());
    return { kind: 'send', row, resending: row.status === 'sending' };
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
