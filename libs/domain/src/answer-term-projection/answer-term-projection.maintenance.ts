import type { EntityManager } from 'typeorm';
import type { Policy } from '../policy/policy.js';
import { AnswerTermProjectionRepository } from './answer-term-projection.repository.js';
import { NO_PARTY, type AnswerTermProjectionPartyEntity } from './answer-term-projection.entity.js';
import { projectAnswerTerm, type AnswerTermProjection, type ProjectionSource } from './project-answer-term.util.js';
import { policyOfTermPolicyKey, termPolicyKey } from './term-policy.util.js';
import { QuestionSetResponsibleRepository } from '../responsibility/question-set-responsible.repository.js';
import { responsibleRows, writeResponsibles } from '../responsibility/write-responsibles.js';
import type { ReferenceIdCache } from '../question-set/question-set-write.repository.js';

/**
 * Rewrites the projection rows of the given sets from what the transaction now holds. Every writer of a set's dates,
 * deferrals, ministry or minister calls this last, in its own transaction, so the projection commits with the data.
 * It computes under the policy the projection was built with: writers need no policy of their own, and a reader with
 * another policy rebuilds the whole projection (ensureAnswerTermProjection). A bulk writer passes its `cache` of ids, so
 * the ministries of the responsibles are not looked up again for every set.
 */
export async function refreshAnswerTermProjection(manager: EntityManager, setIds: Iterable<number>, cache?: ReferenceIdCache): Promise<void> {
  const ids = [...new Set(setIds)];
  if (ids.length === 0) return;
  const repo = new AnswerTermProjectionRepository(manager);
  const stored = await repo.storedTermPolicy();
  // Never built yet (runMigrations builds it after the migrations; until then the next reader does): nothing to refresh.
  if (stored === null) return;
  const policy = policyOfTermPolicyKey(stored);
  const [rows, partyRowList] = projectWithParties(await repo.sources(ids), policy);
  // Who must answer, and the projection per ministry and minister, are written with the projection's own rows.
  const responsibles = QuestionSetResponsibleRepository.replacement(await responsibleRows(manager, ids, rows, cache));
  await repo.replace(ids, rows, partyRowList, responsibles);
}

/** Recomputes every row under `policy` and records it: after the migrations (runMigrations) and on a policy change. */
export async function rebuildAnswerTermProjection(manager: EntityManager, policy: Policy): Promise<number> {
  const repo = new AnswerTermProjectionRepository(manager);
  const [rows, partyRowList] = projectWithParties(await repo.sources(), policy);
  await repo.replace(undefined, rows, partyRowList);
  await writeResponsibles(manager, undefined, rows);
  await repo.saveTermPolicy(termPolicyKey(policy));
  return rows.length;
}

/** The row once per distinct party of the set's submitters, or once under NO_PARTY. */
function partyRows(row: AnswerTermProjection, source: ProjectionSource): AnswerTermProjectionPartyEntity[] {
  const { ministryId: _ministry, ministerLabel: _minister, submittedMonth: _month, vergaderjaar: _year, ...verdict } = row;
  const parties = source.parties.length > 0 ? [...new Set(source.parties)] : [NO_PARTY];
  return parties.map((party) => ({ ...verdict, party }));
}

function projectWithParties(sources: ProjectionSource[], policy: Policy): [AnswerTermProjection[], AnswerTermProjectionPartyEntity[]] {
  const rows = sources.map((s) => projectAnswerTerm(s, policy));
  return [rows, rows.flatMap((row, i) => partyRows(row, sources[i]))];
}
