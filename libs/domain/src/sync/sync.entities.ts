import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** How far each open-data feed has been read: the GewijzigdOp of the last record stored. */
@Entity('sync_cursor')
export class SyncCursorEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  feed: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  cursor: string | null;

  @Column({ type: 'integer' })
  recordsSeen: number;

  @Column({ type: 'varchar', length: 30 })
  updatedAt: string;
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
