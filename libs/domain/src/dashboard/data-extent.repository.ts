import type { DataSource } from 'typeorm';
import { DeferralEntity } from '../question-set/deferral.entity.js';
import { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { dataCurrentUntil } from '../sync/sync-status.js';

export interface DataExtentRow {
  questionSets: number;
  firstSubmittedOn: string | null;
  lastSubmittedOn: string | null;
  lastAnsweredOn: string | null;
  lastDeferralOn: string | null;
  /** When a sync last stored a page of the open data (ISO instant), or null when none ever ran. */
  lastSyncAt: string | null;
}

/** What the database holds and up to when: the dates the front page names so a first look is never blank. */
export class DataExtentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `upTo` leaves out what had not happened by then (a page as of a past date). */
  async extent(upTo: string): Promise<DataExtentRow> {
    const sets = await this.dataSource
      .createQueryBuilder()
      .from(QuestionSetEntity, 'q')
      .select('COUNT(*)', 'n')
      .addSelect('MIN(q.submittedOn)', 'first')
      .addSelect('MAX(q.submittedOn)', 'last')
      .where('q.submittedOn IS NOT NULL AND q.submittedOn <= :upTo', { upTo })
      .getRawOne<{ n: number | string; first: string | null; last: string | null }>();
    const answered = await this.dataSource
      .createQueryBuilder()
      .from(QuestionSetEntity, 'q')
      .select('MAX(q.answeredOn)', 'last')
      .where('q.answeredOn <= :upTo', { upTo })
      .getRawOne<{ last: string | null }>();
    const deferred = await this.dataSource
      .createQueryBuilder()
      .from(DeferralEntity, 'd')
      .select('MAX(d.date)', 'last')
      .where('d.date <= :upTo', { upTo })
      .getRawOne<{ last: string | null }>();
    // The sync's own "bijgewerkt tot" (the same figure /health and `sync status` give): every feed read to its end.
    const synced = await dataCurrentUntil(this.dataSource);
    return {
      questionSets: Number(sets?.n ?? 0),
      firstSubmittedOn: sets?.first ?? null,
      lastSubmittedOn: sets?.last ?? null,
      lastAnsweredOn: answered?.last ?? null,
      lastDeferralOn: deferred?.last ?? null,
      lastSyncAt: synced,
    };
  }
}
