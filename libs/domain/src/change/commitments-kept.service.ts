import type { DataSource } from 'typeorm';
import { CommitmentEntity } from '../commitment/commitment.entity.js';
import { MinistryEntity } from '../ministry/ministry.entity.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { UNKNOWN_GROUP } from '../report/report-view.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { tallyCommitments, type CommitmentRecord, type CommitmentsKept } from './commitments-kept.rule.js';

export interface CommitmentsKeptReport {
  asOf: KamerDate;
  total: CommitmentsKept;
  /** Per bewindspersoon who answered the set the commitment was made in; most made first. */
  byMinister: (CommitmentsKept & { group: string })[];
}

interface RawCommitment {
  status: 'open' | 'fulfilled' | 'withdrawn';
  closedOn: string | null;
  dueDate: string | null;
  madeOn: string | null;
  reviewState: string;
  ministerLabel: string | null;
}

const COLUMNS = [
  'c.status AS "status"',
  'c.closedOn AS "closedOn"',
  'c.dueDate AS "dueDate"',
  'c.madeOn AS "madeOn"',
  'c.reviewState AS "reviewState"',
  'q.ministerLabel AS "ministerLabel"',
];
// Ids per IN list, as the other readers of a set list do.
const CHUNK = 5000;

/**
 * Commitments kept per ministry and per bewindspersoon: those made in the answers of the ministry's sets, and official
 * toezeggingen of the ministry that are not linked to a set. An official one that matches an extracted one is the same
 * row (see the sync), so each counts once.
 */
export class CommitmentsKeptService {
  constructor(private readonly dataSource: DataSource) {}

  async forMinistry(slug: string, asOf: KamerDate): Promise<CommitmentsKeptReport> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(CommitmentEntity, 'c')
      .leftJoin(QuestionSetEntity, 'q', 'q.id = c.questionSetId')
      .leftJoin(MinistryEntity, 'm', 'm.id = q.ministryId')
      .select(COLUMNS)
      .where('m.slug = :slug', { slug })
      .orWhere('c.questionSetId IS NULL AND LOWER(c.ministry) = (SELECT LOWER(m2.name) FROM ministry m2 WHERE m2.slug = :slug)', { slug })
      .getRawMany<RawCommitment>();
    return report(rows, asOf);
  }

  /**
   * Commitments made in the answers of the given sets (a bewindspersoon's own, see BewindspersoonService), counting only
   * those made on a day within `madeWithin` when given: an answer sent after the hand-over is the successor's word.
   */
  async forSets(ids: readonly number[], asOf: KamerDate, madeWithin?: { from: KamerDate; to: KamerDate | null }): Promise<CommitmentsKeptReport> {
    const rows: RawCommitment[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      rows.push(
        ...(await this.dataSource
          .createQueryBuilder()
          .from(CommitmentEntity, 'c')
          .innerJoin(QuestionSetEntity, 'q', 'q.id = c.questionSetId')
          .select(COLUMNS)
          .where('c.questionSetId IN (:...ids)', { ids: ids.slice(i, i + CHUNK) })
          .getRawMany<RawCommitment>()),
      );
    }
    // A commitment without a known day stays with the set's own tenure.
    const within = (r: RawCommitment) =>
      !madeWithin || r.madeOn === null || (r.madeOn >= madeWithin.from && (madeWithin.to === null || r.madeOn <= madeWithin.to));
    return report(rows.filter(within), asOf);
  }
}

function report(rows: readonly RawCommitment[], asOf: KamerDate): CommitmentsKeptReport {
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

function toRecord(r: RawCommitment): CommitmentRecord {
  return { lifecycle: r.status, closedOn: r.closedOn, dueDate: r.dueDate, madeOn: r.madeOn, rejected: r.reviewState === 'rejected' };
}
