import type { EntityManager } from 'typeorm';
import type { DigestCadence } from '../queue/job-item.js';
import { SubscriptionEntity, type SubscriptionStatus } from './subscription.entity.js';

export type NewSubscription = Omit<SubscriptionEntity, 'id'>;

/** All SQL on subscription. */
export class SubscriptionRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(SubscriptionEntity);
  }

  async insert(row: NewSubscription): Promise<SubscriptionEntity> {
    const result = await this.manager.createQueryBuilder().insert().into(SubscriptionEntity).values(row).execute();
    return { ...row, id: Number(result.identifiers[0].id) };
  }

  findById(id: number): Promise<SubscriptionEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  /** Addresses of pending subscriptions at these domains made since `since`: the service counts those per mailbox. */
  async pendingAddressesSince(domains: readonly string[], since: string): Promise<string[]> {
    const qb = this.manager
      .createQueryBuilder(SubscriptionEntity, 's')
      .select('s.email', 'email')
      .where('s.status = :pending AND s.createdAt >= :since', { pending: 'pending', since });
    // The domain is the part after the last @; addresses are stored lower-case. LIKE wildcards cannot occur in a domain.
    qb.andWhere(`(${domains.map((_, i) => `s.email LIKE :domain${i}`).join(' OR ')})`, Object.fromEntries(domains.map((d, i) => [`domain${i}`, `%@${d}`])));
    return (await qb.getRawMany<{ email: string }>()).map((r) => r.email);
  }

  /** Active subscriptions that asked for at least one alert rule. */
  activeWithAlerts(): Promise<SubscriptionEntity[]> {
    return this.manager
      .createQueryBuilder(SubscriptionEntity, 's')
      .where('s.status = :active AND s.rules != :none', { active: 'active', none: '' })
      .orderBy('s.id')
      .getMany();
  }

  activeWithDigest(cadence: DigestCadence): Promise<SubscriptionEntity[]> {
    return this.manager
      .createQueryBuilder(SubscriptionEntity, 's')
      .where('s.status = :active AND s.digest = :cadence', { active: 'active', cadence })
      .orderBy('s.id')
      .getMany();
  }

  list(status: SubscriptionStatus | null): Promise<SubscriptionEntity[]> {
    const qb = this.manager.createQueryBuilder(SubscriptionEntity, 's').orderBy('s.id');
    if (status) qb.where('s.status = :status', { status });
    return qb.getMany();
  }

  async update(id: number, fields: Partial<SubscriptionEntity>): Promise<void> {
    await this.manager.createQueryBuilder().update(SubscriptionEntity).set(fields).where('id = :id', { id }).execute();
  }

  /** Moves lastDigestOn forward only: re-running an older period never makes the next digest repeat answers. */
  async advanceLastDigestOn(id: number, asOf: string): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .update(SubscriptionEntity)
      .set({ lastDigestOn: asOf })
      .where('id = :id AND (lastDigestOn IS NULL OR lastDigestOn < :asOf)', { id, asOf })
      .execute();
  }

  async delete(id: number): Promise<boolean> {
    const result = await this.manager.createQueryBuilder().delete().from(SubscriptionEntity).where('id = :id', { id }).execute();
    return (result.affected ?? 0) > 0;
  }
}
