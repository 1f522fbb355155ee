import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** pending → sending → sent, or failed once the job's attempts are spent; cancelled when the subscription went away first. */
export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
export const MAIL_STATUSES: readonly MailStatus[] = ['pending', 'sending', 'sent', 'failed', 'cancelled'];
export type MailKind = 'confirm' | 'alert' | 'digest';

/**
 * One email, rendered when it was decided, so every retry sends the same bytes with the same Message-ID.
 * The mail job carries only the id; this row is the truth about whether it went.
 */
@Entity('mail_outbox')
export class MailOutboxEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** What this mail is, once: confirm/<subscriptionId>, alerts/<subscriptionId>/<firstAlertId>, digest/<subscriptionId>/<period>. */
  @Column({ type: 'varchar', length: 200, unique: true })
  key: string;

  @Column({ type: 'varchar', length: 10 })
  kind: MailKind;

  @Column({ type: 'integer', nullable: true })
  subscriptionId: number | null;

  @Column({ type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  /** The List-Unsubscribe URL; null for none. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  unsubscribeUrl: string | null;

  @Column({ type: 'varchar', length: 200, unique: true })
  messageId: string;

  @Column({ type: 'varchar', length: 10 })
  status: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  smtpResponse: string | null;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ type: 'varchar', length: 30 })
  updatedAt: string;

  /** When the relay last put this row on the mail queue; null while it never reached Redis. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  queuedAt: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  sentAt: string | null;
}
