import type { OfficialRowChanges, QuestionSetChanges, SetFields } from '../import/question-set-changes.js';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';

// Pure: the empty change sets the open-data merges start from, so each merge names only what it changes.

export function noOfficialRows(): OfficialRowChanges {
  return {
    zaakLink: null,
    removedZaakLinks: [],
    actors: [],
    removedActorIds: [],
    documents: [],
    documentUpdates: [],
    removedDocumentIds: [],
    conflicts: [],
    deletions: [],
  };
}

/** A change set that changes nothing yet, for a stored set or a new one. */
export function officialChangesOf(set: QuestionSetChanges['set']): QuestionSetChanges {
  return {
    set,
    responsibleMinistrySlug: null,
    submitters: { linkedIds: new Set(), named: [] },
    removedSubmitters: [],
    answerers: { linkedIds: new Set(), named: [] },
    addressees: [],
    replaceAddressees: false,
    topics: [],
    newQuestions: [],
    answers: [],
    deferrals: [],
    removedDeferralKeys: [],
    commitments: [],
    official: noOfficialRows(),
    counts: { fields: 0, questions: 0, answers: 0, deferrals: 0, topics: 0, commitments: 0 },
  };
}

/** A stored set, its patch still empty; `updatedAt` is set once an official field changes. */
export function storedSetChanges(row: QuestionSetEntity): QuestionSetChanges & { set: { kind: 'update' } } {
  return officialChangesOf({ kind: 'update', row, patch: {}, updatedAt: null }) as QuestionSetChanges & { set: { kind: 'update' } };
}

/** A set the open data names before any text does: its zaak is its key, its question document the Kamer's page. */
export function newOfficialSet(zaak: string, now: string, fields: Partial<SetFields> = {}): QuestionSetChanges & { set: { kind: 'insert' } } {
  const values = {
    key: zaak,
    zaak,
    title: null,
    titleSource: null,
    questionDocumentId: `kv-tk-${zaak}`,
    answerDocumentId: null,
    documentNumber: null,
    submittedOn: null,
    answeredOn: null,
    withdrawnOn: null,
    officialTerm: null,
    ministrySlug: null,
    ministerLabel: null,
    ...fields,
    createdAt: now,
    updatedAt: now,
  };
  return officialChangesOf({ kind: 'insert', values }) as QuestionSetChanges & { set: { kind: 'insert' } };
}

type SetField = keyof SetFields;

/** A field of the set as it stands in the change set: the new value when the change set already writes one. */
export function currentField<K extends Exclude<SetField, 'ministrySlug'>>(changes: QuestionSetChanges, field: K): SetFields[K] {
  const set = changes.set;
  if (set.kind === 'insert') return set.values[field];
  if (set.kind === 'delete') throw new Error('a deleted set has no fields');
  return field in set.patch ? (set.patch[field] as SetFields[K]) : set.row[field];
}

/** Writes a field into the insert or the patch; a patch of official facts moves updatedAt, the grouping does not (as before). */
export function writeField<K extends SetField>(changes: QuestionSetChanges, field: K, value: SetFields[K], now: string | null): void {
  const set = changes.set;
  if (set.kind === 'insert') set.values[field] = value;
  else if (set.kind === 'update') {
    set.patch[field] = value;
    if (now !== null) set.updatedAt = now;
  } else throw new Error('a deleted set has no fields');
}
