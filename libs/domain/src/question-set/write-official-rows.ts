import { In, type EntityManager } from 'typeorm';
import type { OfficialRowChanges } from '../import/question-set-changes.js';
import { DataConflictEntity, OfficialActorEntity, OfficialZaakEntity, QuestionSetDocumentEntity, SyncDeletionEntity } from '../sync/sync.entities.js';

/**
 * The open data's own rows of one change set, for QuestionSetWriteRepository.applyChanges (its last step, in the
 * same transaction). These tables see a few rows per record, so the repository API's overhead does not matter here.
 */
export async function writeOfficialRows(manager: EntityManager, questionSetId: number, rows: OfficialRowChanges, newSet = false): Promise<void> {
  const zaken = manager.getRepository(OfficialZaakEntity);
  if (rows.removedZaakLinks.length > 0) await zaken.delete({ apiId: In(rows.removedZaakLinks) });
  if (rows.zaakLink) {
    const link = { ...rows.zaakLink, questionSetId };
    // A set made just now has no link yet: a plain insert, as for its actors.
    await (newSet ? zaken.insert(link) : zaken.upsert(link, ['apiId']));
  }
  const actors = manager.getRepository(OfficialActorEntity);
  if (rows.removedActorIds.length > 0) await actors.delete({ apiId: In(rows.removedActorIds) });
  if (rows.actors.length > 0) {
    const values = rows.actors.map((a) => ({ ...a, questionSetId }));
    await (newSet ? actors.insert(values) : actors.upsert(values, ['apiId']));
  }
  const documents = manager.getRepository(QuestionSetDocumentEntity);
  if (rows.removedDocumentIds.length > 0) await documents.delete({ id: In(rows.removedDocumentIds) });
  for (const { id, values } of rows.documentUpdates) await documents.update({ id }, values);
  if (rows.documents.length > 0) await documents.insert(rows.documents.map((d) => ({ ...d, questionSetId })));
  const conflicts = manager.getRepository(DataConflictEntity);
  for (const conflict of rows.conflicts) {
    const { at, ...values } = conflict;
    // The same disagreement read again (a re-read page, a backfill) is recorded once.
    if (!(await conflicts.findOne({ where: { questionSetId, ...values } }))) await conflicts.insert({ questionSetId, ...values, at });
  }
  if (rows.deletions.length > 0) await manager.getRepository(SyncDeletionEntity).insert(rows.deletions.map((d) => ({ ...d, questionSetId })));
}
