import type { DataSource } from 'typeorm';
import { writeTransaction } from '../database/write-transaction.js';
import type { Policy } from '../policy/policy.js';
import { rebuildAnswerTermProjection } from './answer-term-projection.maintenance.js';
import { AnswerTermProjectionRepository } from './answer-term-projection.repository.js';
import { termPolicyKey } from './term-policy.util.js';

// Apart from the maintenance functions: the migration imports those, and this one needs writeTransaction.

/**
 * Makes sure the projection was computed under `policy` (the term days, the extension, the recess pause), and
 * rebuilds it in one write transaction when not. Readers call it before reading: one small query when nothing changed.
 */
export async function ensureAnswerTermProjection(dataSource: DataSource, policy: Policy): Promise<void> {
  const wanted = termPolicyKey(policy);
  if ((await new AnswerTermProjectionRepository(dataSource.manager).storedTermPolicy()) === wanted) return;
  await writeTransaction(dataSource, async (manager) => {
    // Another process may have rebuilt it while this one waited for the write lock.
    if ((await new AnswerTermProjectionRepository(manager).storedTermPolicy()) === wanted) return;
    await rebuildAnswerTermProjection(manager, policy);
  });
}
