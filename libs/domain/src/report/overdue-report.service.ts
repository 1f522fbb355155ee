import type { DataSource } from 'typeorm';
import { ForecastService } from '../forecast/forecast.service.js';
import type { Policy } from '../policy/policy.js';
import { DEFAULT_READ_CACHE, ReadCache, type ReadCacheOptions } from '../common/read-cache.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { ensureAnswerTermProjection } from '../answer-term-projection/ensure-answer-term-projection.js';
import { OverdueListRepository } from './overdue-list.repository.js';
import { UNKNOWN_ADDRESSEE_REASON, type OverdueGroup, type OverdueItem, type OverdueReport } from './report-view.js';

const OVERDUE = new Set(['overdue', 'overdue_deferred']);

/**
 * The list the Kamer publishes each Monday, as of any date: the sets not answered within three weeks, or within six
 * after a deferral, grouped by the minister who must answer. Withdrawn sets never appear.
 */
export class OverdueReportService {
  private readonly list: OverdueListRepository;
  private readonly cache: ReadCache;
  private readonly forecasts: ForecastService;
  /** The set id of each item of a computed report: the forecasts are looked up by id, which the report does not show. */
  private readonly setIds = new WeakMap<OverdueItem, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    cache: ReadCacheOptions = DEFAULT_READ_CACHE,
  ) {
    this.list = new OverdueListRepository(dataSource);
    this.cache = new ReadCache(dataSource, cache);
    this.forecasts = new ForecastService(dataSource, policy, cache);
  }

  /** The list with each set's expected answer (`forecast`) as of the same date: the Monday list's forecast column. */
  reportWithForecasts(asOf: KamerDate): Promise<OverdueReport> {
    return this.cache.get(JSON.stringify(['overdue-forecast', asOf]), async () => {
      const report = await this.report(asOf);
      const items = [...new Set([...report.groups.flatMap((g) => g.items), ...report.unknownAddressee.items])];
      const forecasts = await this.forecasts.forecasts(
        items.map((item) => this.setIds.get(item)!),
        asOf,
      );
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
    // SQL narrows to the sets open as of asOf past their first term (OverdueListRepository); the rules decide which of
    // those are overdue.
    const overdue = (await this.list.candidates(asOf))
      .map((row) => ({ row, verdict: evaluateAnswerTerm(row.facts, asOf, this.policy) }))
      .filter((e) => OVERDUE.has(e.verdict.status));
    const groups = new Map<string, OverdueGroup>();
    const unknown: OverdueItem[] = [];
    // The keys in each group: a set is listed once under a minister named twice (a Set, not a scan of the group).
    const listed = new Map<string, Set<string>>();
    for (const { row, verdict } of overdue) {
      const who = row.responsibles;
      const ministries = who.flatMap((r) => (r.ministry ? [r.ministry] : [])).filter((m, i, all) => all.findIndex((o) => o.slug === m.slug) === i);
      const item: OverdueItem = {
        zaak: row.zaak,
        key: row.key,
        title: row.title,
        submittedOn: row.facts.submittedOn,
        term: verdict.term,
        extendedTerm: verdict.extendedTerm,
        deferred: verdict.deferralCount > 0,
        daysOutstanding: verdict.daysOutstanding ?? 0,
        daysOverTerm: verdict.daysOverTerm,
        status: verdict.status,
        submitters: row.submitters,
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
          listed.set(r.minister, new Set());
        }
        const keys = listed.get(r.minister)!;
        if (keys.has(item.key)) continue;
        keys.add(item.key);
        group.items.push(item);
        group.count += 1;
      }
    }
    const byTerm = (a: OverdueItem, b: OverdueItem) =>
      b.daysOverTerm - a.daysOverTerm || a.submittedOn.localeCompare(b.submittedOn) || a.key.localeCompare(b.key);
    const sorted = [...groups.values()].sort((a, b) => b.count - a.count || a.minister.localeCompare(b.minister, 'nl'));
    for (const group of sorted) group.items.sort(byTerm);
    unknown.sort(byTerm);
    return { asOf, total: overdue.length, groups: sorted, unknownAddressee: { reason: UNKNOWN_ADDRESSEE_REASON, count: unknown.length, items: unknown } };
  }
}
