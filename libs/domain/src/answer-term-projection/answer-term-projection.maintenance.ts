import type { EntityManager } from 'typeorm';
import type { Policy } from '../policy/policy.js';
import { AnswerTermProjectionRepository } from './answer-term-projection.repository.js';
import { projectAnswerTerm } from './project-answer-term.util.js';
import { policyOfTermPolicyKey, termPolicyKey } from './term-policy.util.js';

/**
 * Rewrites the projection rows of the given sets from what the transaction now holds. Every writer of a set's dates,
 * deferrals, ministry or minister calls this last, in its own transaction, so the projection commits with the data.
 * It computes under the policy the projection was built with: writers need no policy of their own, and a reader with
 * another policy rebuilds the whole projection (ensureAnswerTermProjection).
 */
export async function refreshAnswerTermProjection(manager: EntityManager, setIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(setIds)];
  if (ids.length === 0) return;
  const repo = new AnswerTermProjectionRepository(manager);
  const stored = await repo.storedTermPolicy();
  // Never built (no migration ran its backfill): the next reader builds it whole.
  if (stored === null) return;
  const policy = policyOfTermPolicyKey(stored);
  const sources = await repo.sources(ids);
  await repo.replace(
    ids,
    sources.map((s) => projectAnswerTerm(s, policy)),
  );
}

/** Recomputes every row under `policy` and records it. Used by the migration's backfill and on a policy change. */
export async function rebuildAnswerTermProjection(manager: EntityManager, policy: Policy): Promise<number> {
  const repo = new AnswerTermProjectionRepository(manager);
  const rows = (await repo.sources()).map((s) => projectAnswerTerm(s, policy));
  await repo.replace(undefined, rows);
  await repo.saveTermPolicy(termPolicyKey(policy));
  return rows.length;
}
