import type { CommitmentEntity } from './commitment.entity.js';

type CommitmentRow = Omit<CommitmentEntity, 'id'>;
/** What every new commitment must say; the rest defaults to "not known" (null) and an open, unlinked row. */
type Required = Pick<CommitmentRow, 'text' | 'strength' | 'source' | 'reviewState' | 'madeOn'>;

/**
 * A new commitment row, whichever way it came in (extracted from an answer, added by an editor, read from the
 * toezeggingenregister): one place that knows every column, so adding a column means changing one function.
 */
export function newCommitmentRow(fields: Required & Partial<CommitmentRow>, now: string): CommitmentRow {
  return {
    questionSetId: null,
    questionNumber: null,
    spanStart: null,
    spanEnd: null,
    actor: null,
    action: null,
    dueText: null,
    dueDate: null,
    dueImplied: false,
    origin: null,
    confidence: null,
    construction: null,
    status: 'open',
    fulfilledBy: null,
    closedOn: null,
    extractionKey: null,
    officialNumber: null,
    officialStatus: null,
    ministry: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}
