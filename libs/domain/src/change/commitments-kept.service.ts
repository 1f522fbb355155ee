import type { DataSource } from 'typeorm';
import { UNKNOWN_GROUP } from '../report/report-view.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { CommitmentsKeptRepository, type KeptCommitmentRow } from './commitments-kept.repository.js';
import { tallyCommitments, type CommitmentRecord, type CommitmentsKept } from './commitments-kept.rule.js';

export interface CommitmentsKeptReport {
  asOf: KamerDate;
  total: CommitmentsKept;
  /** Per bewindspersoon who answered the set the commitment was made in; most made first. */
  byMinister: (CommitmentsKept & { group: string })[];
}

/**
 * Commitments kept per ministry and per bewindspersoon: those made in the answers of the ministry's sets, and official
 * toezeggingen of the ministry that are not linked to a set. An official one that matches an extracted one is the same
 * row (see the sync), so each counts once.
 */
export class CommitmentsKeptService {
  private readonly commitments: CommitmentsKeptRepository;

  constructor(dataSource: DataSource) {
    this.commitments = new CommitmentsKeptRepository(dataSource);
  }

  async forMinistry(slug: string, asOf: KamerDate): Promise<CommitmentsKeptReport> {
    return report(await this.commitments.ofMinistry(slug), asOf);
  }

  /**
   * Commitments made in the answers of the given sets (a bewindspersoon's own, see BewindspersoonService), counting only
   * those made on a day within `madeWithin` when given: an answer sent after the hand-over is the successor's word.
   */
  async forSets(ids: readonly number[], asOf: KamerDate, madeWithin?: { from: KamerDate; to: KamerDate | null }): Promise<CommitmentsKeptReport> {
    const rows = await this.commitments.ofSets(ids);
    // A commitment without a known day stays with the set's own tenure.
    const within = (r: KeptCommitmentRow) =>
      !madeWithin || r.madeOn === null || (r.madeOn >= madeWithin.from && (madeWithin.to === null || r.madeOn <= madeWithin.to));
    return report(rows.filter(within), asOf);
  }
}

function report(rows: readonly KeptCommitmentRow[], asOf: KamerDate): CommitmentsKeptReport {
  const records = rows.map((r) => ({ group: r.ministerLabel ?? UNKNOWN_GROUP, record: toRecord(r) }));
  const groups = new Map<string, CommitmentRecord[]>();
  for (const { group, record } of records) groups.set(group, [...(groups.get(group) ?? []), record]);
  return {
    asOf,
    total: tallyCommitments(
      records.map((r) => r.record),
      asOf,
    ),
    byMinister: [...groups]
      .map(([group, list]) => ({ group, ...tallyCommitments(list, asOf) }))
      .filter((g) => g.made > 0)
      .sort((a, b) => b.made - a.made || a.group.localeCompare(b.group, 'nl')),
  };
}

function toRecord(r: KeptCommitmentRow): CommitmentRecord {
  return { lifecycle: r.status, closedOn: r.closedOn, dueDate: r.dueDate, madeOn: r.madeOn, rejected: r.reviewState === 'rejected' };
}
