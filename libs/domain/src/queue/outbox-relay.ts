import type { DataSource, EntityManager } from 'typeorm';
import { writeTransaction } from '../database/write-transaction.js';
import { DocumentInboxRepository } from '../inbox/document-inbox.repository.js';
import { MailOutboxRepository } from '../mail/mail-outbox.repository.js';
import type { JobItem } from './job-item.js';
import { JobName } from './job-name.enum.js';
import type { JobProducer } from './job-producer.js';
import { QueueUnavailableError } from './queue-unavailable.error.js';

// A row queued this long ago and still pending is queued again: Redis may have lost it (no persistence, a restart).
// The deterministic jobId makes that a no-op when the job is still there. On boot and on every reconnect every
// pending row is queued again at once (`everything`): a Redis that restarted empty has lost them all, and nobody
// should wait this long for a confirmation mail (issue 14, finding 10).
const REQUEUE_AFTER_MS = 30 * 60 * 1000;
const BATCH = 1000;

export interface RelayCounts {
  mail: number;
  documents: number;
}

/**
 * Moves work from the database outboxes (mail_outbox, document_inbox) onto the queues. Work is written to the
 * database first and queued second, so Redis being down delays it and never loses it: whatever could not be queued
 * is picked up by relay(), which runs at boot, on every reconnect and every few seconds.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RelayCounts> | null = null;
  private everythingWanted = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: JobProducer,
    private readonly clock: () => Date = () => new Date(),
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Queues these mails now if Redis answers; otherwise they wait for relay(). Never throws for a Redis outage. */
  async dispatchMail(outboxIds: readonly number[]): Promise<boolean> {
    const items: JobItem[] = outboxIds.map((outboxId) => ({ name: JobName.MailSend, data: { outboxId } }));
    return this.dispatch(items, (m, now) => new MailOutboxRepository(m).markQueued(outboxIds, now));
  }

  async dispatchDocuments(inboxIds: readonly number[]): Promise<boolean> {
    const items: JobItem[] = inboxIds.map((inboxId) => ({ name: JobName.DocumentIngest, data: { inboxId } }));
    return this.dispatch(items, (m, now) => new DocumentInboxRepository(m).markQueued(inboxIds, now));
  }

  /**
   * Queues every row that is waiting for the queue; with `everything`, also those queued recently (Redis may have
   * lost them). One run at a time; a second caller shares the run, and a request for everything made during a run
   * gets a run of its own after it.
   */
  relay(options: { everything?: boolean } = {}): Promise<RelayCounts> {
    if (options.everything) this.everythingWanted = true;
    this.running ??= this.relayLoop().finally(() => (this.running = null));
    return this.running;
  }

  /** Relays everything now and on every reconnect of the producer's Redis; what is overdue every `intervalMs`. */
  start(intervalMs: number): void {
    const tick = (everything: boolean) => void this.relay({ everything }).catch((error: Error) => this.log(`relay failed: ${error.message}`));
    this.producer.onReady(() => tick(true));
    this.timer = setInterval(() => tick(false), intervalMs);
    this.timer.unref();
    tick(true);
  }

  private async relayLoop(): Promise<RelayCounts> {
    const total = { mail: 0, documents: 0 };
    do {
      const everything = this.everythingWanted;
      this.everythingWanted = false;
      const counts = await this.relayOnce(everything);
      total.mail += counts.mail;
      total.documents += counts.documents;
    } while (this.everythingWanted && this.producer.isAvailable());
    return total;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  private async relayOnce(everything: boolean): Promise<RelayCounts> {
    if (!this.producer.isAvailable()) {
      // Not now: the next 'ready' asks for everything again.
      return { mail: 0, documents: 0 };
    }
    // Everything: each row queued before this run started. Rows this run marks get a queuedAt not before it, so the
    // batches below move on instead of meeting the same rows again.
    const before = new Date(this.clock().getTime() - (everything ? 0 : REQUEUE_AFTER_MS)).toISOString();
    const counts = { mail: 0, documents: 0 };
    for (;;) {
      const ids = await new MailOutboxRepository(this.dataSource.manager).idsToRelay(before, BATCH);
      if (ids.length === 0 || !(await this.dispatchMail(ids))) break;
      counts.mail += ids.length;
      if (ids.length < BATCH) break;
    }
    const inboxIds = await new DocumentInboxRepository(this.dataSource.manager).idsToRelay(before, BATCH);
    if (inboxIds.length > 0 && (await this.dispatchDocuments(inboxIds))) counts.documents = inboxIds.length;
    if (counts.mail + counts.documents > 0) this.log(`relayed ${counts.mail} mail(s) and ${counts.documents} document(s) to the queues`);
    return counts;
  }

  private async dispatch(items: JobItem[], markQueued: (manager: EntityManager, now: string) => Promise<void>): Promise<boolean> {
    if (items.length === 0) return true;
    try {
      await this.producer.enqueueMany(items);
    } catch (error) {
      if (error instanceof QueueUnavailableError) return false;
      throw error;
    }
    await writeTransaction(this.dataSource, (m) => markQueued(m, this.clock().toISOString()));
    return true;
  }
}
