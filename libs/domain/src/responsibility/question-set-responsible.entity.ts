import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who must answer a set, as resolveResponsibles decides it from the set's answerers and addressees: one row per
 * bewindspersoon (or post), position 0 the one the set is shown under when one name is needed. A derived copy,
 * rewritten with the answer-term projection by every writer of the set; a set without rows names nobody yet.
 */
@Entity('question_set_responsible')
export class QuestionSetResponsibleEntity {
  @PrimaryColumn({ type: 'integer' })
  questionSetId: number;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ type: 'integer', nullable: true })
  ministryId: number | null;

  /** "Minister van Justitie en Veiligheid (Grapperhaus)"; null only for a stored ministry without a minister. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  minister: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  personName: string | null;

  /** 'answerer', 'addressee' or 'stored' (see resolveResponsibles). */
  @Column({ type: 'varchar', length: 10 })
  source: string;
}
