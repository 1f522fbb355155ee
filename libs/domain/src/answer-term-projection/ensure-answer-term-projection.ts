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

/**
 * Builds the projection when it was never built (a new database, or a migration that asked for a rebuild by forgetting
 * the stored policy). Run after the migrations, which are frozen and so cannot call the live rules themselves.
 * Unlike ensureAnswerTermProjection it leaves a projection built under another policy alone.
 */
export async function buildMissingAnswerTermProjection(dataSource: DataSource, policy: Policy): Promise<boolean> {
  if ((await new AnswerTermProjectionRepository(dataSource.manager).storedTermPolicy()) !== null) return false;
  return writeTransaction(dataSource, async (manager) => {
    if ((await new AnswerTermProjectionRepository(manager).storedTermPolicy()) !== null) return false;
    await rebuildAnswerTermProjection(manager, policy);
    return true;
  });
}
