import type { EntityManager } from 'typeorm';
import { DirectSql } from '../database/direct-sql.js';
import { AlertEntity } from './alert.entity.js';
import type { AlertCandidate } from './rules/alert-rule.types.js';

export function alertIdempotencyKey(subscriptionId: number, candidate: AlertCandidate): string {
  return `alert/${subscriptionId}/${candidate.rule}/${candidate.subjectKey}/${candidate.termDate}`;
}

/** All SQL on alert. Runs inside the sweep's write transaction, so "is it new?" and "record it" cannot interleave. */
export class AlertRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * The idempotency keys this subscription already has for terms on or after `fromTermDate`: every candidate of a
   * sweep has a term near its date, so older alerts need not be read.
   */
  async existingKeys(subscriptionId: number, fromTermDate: string): Promise<Set<string>> {
    const rows = await this.manager
      .createQueryBuilder(AlertEntity, 'a')
      .select('a.idempotencyKey', 'idempotencyKey')
      .where('a.subscriptionId = :subscriptionId AND a.termDate >= :fromTermDate', { subscriptionId, fromTermDate })
      .getRawMany<{ idempotencyKey: string }>();
    return new Set(rows.map((r) => r.idempotencyKey));
  }

  /**
   * Records alerts, all sent in the outbox row `outboxId`. A key that exists already fails the transaction (UNIQUE).
   * Multi-row INSERTs through DirectSql: the query builder's parameter handling costs seconds for a first sweep's tens of thousands.
   */
  async insert(subscriptionId: number, candidates: readonly AlertCandidate[], outboxId: number, asOf: string, now: string): Promise<void> {
    const rows: Omit<AlertEntity, 'id'>[] = candidates.map((c) => ({
      subscriptionId,
      rule: c.rule,
      subjectKey: c.subjectKey,
      termDate: c.termDate,
      idempotencyKey: alertIdempotencyKey(subscriptionId, c),
      asOf,
      outboxId,
      createdAt: now,
    }));
    await new DirectSql(this.manager).insertRows('"alert"', rows);
  }
}
