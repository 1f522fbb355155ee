import type { DataSource } from 'typeorm';
import { NO_PARTY } from '../answer-term-projection/answer-term-projection.entity.js';
import { ensureAnswerTermProjection } from '../answer-term-projection/ensure-answer-term-projection.js';
import type { Policy } from '../policy/policy.js';
import { DEFAULT_READ_CACHE, ReadCache, type ReadCacheOptions } from '../common/read-cache.js';
import { QuestionQueryRepository } from '../question-set/question-query.repository.js';
import { daysBetween, type KamerDate } from '../rules/kamer-date.util.js';
import { emptyTally, mergeTally, summariseTally, type LatencyTally } from '../rules/latency-stats.rule.js';
import { LatencyTallyRepository, type LatencyTallyRow } from './latency-tally.repository.js';
import { UNKNOWN_ADDRESSEE_REASON, UNKNOWN_GROUP, type LatencyGroup, type LatencyGroupBy, type LatencyReport } from './report-view.js';

export interface LatencyReportQuery {
  asOf: KamerDate;
  groupBy: LatencyGroupBy;
  /** On submittedOn, inclusive. */
  from?: KamerDate | null;
  to?: KamerDate | null;
}

const BY_TIME: ReadonlySet<LatencyGroupBy> = new Set(['month', 'year', 'vergaderjaar']);

/**
 * How fast question sets are answered, per ministry, minister, party or period, as of a date. The rules evaluate
 * each set once, when it is written, into answer_term_projection (see projectAnswerTerm); a report adds those rows
 * up as of asOf in one SQL query, and the rules' own statistics (summariseTally) turn each group's tally into figures.
 */
export class LatencyReportService {
  private readonly tallies: LatencyTallyRepository;
  private readonly query: QuestionQueryRepository;
  private readonly cache: ReadCache;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    cache: ReadCacheOptions = DEFAULT_READ_CACHE,
  ) {
    this.tallies = new LatencyTallyRepository(dataSource);
    this.query = new QuestionQueryRepository(dataSource);
    this.cache = new ReadCache(dataSource, cache);
  }

  /** The report; served from the cache while no write happened since it was computed (see ReadCache). */
  report(request: LatencyReportQuery): Promise<LatencyReport> {
    const { asOf, groupBy } = request;
    const from = request.from ?? null;
    const to = request.to ?? null;
    return this.cache.get(JSON.stringify(['latency', asOf, groupBy, from, to]), () => this.compute(asOf, groupBy, from, to));
  }

  private async compute(asOf: KamerDate, groupBy: LatencyGroupBy, from: KamerDate | null, to: KamerDate | null): Promise<LatencyReport> {
    await ensureAnswerTermProjection(this.dataSource, this.policy);
    // Sets submitted after asOf did not exist yet on that date: the query leaves them out.
    const [rows, nameOf] = await Promise.all([this.tallies.tally(groupBy, asOf, from, to), this.groupNames(groupBy)]);
    const tallies = new Map<string, LatencyTally>();
    for (const row of rows) {
      const group = nameOf(row.groupKey);
      if (group === null) continue;
      const tally = tallies.get(group);
      if (tally) mergeTally(tally, tallyOfRow(row, asOf));
      else tallies.set(group, tallyOfRow(row, asOf));
    }
    const groups: LatencyGroup[] = [...tallies].map(([group, tally]) => ({ group, ...summariseTally(tally) }));
    // Periods read in time order; ministries, ministers and parties by size, the busiest first.
    groups.sort(BY_TIME.has(groupBy) ? (a, b) => a.group.localeCompare(b.group) : (a, b) => b.count - a.count || a.group.localeCompare(b.group, 'nl'));
    return { asOf, groupBy, from, to, groups, unknownAddressee: await this.unnamed(groupBy, asOf, from, to) };
  }

  /** For ministry and minister: the sets nobody is named for yet, summarised in one figure of their own. */
  private async unnamed(groupBy: LatencyGroupBy, asOf: KamerDate, from: KamerDate | null, to: KamerDate | null): Promise<LatencyReport['unknownAddressee']> {
    if (groupBy !== 'ministry' && groupBy !== 'minister') return null;
    const tally = emptyTally();
    for (const row of await this.tallies.tallyUnnamed(groupBy, asOf, from, to)) mergeTally(tally, tallyOfRow(row, asOf));
    return { reason: UNKNOWN_ADDRESSEE_REASON, ...summariseTally(tally) };
  }

  /**
   * The group a row's key stands for. A ministry's rows exist only for known ministries (null: a ministry row that
   * vanished, left out); a set with no known party falls under UNKNOWN_GROUP.
   */
  private async groupNames(groupBy: LatencyGroupBy): Promise<(key: string | number | null) => string | null> {
    switch (groupBy) {
      case 'ministry': {
        const ministries = await this.query.ministries();
        return (key) => (key !== null ? (ministries.get(Number(key))?.name ?? null) : null);
      }
      case 'year':
        return (key) => String(key).slice(0, 4);
      case 'party':
        return (key) => (key === null || key === NO_PARTY ? UNKNOWN_GROUP : String(key));
      default:
        return (key) => (key === null ? UNKNOWN_GROUP : String(key));
    }
  }
}

function tallyOfRow(row: LatencyTallyRow, asOf: KamerDate): LatencyTally {
  const tally = emptyTally();
  tally.count = Number(row.count);
  const answered = Number(row.answered);
  if (answered > 0) tally.answeredDays.set(Number(row.daysToAnswer), answered);
  tally.answeredOnTime = Number(row.answeredOnTime);
  tally.overdue = Number(row.overdue);
  tally.deferred = Number(row.deferred);
  tally.deferredInTime = Number(row.deferredInTime);
  // The rules count an open set's days from submission to asOf: the oldest open set is the longest open.
  tally.longestOpenDays = row.oldestOpenOn === null ? null : daysBetween(row.oldestOpenOn, asOf);
  return tally;
}
