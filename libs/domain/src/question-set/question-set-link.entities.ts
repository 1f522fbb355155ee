import { Column, Entity, PrimaryColumn } from 'typeorm';

// Join rows between a question set and the people, ministries and themes it concerns.
// Plain foreign-key columns, no TypeORM relations: the repositories write the joins out.

@Entity('question_set_submitter')
export class QuestionSetSubmitterEntity {
  @PrimaryColumn({ type: 'integer' })
  questionSetId: number;

  @PrimaryColumn({ type: 'integer' })
  personId: number;

  @Column({ type: 'integer' })
  position: number;

  /** The party as the document gave it at the time (members change party). */
  @Column({ type: 'integer', nullable: true })
  partyId: number | null;
}

@Entity('question_set_answerer')
export class QuestionSetAnswererEntity {
  @PrimaryColumn({ type: 'integer' })
  questionSetId: number;

  @PrimaryColumn({ type: 'integer' })
  personId: number;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  role: string | null;

  @Column({ type: 'integer', nullable: true })
  ministryId: number | null;

  @Column({ type: 'integer', nullable: true })
  partyId: number | null;
}

@Entity('question_set_addressee')
export class QuestionSetAddresseeEntity {
  @PrimaryColumn({ type: 'integer' })
  questionSetId: number;

  @PrimaryColumn({ type: 'varchar', length: 300 })
  role: string;

  @Column({ type: 'integer', nullable: true })
  ministryId: number | null;

  /** The order to show them in: the source's own order where it has one, else ministry then function. */
  @Column({ type: 'integer', default: 0 })
  position: number;
}

@Entity('question_set_topic')
export class QuestionSetTopicEntity {
  @PrimaryColumn({ type: 'integer' })
  questionSetId: number;

  @PrimaryColumn({ type: 'varchar', length: 120 })
  topic: string;
}
