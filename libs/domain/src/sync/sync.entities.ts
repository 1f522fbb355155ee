import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * How far each open-data feed has been read: the ApiGewijzigdOp and Id of the last record stored (as the API wrote
 * them), written in the same transaction as that record's page, and what the last run did.
 */
@Entity('sync_cursor')
export class SyncCursorEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  feed: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  cursor: string | null;

  /** The Id tie-break; null for a cursor written before it existed (then the next read uses `ge`). */
  @Column({ type: 'varchar', length: 60, nullable: true })
  cursorId: string | null;

  @Column({ type: 'integer' })
  recordsSeen: number;

  @Column({ type: 'integer', default: 0 })
  recordsStored: number;

  @Column({ type: 'integer', default: 0 })
  recordsSkipped: number;

  @Column({ type: 'integer', default: 0 })
  pagesRead: number;

  @Column({ type: 'varchar', length: 30 })
  updatedAt: string;

  /** When the last run of this feed started. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  lastRunAt: string | null;

  /** When a run last read this feed to its end: the data is current until the start of that run. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  lastCompletedAt: string | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** The `--since` date of a backfill under way: the same command after a crash resumes from the cursor. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  backfillFrom: string | null;
}

/** A zaak of the API stored as a question set: its Id, so a deletion placeholder (Id only) finds the set. */
@Entity('official_zaak')
export class OfficialZaakEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  apiId: string;

  @Column({ type: 'varchar', length: 20 })
  zaak: string;

  @Column({ type: 'integer' })
  questionSetId: number;
}

/** A ZaakActor as the API gave it: the set's submitters and addressees are derived from these rows. */
@Entity('official_actor')
export class OfficialActorEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  apiId: string;

  @Column({ type: 'integer' })
  questionSetId: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  relation: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  name: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  party: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  function: string | null;
}

/** A deletion the API announced (a `Verwijderd` placeholder) and what it removed, with when the sync saw it. */
@Entity('sync_deletion')
export class SyncDeletionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 30 })
  entity: string;

  @Column({ type: 'varchar', length: 60 })
  apiId: string;

  @Column({ type: 'integer', nullable: true })
  questionSetId: number | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  apiChangedAt: string | null;

  @Column({ type: 'varchar', length: 30 })
  seenAt: string;
}

/** A document of the Kamer's that belongs to a set: the question, the answer, a further (nader) answer, a notice. */
@Entity('question_set_document')
export class QuestionSetDocumentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  questionSetId: number;

  @Column({ type: 'varchar', length: 40 })
  documentNumber: string;

  @Column({ type: 'varchar', length: 20 })
  role: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  date: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  /** The document's Id in the API. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  apiId: string | null;

  /** The file's ContentType as the API gives it; null when the document has no file. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  contentType: string | null;

  /** Its text: 'pending' (to fetch), 'done', 'failed' (retried later), null (no file or not a text we read). */
  @Column({ type: 'varchar', length: 12, nullable: true })
  textState: string | null;

  @Column({ type: 'text', nullable: true })
  textError: string | null;

  @Column({ type: 'integer', default: 0 })
  textAttempts: number;

  @Column({ type: 'varchar', length: 30, nullable: true })
  textCheckedAt: string | null;
}

/** Where a parsed document and the official record disagreed: the official value was kept, this row remembers the other. */
@Entity('data_conflict')
export class DataConflictEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  questionSetId: number;

  @Column({ type: 'varchar', length: 40 })
  field: string;

  @Column({ type: 'text', nullable: true })
  storedValue: string | null;

  @Column({ type: 'text', nullable: true })
  officialValue: string | null;

  @Column({ type: 'varchar', length: 30 })
  at: string;
}
