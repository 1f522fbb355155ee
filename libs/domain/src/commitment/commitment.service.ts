import type { DataSource } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/domain-errors.js';
import { writeTransaction } from '../database/write-transaction.js';
import type { Policy } from '../policy/policy.js';
import { isKamerDate } from '../rules/kamer-date.util.js';
import { resolveDueText } from './commitment-due-dates.js';
import type { CommitmentEntity } from './commitment.entity.js';
import { CommitmentWriteRepository } from './commitment-write.repository.js';
import { CommitmentQueryRepository, type CommitmentRow, type CommitmentSqlFilter } from './commitment-query.repository.js';
import type { CommitmentHistoryEntry, CommitmentView } from './commitment-view.js';
import { commitmentStatusAsOf, type CommitmentStatus } from './rules/commitment-status.rule.js';
import { newCommitmentRow } from './new-commitment-row.js';

export interface CommitmentFilter extends Omit<CommitmentSqlFilter, 'madeBy' | 'id'> {
  statuses?: CommitmentStatus[];
  asOf: string;
  /** Rejected extractions are hidden unless asked for by review state. */
  includeRejected?: boolean;
}

/** A reviewer's change. Correcting any content field makes the review state `corrected`. */
export interface CommitmentChange {
  review?: 'confirm' | 'reject';
  text?: string;
  actor?: string | null;
  action?: string | null;
  dueText?: string | null;
  dueDate?: string | null;
  strength?: 'firm' | 'soft';
  status?: 'open' | 'fulfilled' | 'withdrawn';
  fulfilledBy?: string | null;
  /** The day of a fulfilment or withdrawal; defaults to today. */
  on?: string;
  note?: string | null;
}

export interface NewCommitment {
  zaak: string;
  questionNumber?: number | null;
  text: string;
  actor?: string | null;
  action?: string | null;
  dueText?: string | null;
  dueDate?: string | null;
  strength: 'firm' | 'soft';
  madeOn?: string | null;
}

const CONTENT_FIELDS = ['text', 'actor', 'action', 'dueText', 'dueDate', 'strength'] as const;

/** Commitments from answers: listing with their status as of a date, and the people-in-the-loop review. */
export class CommitmentService {
  private readonly query: CommitmentQueryRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.query = new CommitmentQueryRepository(dataSource);
  }

  async list(filter: CommitmentFilter): Promise<CommitmentView[]> {
    const rows = await this.query.find({ ...filter, madeBy: filter.asOf });
    return rows
      .filter((row) => filter.includeRejected || filter.reviewStates?.includes('rejected') || row.reviewState !== 'rejected')
      .map((row) => toView(row, filter.asOf))
      .filter((view) => !filter.statuses?.length || filter.statuses.includes(view.status));
  }

  async get(id: number, asOf: string): Promise<CommitmentView & { history: CommitmentHistoryEntry[] }> {
    const [row] = await this.query.find({ id });
    if (!row) throw new NotFoundError(`no commitment with id ${id}`);
    const history = (await this.query.history(id)).map((e) => ({
      at: e.at,
      actor: e.actor,
      action: e.action,
      changes: JSON.parse(e.changes) as Record<string, [unknown, unknown]>,
      note: e.note,
    }));
    return { ...toView(row, asOf), history };
  }

  /** Applies a review or lifecycle change and records who made it, in one transaction. */
  async change(id: number, change: CommitmentChange, who: string, today: string): Promise<CommitmentView> {
    validateChange(change);
    const now = this.clock().toISOString();
    await writeTransaction(this.dataSource, async (manager) => {
      const repo = new CommitmentWriteRepository(manager);
      const current = await repo.findById(id);
      if (!current) throw new NotFoundError(`no commitment with id ${id}`);
      const patch = planChange(current, change, today, this.policy);
      const changes = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, [current[k as keyof CommitmentEntity], v]]));
      if (Object.keys(patch).length === 0 && !change.note) return;
      await repo.update(id, { ...patch, updatedAt: now });
      await repo.logEvent({ commitmentId: id, at: now, actor: who, action: describe(change), changes: JSON.stringify(changes), note: change.note ?? null });
    });
    return await this.get(id, today);
  }

  /** A commitment the extractor missed, added by hand: confirmed from the start. */
  async create(input: NewCommitment, who: string, today: string): Promise<CommitmentView> {
    if (!input.text?.trim()) throw new InvalidInputError('text', 'must not be empty');
    if (input.dueDate != null && !isKamerDate(input.dueDate)) throw new InvalidInputError('dueDate', 'expected a date as YYYY-MM-DD');
    const now = this.clock().toISOString();
    const id = await writeTransaction(this.dataSource, async (manager) => {
      const repo = new CommitmentWriteRepository(manager);
      const set = await repo.findQuestionSet(input.zaak);
      if (!set) throw new NotFoundError(`no question set with zaak or id ${input.zaak}`);
      const madeOn = input.madeOn ?? set.answeredOn ?? today;
      const resolved = input.dueDate ?? resolveDueText(input.dueText, madeOn, this.policy);
      const dueDate = typeof resolved === 'string' ? resolved : resolved.dueDate;
      const dueImplied = typeof resolved === 'string' ? false : resolved.implied;
      const newId = await repo.insert(
        newCommitmentRow(
          {
            questionSetId: set.id,
            questionNumber: input.questionNumber ?? null,
            text: input.text.trim(),
            actor: input.actor ?? null,
            action: input.action ?? null,
            dueText: input.dueText ?? null,
            dueDate,
            dueImplied,
            strength: input.strength,
            madeOn,
            reviewState: 'confirmed',
            source: 'manual',
          },
          now,
        ),
      );
      await repo.logEvent({ commitmentId: newId, at: now, actor: who, action: 'create', changes: '{}', note: null });
      return newId;
    });
    return this.get(id, today);
  }
}

function validateChange(change: CommitmentChange): void {
  if (change.dueDate != null && !isKamerDate(change.dueDate)) throw new InvalidInputError('dueDate', 'expected a date as YYYY-MM-DD');
  if (change.on !== undefined && !isKamerDate(change.on)) throw new InvalidInputError('on', 'expected a date as YYYY-MM-DD');
  if (change.text !== undefined && !change.text.trim()) throw new InvalidInputError('text', 'must not be empty');
  if (change.status === 'fulfilled' && !change.fulfilledBy) {
    throw new InvalidInputError('fulfilledBy', 'name the document that fulfils it (a Kamerstuk number or a URL)');
  }
  if (change.review && CONTENT_FIELDS.some((f) => change[f] !== undefined)) {
    throw new InvalidInputError('review', 'confirm or reject as is, or correct fields without review');
  }
}

function planChange(current: CommitmentEntity, change: CommitmentChange, today: string, policy: Policy): Partial<CommitmentEntity> {
  const patch: Partial<CommitmentEntity> = {};
  for (const field of CONTENT_FIELDS) {
    const value = change[field];
    if (value !== undefined && value !== current[field]) Object.assign(patch, { [field]: value });
  }
  if (patch.dueDate !== undefined) patch.dueImplied = false;
  // A corrected phrase without a date of its own is read by the parser's due-date grammar and resolved as on import.
  else if (patch.dueText !== undefined && change.dueDate === undefined && current.madeOn) {
    const resolved = resolveDueText(patch.dueText, current.madeOn, policy);
    if (resolved.dueDate !== current.dueDate) patch.dueDate = resolved.dueDate;
    if (resolved.implied !== current.dueImplied) patch.dueImplied = resolved.implied;
  }
  if (Object.keys(patch).length > 0) patch.reviewState = 'corrected';
  if (change.review === 'confirm' && current.reviewState !== 'confirmed') patch.reviewState = 'confirmed';
  if (change.review === 'reject' && current.reviewState !== 'rejected') patch.reviewState = 'rejected';
  if (change.status && change.status !== current.status) {
    patch.status = change.status;
    patch.closedOn = change.status === 'open' ? null : (change.on ?? today);
  }
  if (change.fulfilledBy !== undefined && change.fulfilledBy !== current.fulfilledBy) patch.fulfilledBy = change.fulfilledBy;
  return patch;
}

function describe(change: CommitmentChange): string {
  if (change.review) return change.review;
  if (change.status === 'fulfilled') return 'fulfil';
  if (change.status === 'withdrawn') return 'withdraw';
  if (change.status === 'open') return 'reopen';
  return 'correct';
}

export function toView(row: CommitmentRow, asOf: string): CommitmentView {
  return {
    id: row.id,
    zaak: row.zaak,
    questionSetKey: row.questionSetKey,
    questionNumber: row.questionNumber,
    text: row.text,
    span: row.spanStart !== null && row.spanEnd !== null ? [row.spanStart, row.spanEnd] : null,
    actor: row.actor,
    action: row.action,
    dueText: row.dueText,
    dueDate: row.dueDate,
    dueImplied: row.dueImplied,
    strength: row.strength,
    origin: row.origin,
    confidence: row.confidence === null || row.confidence === undefined ? null : Number(row.confidence),
    construction: row.construction ?? null,
    madeOn: row.madeOn,
    status: commitmentStatusAsOf({ lifecycle: row.status, closedOn: row.closedOn, dueDate: row.dueDate, madeOn: row.madeOn }, asOf),
    fulfilledBy: row.fulfilledBy,
    closedOn: row.closedOn,
    reviewState: row.reviewState,
    source: row.source,
    ministry: row.ministry ?? row.setMinistry,
    officialNumber: row.officialNumber,
    officialStatus: row.officialStatus,
  };
}
