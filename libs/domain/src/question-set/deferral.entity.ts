import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A Mededeling (uitstel antwoord): the minister's notice that the answer will come later. */
@Entity('deferral')
export class DeferralEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  questionSetId: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  date: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 40 })
  reason: string;

  /** The same notice arrives in several documents; its date (or its text when undated) identifies it. */
  @Column({ type: 'varchar', length: 80 })
  dedupeKey: string;
}
