import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One alert for one (subscription, subject, rule, term): recorded before its mail is queued. The UNIQUE
 * idempotencyKey is what makes it fire once, whatever retries, duplicate jobs or crashes happen.
 */
@Entity('alert')
export class AlertEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  subscriptionId: number;

  @Column({ type: 'varchar', length: 30 })
  rule: string;

  /** The question set key (zaak) or `commitment-<id>`. */
  @Column({ type: 'varchar', length: 60 })
  subjectKey: string;

  /** The date the rule is about: the term, the extended term, the late deferral's date, the commitment's due date. */
  @Column({ type: 'varchar', length: 10 })
  termDate: string;

  /** alert/<subscriptionId>/<rule>/<subjectKey>/<termDate> */
  @Column({ type: 'varchar', length: 200, unique: true })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 10 })
  asOf: string;

  @Column({ type: 'integer', nullable: true })
  outboxId: number | null;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;
}
