import type { DataSource } from 'typeorm';
import { DEFAULT_READ_CACHE, ReadCache } from '../common/read-cache.js';
import type { Policy } from '../policy/policy.js';
import { QuestionQueryService } from '../question-set/question-query.service.js';
import { OverdueReportService } from '../report/overdue-report.service.js';
import { addDays, daysBetween, type KamerDate } from '../rules/kamer-date.util.js';
import { DataExtentRepository } from './data-extent.repository.js';
import { latestDataDate } from './latest-data-date.rule.js';

export interface DataExtent {
  questionSets: number;
  firstSubmittedOn: KamerDate | null;
  /** The latest date of any document held: a submission, an answer or a deferral notice. */
  dataUntil: KamerDate | null;
  lastSyncAt: string | null;
  /** The data end this many days before the date asked about (null without data). */
  staleDays: number | null;
  /**
   * The most recent date, on or before the date asked about, on which the Monday list was not empty, with its
   * size; null when no set was ever overdue.
   */
  latestOverdue: { asOf: KamerDate; total: number } | null;
}

// The latest late answers looked at for a day on which the Monday list was not empty.
const LATE_SETS_LOOKED_AT = 20;

// Older than this, the front page says how to fetch new data.
export const STALE_AFTER_DAYS = 14;

/** What the database holds and until when, and the latest Monday list worth showing: the front page's first lines. */
export class DataExtentService {
  private readonly repository: DataExtentRepository;
  private readonly overdue: OverdueReportService;
  private readonly questions: QuestionQueryService;
  private readonly cache: ReadCache;

  constructor(dataSource: DataSource, policy: Policy) {
    this.cache = new ReadCache(dataSource, DEFAULT_READ_CACHE);
    this.repository = new DataExtentRepository(dataSource);
    this.overdue = new OverdueReportService(dataSource, policy);
    this.questions = new QuestionQueryService(dataSource, policy);
  }

  /** Read on every front page and Monday list: kept until the next write (see ReadCache). */
  extent(asOf: KamerDate): Promise<DataExtent> {
    return this.cache.get(JSON.stringify(['extent', asOf]), () => this.compute(asOf));
  }

  private async compute(asOf: KamerDate): Promise<DataExtent> {
    const row = await this.repository.extent(asOf);
    const dataUntil = latestDataDate([row.lastSubmittedOn, row.lastAnsweredOn, row.lastDeferralOn]);
    const staleDays = dataUntil === null ? null : daysBetween(dataUntil, asOf);
    return {
      questionSets: row.questionSets,
      firstSubmittedOn: row.firstSubmittedOn,
      dataUntil,
      lastSyncAt: row.lastSyncAt,
      staleDays,
      latestOverdue: await this.latestOverdue(asOf, dataUntil),
    };
  }

  private async latestOverdue(asOf: KamerDate, dataUntil: KamerDate | null): Promise<DataExtent['latestOverdue']> {
    if (dataUntil === null) return null;
    const atEnd = await this.overdue.report(dataUntil);
    if (atEnd.total > 0) return { asOf: dataUntil, total: atEnd.total };
    // Nothing open at the end of the data: the day before a late answer, that set was still on the list, unless it
    // came the day after the term. The latest such day is the one to offer.
    const lastLate = await this.questions.list({ asOf, statuses: ['answered_late'], sort: '-answeredOn', page: 1, pageSize: LATE_SETS_LOOKED_AT });
    const late = lastLate.items.find((i) => i.answeredOn !== null && addDays(i.answeredOn, -1) > (i.extendedTerm ?? i.term ?? i.answeredOn));
    if (!late) return null;
    const day = addDays(late.answeredOn!, -1);
    const report = await this.overdue.report(day);
    return report.total > 0 ? { asOf: day, total: report.total } : null;
  }
}
