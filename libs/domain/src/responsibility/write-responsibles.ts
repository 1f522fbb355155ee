import type { EntityManager } from 'typeorm';
import type { AnswerTermProjection } from '../answer-term-projection/project-answer-term.util.js';
import type {
  AnswerTermProjectionMinisterEntity,
  AnswerTermProjectionMinistryEntity,
} from '../answer-term-projection/answer-term-projection-responsible.entity.js';
import { QuestionSetWriteRepository, type ReferenceIdCache } from '../question-set/question-set-write.repository.js';
import type { QuestionSetResponsibleEntity } from './question-set-responsible.entity.js';
import { QuestionSetResponsibleRepository, type ResponsibleRows } from './question-set-responsible.repository.js';
import { resolveResponsibles } from './resolve-responsibles.rule.js';

/**
 * Rewrites who must answer the sets `ids` (every set when omitted) and their projection rows per ministry and per
 * minister, from `projected` (the sets' fresh answer-term projection rows; an undated set has none and so no
 * projection rows, but its responsibles are kept for the lists). Called where the projection is rebuilt.
 */
export async function writeResponsibles(manager: EntityManager, ids: readonly number[] | undefined, projected: readonly AnswerTermProjection[]): Promise<void> {
  await new QuestionSetResponsibleRepository(manager).replace(ids, await responsibleRows(manager, ids, projected));
}

/**
 * The rows writeResponsibles writes, without writing them: the projection's refresh writes them with its own. `cache`
 * is the caller's ministry ids, when it keeps them across transactions.
 */
export async function responsibleRows(
  manager: EntityManager,
  ids: readonly number[] | undefined,
  projected: readonly AnswerTermProjection[],
  cache?: ReferenceIdCache,
): Promise<ResponsibleRows> {
  const repo = new QuestionSetResponsibleRepository(manager);
  const ministryIds = new QuestionSetWriteRepository(manager, cache);
  const verdictOf = new Map(projected.map((row) => [row.questionSetId, row]));
  const rows: QuestionSetResponsibleEntity[] = [];
  const perMinistry: AnswerTermProjectionMinistryEntity[] = [];
  const perMinister: AnswerTermProjectionMinisterEntity[] = [];
  for (const source of await repo.sources(ids)) {
    const seenMinistries = new Set<number>();
    const seenMinisters = new Set<string>();
    const projection = verdictOf.get(source.id);
    const {
      ministryId: _m,
      ministerLabel: _l,
      submittedMonth: _s,
      vergaderjaar: _v,
      questionSetId: _q,
      ...verdict
    } = projection ?? ({} as AnswerTermProjection);
    for (const [position, r] of resolveResponsibles(source).entries()) {
      const ministryId = await ministryIds.ministryId(r.ministrySlug);
      rows.push({ questionSetId: source.id, position, ministryId, minister: r.minister, personName: r.personName, source: r.source });
      if (!projection) continue;
      if (ministryId !== null && !seenMinistries.has(ministryId)) {
        seenMinistries.add(ministryId);
        perMinistry.push({ questionSetId: source.id, ministryId, ...verdict });
      }
      if (r.minister !== null && !seenMinisters.has(r.minister)) {
        seenMinisters.add(r.minister);
        perMinister.push({ questionSetId: source.id, minister: r.minister, ...verdict });
      }
    }
  }
  return { responsibles: rows, perMinistry, perMinister };
}
