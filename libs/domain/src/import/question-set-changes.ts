// The two halves of the import path meet here: what is stored of a set (loaded by the repository before the merge),
// and the change set the pure merge decides (applied by the repository in one pass). Types only.
import type { CommitmentEntity } from '../commitment/commitment.entity.js';
import type { DeferralEntity } from '../question-set/deferral.entity.js';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';
import type { QuestionEntity } from '../question-set/question.entity.js';

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

/** A commitment row for the set; its set id, and the extraction key's `<set id>:` prefix, are filled in when applied. */
export interface NewCommitment {
  row: Omit<CommitmentEntity, 'id'>;
  /** `<question number>:<hash of the sentence>`: with the set id in front, the row's extractionKey. */
  keyInSet: string;
}

/**
 * Everything one document changes in one question set, decided without the database. Rows name parties, people and
 * ministries by their natural keys, and leave out the set id (a new set has none yet); the repository's
 * `applyChanges` resolves those and writes the rows.
 */
export interface QuestionSetChanges {
  set:
    | { kind: 'insert'; values: SetFields & Pick<QuestionSetEntity, 'key' | 'createdAt' | 'updatedAt'> }
    | { kind: 'update'; row: QuestionSetEntity; patch: Partial<SetFields>; updatedAt: string };
  /** The ministry the document names as responsible: its row exists after the merge, whether or not the set takes it. */
  responsibleMinistrySlug: string | null;
  /**
   * Who asked and who answered, in the document's order. Whether a name is someone already linked (or named twice)
   * only the person table knows: the repository links each person once, after those already linked.
   */
  submitters: { linkedIds: ReadonlySet<number>; named: NamedPerson[] };
  answerers: { linkedIds: ReadonlySet<number>; named: (NamedPerson & { role: string | null; ministrySlug: string | null })[] };
  addressees: { role: string; ministrySlug: string | null; position: number }[];
  topics: string[];
  newQuestions: Pick<QuestionEntity, 'number' | 'text' | 'answer'>[];
  /** Answers for stored questions that had none. */
  answers: Pick<QuestionEntity, 'id' | 'answer'>[];
  deferrals: Omit<DeferralEntity, 'id' | 'questionSetId'>[];
  commitments: NewCommitment[];
  /** What changed, but for people (known once they are resolved). */
  counts: Omit<MergeCounts, 'people'>;
}
