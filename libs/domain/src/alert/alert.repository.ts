import type { EntityManager } from 'typeorm';
import { AlertEntity } from './alert.entity.js';
import type { AlertCandidate } from './rules/alert-rule.types.js';

export function alertIdempotencyKey(subscriptionId: number, candidate: AlertCandidate): string {
  return `alert/${subscriptionId}/${candidate.rule}/${candidate.subjectKey}/${candidate.termDate}`;
}

const ROWS_PER_INSERT = 100;
const COLUMNS = ['subscriptionId', 'rule', 'subjectKey', 'termDate', 'idempotencyKey', 'asOf', 'outboxId', 'createdAt'] as const;

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
   * Plain multi-row INSERTs: the query builder's parameter handling costs seconds for a first sweep's tens of thousands.
   */
  async insert(subscriptionId: number, candidates: readonly AlertCandidate[], outboxId: number, asOf: string, now: string): Promise<void> {
    const postgres = this.manager.connection.options.type === 'postgres';
    for (let i = 0; i < candidates.length; i += ROWS_PER_INSERT) {
      const part = candidates.slice(i, i + ROWS_PER_INSERT);
      let n = 0;
      const row = () => `(${COLUMNS.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`;
      const values = part.map(row).join(', ');
      const params = part.flatMap((c) => [subscriptionId, c.rule, c.subjectKey, c.termDate, alertIdempotencyKey(subscriptionId, c), asOf, outboxId, now]);
      await this.manager.query(`INSERT INTO "alert" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`, params);
    }
  }
}
