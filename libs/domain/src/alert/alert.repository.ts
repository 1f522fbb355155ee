import type { EntityManager } from 'typeorm';
import { AlertEntity } from './alert.entity.js';
import type { AlertCandidate } from './rules/alert-rule.types.js';

export function alertIdempotencyKey(subscriptionId: number, candidate: AlertCandidate): string {
  return `alert/${subscriptionId}/${candidate.rule}/${candidate.subjectKey}/${candidate.termDate}`;
}

const ROWS_PER_INSERT = 100;
const COLUMNS = ['subscriptionId', 'rule', 'subjectKey', 'termDate', 'idempotencyKey', 'asOf', 'outboxId', 'createdAt'] as const;

// The element type of each column's array under PostgreSQL (see insert).
const POSTGRES_TYPES: Record<(typeof COLUMNS)[number], string> = {
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
   * PostgreSQL: one statement for all of them, the values as one array per column (unnest): a first sweep records
   * tens of thousands, and each statement is a round trip and a parse of its own. SQLite: multi-row INSERTs (no
   * arrays; a statement costs no round trip there). Never the query builder: its parameter handling costs seconds.
   */
  async insert(rows: readonly NewAlert[], asOf: string, now: string): Promise<void> {
    if (rows.length === 0) return;
    const valuesOf = (r: NewAlert) => [
      r.subscriptionId,
      r.candidate.rule,
      r.candidate.subjectKey,
      r.candidate.termDate,
      alertIdempotencyKey(r.subscriptionId, r.candidate),
      asOf,
      r.outboxId,
      now,
    ];
    const columns = COLUMNS.map((c) => `"${c}"`).join(', ');
    if (this.manager.connection.options.type === 'postgres') {
      const arrays = COLUMNS.map(() => [] as unknown[]);
      for (const r of rows) valuesOf(r).forEach((v, i) => arrays[i].push(v));
      const unnest = COLUMNS.map((c, i) => `$${i + 1}::${POSTGRES_TYPES[c]}[]`).join(', ');
      await this.manager.query(`INSERT INTO "alert" (${columns}) SELECT * FROM unnest(${unnest})`, arrays);
      return;
    }
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const part = rows.slice(i, i + ROWS_PER_INSERT);
      const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
      await this.manager.query(`INSERT INTO "alert" (${columns}) VALUES ${part.map(() => tuple).join(', ')}`, part.flatMap(valuesOf));
    }
  }
}
