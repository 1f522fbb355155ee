import type { DataSource, EntityManager } from 'typeorm';
import { writeTransaction } from '../database/write-transaction.js';

/** Subscriptions per write transaction: short enough not to hold the SQLite write lock for long. */
export const SUBSCRIPTIONS_PER_TRANSACTION = 50;

/**
 * Runs `work` on the subscriptions in batches, each batch in a write transaction of its own, one after the other; the
 * results in batch order. The alert sweep and the digest run write per subscriber this way, so that a run over many
 * subscribers never holds the write lock long and a crash halfway leaves whole batches written.
 */
export async function inSubscriptionBatches<S, R>(
  dataSource: DataSource,
  subscriptions: readonly S[],
  work: (manager: EntityManager, batch: S[]) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < subscriptions.length; i += SUBSCRIPTIONS_PER_TRANSACTION) {
    const batch = subscriptions.slice(i, i + SUBSCRIPTIONS_PER_TRANSACTION);
    results.push(await writeTransaction(dataSource, (manager) => work(manager, batch)));
  }
  return results;
}
