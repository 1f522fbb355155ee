import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** received (in the database) → queued (on the ingest queue) → done | rejected. */
export type InboxStatus = 'received' | 'queued' | 'done' | 'rejected';

/**
 * A document accepted asynchronously (POST /documents with Prefer: respond-async). Kept here first, so a document
 * accepted while Redis is down is not lost: the relay queues every row still 'received' when Redis answers again.
 */
@Entity('document_inbox')
export class DocumentInboxEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The text, for rows accepted before `compressed` existed; '' since. */
  @Column({ type: 'text' })
  text: string;

  /** The document's bytes as received, gzip-compressed, base64: decoded by the worker. */
  @Column({ type: 'text', nullable: true })
  compressed: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  filename: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: InboxStatus;

  /** JSON of the import outcome (outcome, key, zaak, warnings) once done. */
  @Column({ type: 'text', nullable: true })
  result: string | null;

  /** Why the document was refused, with its line when known. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  queuedAt: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  processedAt: string | null;
}
