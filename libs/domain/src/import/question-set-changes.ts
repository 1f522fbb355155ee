// The two halves of both write paths meet here: what is stored (loaded by a repository before the merge), and the
// change set a pure merge decides (applied by QuestionSetWriteRepository in one pass). One vocabulary for both
// sources: a parsed document (merge-parsed-document.ts) and a record of the open data (sync/merge-official-facts.ts).
// Types only.
import type { CommitmentEntity } from '../commitment/commitment.entity.js';
import type { DeferralEntity } from '../question-set/deferral.entity.js';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';
import type { QuestionEntity } from '../question-set/question.entity.js';
import type { OfficialActorFacts } from '../sync/official-facts.js';
import type { QuestionSetDocumentEntity } from '../sync/sync.entities.js';

export interface MergeCounts {
  fields: number;
  questions: number;
  answers: number;
  deferrals: number;
  people: number;
  topics: number;
  commitments: number;
}

/** What is stored of one question set, loaded to merge a new document into it. */
export interface StoredQuestionSet {
  row: QuestionSetEntity;
  /** The slug of `row.ministryId` (null when it has none): the merge names ministries by their key. */
  ministrySlug: string | null;
  questions: ReadonlyMap<number, Pick<QuestionEntity, 'id' | 'answer'>>;
  deferralKeys: ReadonlySet<string>;
  submitterIds: ReadonlySet<number>;
  answererIds: ReadonlySet<number>;
  addresseeRoles: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  extractionKeys: ReadonlySet<string>;
}

/** A set's own fields as the merge decides them, with its ministry named by catalogue slug instead of row id. */
export type SetFields = Omit<QuestionSetEntity, 'id' | 'key' | 'createdAt' | 'updatedAt' | 'ministryId'> & { ministrySlug: string | null };

/** A person as a document names them; the repository finds or creates the row (person-key, samePerson). */
export interface NamedPerson {
  name: string;
  party: string | null;
}

/** One addressee of a set, its ministry named by catalogue slug. */
export interface AddresseeRow {
  role: string;
  ministrySlug: string | null;
  position: number;
}

/** A commitment row for the set; its set id, and the extraction key's `<set id>:` prefix, are filled in when applied. */
export interface NewCommitment {
  row: Omit<CommitmentEntity, 'id'>;
  /** `<question number>:<hash of the sentence>`: with the set id in front, the row's extractionKey. */
  keyInSet: string;
}

/**
 * Everything one document (or one record of the open data) changes in one question set, decided without the
 * database. Rows name parties, people and ministries by their natural keys, and leave out the set id (a new set has
 * none yet); the repository's `applyChanges` resolves those and writes the rows.
 */
export interface QuestionSetChanges {
  set:
    | { kind: 'insert'; values: SetFields & Pick<QuestionSetEntity, 'key' | 'createdAt' | 'updatedAt'> }
    // updatedAt null: the patch leaves it as it was (the open data regrouping a set under its first addressee never did).
    | { kind: 'update'; row: QuestionSetEntity; patch: Partial<SetFields>; updatedAt: string | null }
    // The set and, by the schema's cascades, everything linked to it.
    | { kind: 'delete'; row: QuestionSetEntity };
  /** The ministry the document names as responsible: its row exists after the merge, whether or not the set takes it. */
  responsibleMinistrySlug: string | null;
  /**
   * Who asked and who answered, in the document's order. Whether a name is someone already linked (or named twice)
   * only the person table knows: the repository links each person once, after those already linked.
   */
  submitters: { linkedIds: ReadonlySet<number>; named: NamedPerson[] };
  /** Submitters a deleted ZaakActor named: unlinked before `submitters` are linked. */
  removedSubmitters: NamedPerson[];
  answerers: { linkedIds: ReadonlySet<number>; named: (NamedPerson & { role: string | null; ministrySlug: string | null })[] };
  addressees: AddresseeRow[];
  /** True when `addressees` is the set's whole list (the open data's every `Gericht aan`): the stored rows go first. */
  replaceAddressees: boolean;
  topics: string[];
  newQuestions: Pick<QuestionEntity, 'number' | 'text' | 'answer'>[];
  /** Answers for stored questions that had none. */
  answers: Pick<QuestionEntity, 'id' | 'answer'>[];
  deferrals: Omit<DeferralEntity, 'id' | 'questionSetId'>[];
  /** Dedupe keys of deferrals whose notice the open data withdrew. */
  removedDeferralKeys: string[];
  commitments: NewCommitment[];
  /** Rows only the open data writes; all empty for a parsed document. */
  official: OfficialRowChanges;
  /** What changed, but for people (known once they are resolved). */
  counts: Omit<MergeCounts, 'people'>;
}

/** What is stored of a set that the open data's people decide: its ZaakActors and what was derived from them. */
export interface StoredOfficialPeople {
  row: QuestionSetEntity;
  ministrySlug: string | null;
  /** As the database returns them: the order only breaks ties between people of the same name. */
  actors: OfficialActorFacts[];
  submitterIds: ReadonlySet<number>;
  /** Someone answered (a parsed text named them): the set stays grouped under its answerer. */
  answered: boolean;
  /** By position. */
  addressees: AddresseeRow[];
}

/** What is stored of a set that the open data's documents decide. */
export interface StoredOfficialDocuments {
  row: QuestionSetEntity;
  /** By date, as the database sorts them (where a null date falls differs between the databases, as it did). */
  documents: QuestionSetDocumentEntity[];
  deferralKeys: ReadonlySet<string>;
}

/** A conflict between a stored value and the official one that replaced it (data_conflict). */
export interface OfficialConflict {
  field: 'title' | 'submittedOn' | 'answeredOn' | 'withdrawnOn';
  storedValue: string;
  officialValue: string;
  at: string;
}

/** What a deletion placeholder removed, for the audit (sync_deletion); the set id is filled in when applied. */
export interface DeletionAudit {
  entity: 'Zaak' | 'ZaakActor' | 'Document' | 'Toezegging';
  apiId: string;
  description: string;
  apiChangedAt: string | null;
  seenAt: string;
}

export type NewSetDocument = Omit<QuestionSetDocumentEntity, 'id' | 'questionSetId'>;

/**
 * The rows of the open data itself, kept beside the set: its zaak's API Id, its ZaakActors and documents, the
 * conflicts the official values won, and the audit of deletions. Written after the set's other rows, table by table,
 * removals first.
 */
export interface OfficialRowChanges {
  /** The zaak's API Id, pointed at this set (a deletion placeholder carries only the Id). */
  zaakLink: { apiId: string; zaak: string } | null;
  removedZaakLinks: string[];
  /** Written by API Id: new ones added, changed ones overwritten (and moved to this set). */
  actors: OfficialActorFacts[];
  removedActorIds: string[];
  documents: NewSetDocument[];
  documentUpdates: { id: number; values: Partial<NewSetDocument> }[];
  removedDocumentIds: number[];
  /** Recorded once each: one already recorded for the same set, field and values is not recorded again. */
  conflicts: OfficialConflict[];
  deletions: DeletionAudit[];
}

/** A toezegging of the register: a new commitment, or the official facts written onto a stored (or matched) one. */
export type RegisterCommitmentChange =
  { kind: 'insert'; row: Omit<CommitmentEntity, 'id'> } | { kind: 'update'; id: number; values: Partial<Omit<CommitmentEntity, 'id'>> };

/** Everything one record of the open data changes: each set it touches (a document may belong to several), or a toezegging. */
export interface OfficialRecordChanges {
  sets: QuestionSetChanges[];
  commitment: RegisterCommitmentChange | null;
}
