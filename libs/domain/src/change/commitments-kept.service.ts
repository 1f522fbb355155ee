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
      .select(['c.status AS "status"', 'c.closedOn AS "closedOn"', 'c.dueDate AS "dueDate"', 'c.madeOn AS "madeOn"', 'c.reviewState AS "reviewState"', 'q.ministerLabel AS "ministerLabel"'])
      .where('m.slug = :slug', { slug })
      .orWhere('c.questionSetId IS NULL AND LOWER(c.ministry) = (SELECT LOWER(m2.name) FROM ministry m2 WHERE m2.slug = :slug)', { slug })
      .getRawMany<RawCommitment>();
    const records = rows.map((r) => ({ group: r.ministerLabel ?? UNKNOWN_GROUP, record: toRecord(r) }));
    const groups = new Map<string, CommitmentRecord[]>();
    for (const { group, record } of records) groups.set(group, [...(groups.get(group) ?? []), record]);
    return {
      asOf,
      total: tallyCommitments(records.map((r) => r.record), asOf),
      byMinister: [...groups]
        .map(([group, list]) => ({ group, ...tallyCommitments(list, asOf) }))
        .filter((g) => g.made > 0)
        .sort((a, b) => b.made - a.made || a.group.localeCompare(b.group, 'nl')),
    };
  }
}

function toRecord(r: RawCommitment): CommitmentRecord {
  return { lifecycle: r.status, closedOn: r.closedOn, dueDate: r.dueDate, madeOn: r.madeOn, rejected: r.reviewState === 'rejected' };
}
