import type { DeletionAudit, QuestionSetChanges, StoredOfficialDocuments, StoredOfficialPeople } from '../import/question-set-changes.js';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';
import type { QuestionSetDocumentEntity } from './sync.entities.js';
import { applyPeopleWalk, firstDateOf } from './merge-official-facts.js';
import { OfficialPeopleWalk } from './merge-official-people.js';
import { currentField, officialChangesOf, storedSetChanges, writeField } from './official-change-set.js';
import type { OfficialActorFacts } from './official-facts.js';

// Pure: what a `Verwijderd` placeholder (ANCHORS §3.8) takes out of the sets, with an audit row of what was removed
// and when the sync saw it. A placeholder of something never stored changes nothing (most deletions concern records
// termijnwacht never kept): the merge returns no change sets.

export type DeletableEntity = DeletionAudit['entity'];

export type StoredDeletion =
  | {
      entity: 'Zaak';
      /** The set the zaak's Id points to, how many imported texts it has, and its official rows. */
      zaak: { zaak: string; set: QuestionSetEntity; importedTexts: number; actorIds: string[]; documentIds: number[] } | null;
    }
  | { entity: 'ZaakActor'; actor: OfficialActorFacts | null; set: StoredOfficialPeople | null }
  | { entity: 'Document'; rows: QuestionSetDocumentEntity[]; sets: ReadonlyMap<number, StoredOfficialDocuments> }
  // Toezeggingen carry no API id in termijnwacht's records; a withdrawn one arrives as status "Vervallen".
  | { entity: 'Toezegging' };

export interface Placeholder {
  apiId: string;
  apiChangedAt: string | null;
}

export function mergeOfficialDeletion(stored: StoredDeletion, placeholder: Placeholder, now: string): QuestionSetChanges[] {
  const audit = (description: string): DeletionAudit => ({ entity: stored.entity, ...placeholder, description, seenAt: now });
  switch (stored.entity) {
    case 'Zaak':
      return stored.zaak ? [deleteZaak(stored.zaak, placeholder.apiId, audit)] : [];
    case 'ZaakActor':
      return stored.actor && stored.set ? [deleteActor(stored.set, stored.actor, audit)] : [];
    case 'Document':
      return deleteDocument(stored.rows, stored.sets, now, audit);
    default:
      return [];
  }
}

type Audit = (description: string) => DeletionAudit;

/** A set known only from the open data goes with its zaak; a set also fed by imported texts keeps those and loses the official rows. */
function deleteZaak(stored: Extract<StoredDeletion, { entity: 'Zaak' }>['zaak'] & object, apiId: string, audit: Audit): QuestionSetChanges {
  if (stored.importedTexts === 0) {
    const changes = officialChangesOf({ kind: 'delete', row: stored.set });
    changes.official.deletions.push(audit(`zaak ${stored.zaak}: question set removed`));
    return changes;
  }
  const changes = storedSetChanges(stored.set);
  changes.official.removedZaakLinks = [apiId];
  changes.official.removedActorIds = stored.actorIds;
  changes.official.removedDocumentIds = stored.documentIds;
  changes.official.deletions.push(audit(`zaak ${stored.zaak}: official records removed; the set stays for its ${stored.importedTexts} imported text(s)`));
  return changes;
}

/** A deleted ZaakActor: its row goes, and the submitter or addressee it gave the set. */
function deleteActor(set: StoredOfficialPeople, actor: OfficialActorFacts, audit: Audit): QuestionSetChanges {
  const changes = storedSetChanges(set.row);
  const remaining = set.actors.filter((a) => a.apiId !== actor.apiId);
  const walk = new OfficialPeopleWalk(set);
  walk.remove(actor);
  walk.derive(remaining);
  changes.official.removedActorIds = [actor.apiId];
  applyPeopleWalk(changes, walk, remaining, set.submitterIds);
  changes.official.deletions.push(audit(`${actor.relation ?? 'actor'} ${actor.function ?? actor.name ?? ''} of ${set.row.zaak}`.trim()));
  return changes;
}

/** A withdrawn answer, deferral or withdrawal notice: the dates it gave the set are recomputed from what remains. */
function deleteDocument(
  rows: QuestionSetDocumentEntity[],
  sets: ReadonlyMap<number, StoredOfficialDocuments>,
  now: string,
  audit: Audit,
): QuestionSetChanges[] {
  const bySet = new Map<number, QuestionSetChanges>();
  const removed = new Set<number>();
  for (const row of rows) {
    const set = sets.get(row.questionSetId)!;
    const changes = bySet.get(row.questionSetId) ?? storedSetChanges(set.row);
    bySet.set(row.questionSetId, changes);
    removed.add(row.id);
    const remaining = set.documents.filter((d) => !removed.has(d.id));
    if (row.role === 'answer' && currentField(changes, 'answeredOn') === row.date) writeField(changes, 'answeredOn', firstDateOf(remaining, 'answer'), now);
    if (row.role === 'answer' && currentField(changes, 'documentNumber') === row.documentNumber) {
      writeField(changes, 'documentNumber', remaining.find((d) => d.role === 'answer')?.documentNumber ?? null, now);
    }
    if (row.role === 'withdrawal' && currentField(changes, 'withdrawnOn') === row.date)
      writeField(changes, 'withdrawnOn', firstDateOf(remaining, 'withdrawal'), now);
    if (row.role === 'deferral' && row.date && !remaining.some((d) => d.role === 'deferral' && d.date === row.date)) {
      changes.removedDeferralKeys.push(row.date);
    }
    changes.official.removedDocumentIds.push(row.id);
    changes.official.deletions.push(audit(`${row.role} ${row.documentNumber}${row.date ? ` of ${row.date}` : ''} in ${set.row.zaak}`));
  }
  return [...bySet.values()];
}
