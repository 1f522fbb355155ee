import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** pending until the confirmation link is followed (double opt-in); nothing but the confirmation mail goes to a pending one. */
export type SubscriptionStatus = 'pending' | 'active' | 'unsubscribed';
export type DigestChoice = 'none' | 'daily' | 'weekly';

/** Who wants which alerts and which digest, about which question sets. Filters left null match everything. */
@Entity('subscription')
export class SubscriptionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** Ministry slug from the catalogue ('ocw', 'bz', …). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  ministry: string | null;

  /** A name as typed ("Hoekstra", "Minister van Financiën"); matched against the answerers and the minister label. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  minister: string | null;

  /** Person key of a submitting member (see personKey). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  submitter: string | null;

  /** Party slug of a submitting member, as the document gave it. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  party: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  topic: string | null;

  /** Comma-separated alert rule names (see ALERT_RULE_NAMES); empty for a digest-only subscription. */
  @Column({ type: 'varchar', length: 200 })
  rules: string;

  @Column({ type: 'varchar', length: 10 })
  digest: DigestChoice;

  @Column({ type: 'varchar', length: 14 })
  status: SubscriptionStatus;

  /** 'public' (POST /subscriptions) or 'admin' (the CLI, an admin key). */
  @Column({ type: 'varchar', length: 10 })
  createdBy: string;

  /** The as-of date of the last digest built for this subscription: the next one lists answers after it. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  lastDigestOn: string | null;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  confirmedAt: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  unsubscribedAt: string | null;
}
