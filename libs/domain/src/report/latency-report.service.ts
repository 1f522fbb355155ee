import type { DataSource } from 'typeorm';
import type { Policy } from '../policy/policy.js';
import { DEFAULT_READ_CACHE, ReadCache, type ReadCacheOptions } from '../common/read-cache.js';
import { QuestionFactsRepository, type QuestionFactsRow } from '../question-set/question-facts.repository.js';
import { QuestionQueryRepository } from '../question-set/question-query.repository.js';
import type { AnswerTermVerdict } from '../rules/answer-term.types.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { summariseVerdicts } from '../rules/latency-stats.rule.js';
import { UNKNOWN_GROUP, type LatencyGroup, type LatencyGroupBy, type LatencyReport } from './report-view.js';
import { vergaderjaarOf } from './vergaderjaar.util.js';

export interface LatencyReportQuery {
  asOf: KamerDate;
  groupBy: LatencyGroupBy;
  /** On submittedOn, inclusive. */
  from?: KamerDate | null;
  to?: KamerDate | null;
}

const BY_TIME: ReadonlySet<LatencyGroupBy> = new Set(['month', 'year', 'vergaderjaar']);

/**
 * How fast question sets are answered, per ministry, minister, party or period, as of a date. Each set is evaluated
 * once by the pure rules; the groups are summarised by the rules' own statistics (summariseVerdicts).
 */
export class LatencyReportService {
  private readonly facts: QuestionFactsRepository;
  private readonly query: QuestionQueryRepository;
  private readonly cache: ReadCache;

  constructor(
    dataSource: DataSource,
    private readonly policy: Policy,
    cache: ReadCacheOptions = DEFAULT_READ_CACHE,
  ) {
    this.facts = new QuestionFactsRepository(dataSource);
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
    // Sets submitted after asOf did not exist yet on that date.
    const filter = { submittedFrom: from ?? undefined, submittedTo: to ?? undefined, submittedBy: asOf };
    const rows = await this.facts.find(filter, { withMinisterLabel: groupBy === 'minister' });
    const groupsOf = await this.grouping(groupBy, filter);
    const buckets = new Map<string, AnswerTermVerdict[]>();
    for (const row of rows) {
      const verdict = evaluateAnswerTerm(row.facts, asOf, this.policy);
      for (const group of groupsOf(row)) {
        const bucket = buckets.get(group);
        if (bucket) bucket.push(verdict);
        else buckets.set(group, [verdict]);
      }
    }
    const groups: LatencyGroup[] = [...buckets].map(([group, verdicts]) => ({ group, ...summariseVerdicts(verdicts) }));
    // Periods read in time order; ministries, ministers and parties by size, the busiest first.
    groups.sort(BY_TIME.has(groupBy) ? (a, b) => a.group.localeCompare(b.group) : (a, b) => b.count - a.count || a.group.localeCompare(b.group, 'nl'));
    return { asOf, groupBy, from, to, groups };
  }

  /** The group(s) a set counts in. A set asked by members of two parties counts for both. */
  private async grouping(groupBy: LatencyGroupBy, filter: Parameters<QuestionFactsRepository['partiesOf']>[0]): Promise<(row: QuestionFactsRow) => string[]> {
    switch (groupBy) {
      case 'ministry': {
        const ministries = await this.query.ministries();
        return (row) => [(row.ministryId !== null ? ministries.get(row.ministryId)?.name : null) ?? UNKNOWN_GROUP];
      }
      case 'minister':
        return (row) => [row.ministerLabel ?? UNKNOWN_GROUP];
      case 'party': {
        const parties = await this.facts.partiesOf(filter);
        return (row) => parties.get(row.id) ?? [UNKNOWN_GROUP];
      }
      case 'month':
        return (row) => [row.facts.submittedOn.slice(0, 7)];
      case 'year':
        return (row) => [row.facts.submittedOn.slice(0, 4)];
      case 'vergaderjaar':
        return (row) => [vergaderjaarOf(row.facts.submittedOn)];
    }
  }
}
