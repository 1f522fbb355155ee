import type { DataSource } from 'typeorm';
import { ForecastService } from '../forecast/forecast.service.js';
import type { Policy } from '../policy/policy.js';
import { DEFAULT_READ_CACHE, ReadCache, type ReadCacheOptions } from '../common/read-cache.js';
import { QuestionFactsRepository } from '../question-set/question-facts.repository.js';
import { QuestionQueryRepository } from '../question-set/question-query.repository.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { ensureAnswerTermProjection } from '../answer-term-projection/ensure-answer-term-projection.js';
import { ResponsibleReadRepository } from '../responsibility/responsible-read.repository.js';
import { UNKNOWN_ADDRESSEE_REASON, type OverdueGroup, type OverdueItem, type OverdueReport } from './report-view.js';

const OVERDUE = new Set(['overdue', 'overdue_deferred']);

/**
 * The list the Kamer publishes each Monday, as of any date: the sets not answered within three weeks, or within six
 * after a deferral, grouped by the minister who must answer. Withdrawn sets never appear.
 */
export class OverdueReportService {
  private readonly facts: QuestionFactsRepository;
  private readonly query: QuestionQueryRepository;
  private readonly responsibles: ResponsibleReadRepository;
  private readonly cache: ReadCache;
  private readonly forecasts: ForecastService;
  /** The set id of each item of a computed report: the forecasts are looked up by id, which the report does not show. */
  private readonly setIds = new WeakMap<OverdueItem, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    cache: ReadCacheOptions = DEFAULT_READ_CACHE,
  ) {
    this.facts = new QuestionFactsRepository(dataSource);
    this.query = new QuestionQueryRepository(dataSource);
    this.responsibles = new ResponsibleReadRepository(dataSource);
    this.cache = new ReadCache(dataSource, cache);
    this.forecasts = new ForecastService(dataSource, policy, cache);
  }

  /** The list with each set's expected answer (`forecast`) as of the same date: the Monday list's forecast column. */
  reportWithForecasts(asOf: KamerDate): Promise<OverdueReport> {
    return this.cache.get(JSON.stringify(['overdue-forecast', asOf]), async () => {
      const report = await this.report(asOf);
      const items = [...new Set([...report.groups.flatMap((g) => g.items), ...report.unknownAddressee.items])];
      const forecasts = await this.forecasts.forecasts(items.map((item) => this.setIds.get(item)!), asOf);
      const withForecast = (item: OverdueItem): OverdueItem => ({ ...item, forecast: forecasts.get(this.setIds.get(item)!) ?? null });
      // A copy: the cached report is shared and must not change.
      return {
        ...report,
        groups: report.groups.map((g) => ({ ...g, items: g.items.map(withForecast) })),
        unknownAddressee: { ...report.unknownAddressee, items: report.unknownAddressee.items.map(withForecast) },
      };
    });
  }

  /** The list; served from the cache while no write happened since it was computed (see ReadCache). */
  report(asOf: KamerDate): Promise<OverdueReport> {
    return this.cache.get(JSON.stringify(['overdue', asOf]), () => this.compute(asOf));
  }

  private async compute(asOf: KamerDate): Promise<OverdueReport> {
    // Who must answer is kept with the projection: make sure it was built (one small query when it was).
    await ensureAnswerTermProjection(this.dataSource, this.policy);
    // SQL narrows to the sets unanswered and not withdrawn as of asOf; the rules decide which of those are overdue.
    const candidates = await this.facts.find({ submittedBy: asOf, state: { asOf, states: new Set(['unanswered']) } });
    const overdue = candidates
      .map((row) => ({ row, verdict: evaluateAnswerTerm(row.facts, asOf, this.policy) }))
      .filter((e) => OVERDUE.has(e.verdict.status));
    const ids = overdue.map((e) => e.row.id);
    const [summaries, submitters, responsibles] = await Promise.all([this.query.summaries(ids), this.query.submitters(ids), this.responsibles.of(ids)]);
    const groups = new Map<string, OverdueGroup>();
    const unknown: OverdueItem[] = [];
    for (const { row, verdict } of overdue) {
      const s = summaries.get(row.id)!;
      const who = responsibles.get(row.id) ?? [];
      const ministries = who.flatMap((r) => (r.ministry ? [r.ministry] : [])).filter((m, i, all) => all.findIndex((o) => o.slug === m.slug) === i);
      const item: OverdueItem = {
        zaak: s.zaak,
        key: s.key,
        title: s.title,
        submittedOn: row.facts.submittedOn,
        term: verdict.term,
        extendedTerm: verdict.extendedTerm,
        deferred: verdict.deferralCount > 0,
        daysOutstanding: verdict.daysOutstanding ?? 0,
        daysOverTerm: verdict.daysOverTerm,
        status: verdict.status,
        submitters: submitters.get(row.id) ?? [],
        ministers: who.map((r) => r.minister),
        ministries,
      };
      this.setIds.set(item, row.id);
      if (who.length === 0) unknown.push(item);
      // A set that several must answer is listed under each of them (and counted once in the total).
      for (const r of who) {
        let group = groups.get(r.minister);
        if (!group) {
          group = { minister: r.minister, ministry: r.ministry, count: 0, items: [] };
          groups.set(r.minister, group);
        }
        if (group.items.some((i) => i.key === item.key)) continue;
        group.items.push(item);
        group.count += 1;
      }
    }
    const byTerm = (a: OverdueItem, b: OverdueItem) => b.daysOverTerm - a.daysOverTerm || a.submittedOn.localeCompare(b.submittedOn) || a.key.localeCompare(b.key);
    const sorted = [...groups.values()].sort((a, b) => b.count - a.count || a.minister.localeCompare(b.minister, 'nl'));
    for (const group of sorted) group.items.sort(byTerm);
    unknown.sort(byTerm);
    return { asOf, total: overdue.length, groups: sorted, unknownAddressee: { reason: UNKNOWN_ADDRESSEE_REASON, count: unknown.length, items: unknown } };
  }
}
