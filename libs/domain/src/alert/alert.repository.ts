import type { EntityManager } from 'typeorm';
import { DirectSql } from '../database/direct-sql.js';
import { AlertEntity } from './alert.entity.js';
import type { AlertCandidate } from './rules/alert-rule.types.js';

export function alertIdempotencyKey(subscriptionId: number, candidate: AlertCandidate): string {
  return `alert/${subscriptionId}/${candidate.rule}/${candidate.subjectKey}/${candidate.termDate}`;
}

// Each column's PostgreSQL type, for the one-statement insert (DirectSql.insertRows).
const POSTGRES_TYPES: Record<keyof Omit<AlertEntity, 'id'>, string> = {
  subscriptionId: 'integer',
  rule: 'text',
  subjectKey: 'text',
  termDate: 'text',
  idempotencyKey: 'text',
  asOf: 'text',
  outboxId: 'integer',
  createdAt: 'text',
};

/** An alert to record: the candidate, for whom, and the mail it goes out in. */
export interface NewAlert {
  subscriptionId: number;
  candidate: AlertCandidate;
  outboxId: number;
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
   * Records alerts, each sent in the outbox row named with it. A key that exists already fails the transaction (UNIQUE).
   * Through DirectSql.insertRows (one statement on PostgreSQL, multi-row INSERTs on SQLite): a first sweep records
   * tens of thousands. Never the query builder: its parameter handling costs seconds.
   */
  async insert(rows: readonly NewAlert[], asOf: string, now: string): Promise<void> {
    const values: Omit<AlertEntity, 'id'>[] = rows.map((r) => ({
      subscriptionId: r.subscriptionId,
      rule: r.candidate.rule,
      subjectKey: r.candidate.subjectKey,
      termDate: r.candidate.termDate,
      idempotencyKey: alertIdempotencyKey(r.subscriptionId, r.candidate),
      asOf,
      outboxId: r.outboxId,
      createdAt: now,
    }));
    await new DirectSql(this.manager).insertRows('"alert"', values, POSTGRES_TYPES);
  }
}
