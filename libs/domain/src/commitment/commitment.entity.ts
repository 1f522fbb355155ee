import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CommitmentLifecycle = 'open' | 'fulfilled' | 'withdrawn';
export type CommitmentReviewState = 'extracted' | 'confirmed' | 'rejected' | 'corrected';

/** A toezegging made in an answer. `overdue` is not stored: it is a function of dueDate and a date. */
@Entity('commitment')
export class CommitmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** null for an official toezegging made in a debate rather than in an answer. */
  @Column({ type: 'integer', nullable: true })
  questionSetId: number | null;

  @Column({ type: 'integer', nullable: true })
  questionNumber: number | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer', nullable: true })
  spanStart: number | null;

  @Column({ type: 'integer', nullable: true })
  spanEnd: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  actor: string | null;

  @Column({ type: 'text', nullable: true })
  action: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  dueText: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  dueDate: string | null;

  /** True when no date was stated and the policy's default horizon supplied dueDate. */
  // No column default here: TypeORM re-reads a row after INSERT to learn defaults, one query per commitment.
  @Column({ type: 'boolean' })
  dueImplied: boolean;

  @Column({ type: 'varchar', length: 10 })
  strength: string;

  @Column({ type: 'text', nullable: true })
  origin: string | null;

  /** The extractor's confidence (0–1); null for manual and official commitments. */
  @Column({ type: 'real', nullable: true })
  confidence?: number | null;

  /** The construction that found it (active, passive, receiver, intention, conditional, reference, assent); null when not extracted. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  construction?: string | null;

  /** The date the commitment was made (the answer's date). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  madeOn: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: CommitmentLifecycle;

  @Column({ type: 'varchar', length: 500, nullable: true })
  fulfilledBy: string | null;

  /** The day it was fulfilled or withdrawn. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  closedOn: string | null;

  @Column({ type: 'varchar', length: 12 })
  reviewState: CommitmentReviewState;

  /** 'extracted' | 'manual' | 'official' */
  @Column({ type: 'varchar', length: 12 })
  source: string;

  /** Identifies an extracted commitment across re-imports (question number + sentence hash); null for manual ones. */
  @Column({ type: 'varchar', length: 120, nullable: true, unique: true })
  extractionKey: string | null;

  /** The Kamer's register number (TZ202412-116) of the official toezegging this is, or is linked to. */
  @Column({ type: 'varchar', length: 40, nullable: true, unique: true })
  officialNumber: string | null;

  /** Openstaand, Voldaan, Deels voldaan, Vervallen, Afgedaan, Deels afgedaan: as the register has it. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  officialStatus: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  ministry: string | null;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ type: 'varchar', length: 30 })
  updatedAt: string;
}

/** Who changed what and when: every review step and lifecycle change is kept. */
@Entity('commitment_event')
export class CommitmentEventEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  commitmentId: number;

  @Column({ type: 'varchar', length: 30 })
  at: string;

  @Column({ type: 'varchar', length: 200 })
  actor: string;

  @Column({ type: 'varchar', length: 30 })
  action: string;

  /** JSON of the fields changed: { field: [before, after] }. */
  @Column({ type: 'text' })
  changes: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
