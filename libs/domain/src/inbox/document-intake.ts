import type { OutboxRelay } from '../queue/outbox-relay.js';
import type { InboxStatus } from './document-inbox.entity.js';
import type { DocumentInboxService } from './document-inbox.service.js';

export interface AcceptedDocument {
  inboxId: number;
  /** 'queued' when the ingest job is on the queue; 'received' while Redis is down (the relay queues it later). */
  status: Extract<InboxStatus, 'received' | 'queued'>;
}

/** The asynchronous POST /documents: keep the text in document_inbox, then queue its import if Redis answers. */
export class DocumentIntake {
  constructor(
    private readonly inbox: DocumentInboxService,
    private readonly relay: OutboxRelay,
  ) {}

  async accept(bytes: Uint8Array, filename: string | null): Promise<AcceptedDocument> {
    const inboxId = await this.inbox.accept(bytes, filename);
    const queued = await this.relay.dispatchDocuments([inboxId]);
    return { inboxId, status: queued ? 'queued' : 'received' };
  }
}
