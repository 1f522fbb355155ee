import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// Kamer dates are stored as 'YYYY-MM-DD' strings: they compare correctly as text in SQLite and PostgreSQL alike,
// and a calendar day has no time zone to get wrong. Instants are ISO-8601 UTC strings for the same reason.

/** One set of written questions (one zaak), whichever document delivered it first. */
@Entity('question_set')
export class QuestionSetEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Public identifier: the zaak number, or the answer document id when a document names no zaak. */
  @Column({ type: 'varchar', length: 40, unique: true })
  key: string;

  @Column({ type: 'varchar', length: 20, nullable: true, unique: true })
  zaak: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** 'listing' titles are the question's own title; 'page' titles are the answer's heading. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  titleSource: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  questionDocumentId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  answerDocumentId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  documentNumber: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  submittedOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  answeredOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  withdrawnOn: string | null;

  /** The ministry that answered or, while unanswered, was addressed; drives per-ministry reports. */
  @Column({ type: 'integer', nullable: true })
  ministryId: number | null;

  /** Display name of the minister the set is grouped under in the Monday list. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  ministerLabel: string | null;

  /** The Kamer's own due date (Zaak.Termijn), when the open data fills it. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  officialTerm: string | null;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ type: 'varchar', length: 30 })
  updatedAt: string;
}
