import type { DataSource } from 'typeorm';
import type { Policy } from '../policy/policy.js';
import { QuestionFactsRepository } from '../question-set/question-facts.repository.js';
import type { LatencyGroup } from '../report/report-view.js';
import { ensureAnswerTermProjection } from '../answer-term-projection/ensure-answer-term-projection.js';
import { ResponsibleReadRepository } from '../responsibility/responsible-read.repository.js';
import { vergaderjaarOf } from '../report/vergaderjaar.util.js';
import type { AnswerStatus, AnswerTermVerdict } from '../rules/answer-term.types.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import { summariseVerdicts } from '../rules/latency-stats.rule.js';
import type { LatencyProfile } from './dashboard-view.js';
import type { ProfileFilter } from './public-filter.js';

/**
 * The latency of one ministry's or one member's question sets. The API's latency report groups every set; a
 * profile page needs the same numbers for a filtered subset, so this reads the same facts with a filter and
 * summarises them with the same rule (summariseVerdicts).
 */
export class LatencyProfileService {
  private readonly facts: QuestionFactsRepository;
  private readonly responsibles: ResponsibleReadRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {
    this.facts = new QuestionFactsRepository(dataSource);
    this.responsibles = new ResponsibleReadRepository(dataSource);
  }

  async profile(filter: ProfileFilter, asOf: KamerDate): Promise<LatencyProfile> {
    // Sets submitted after asOf did not exist yet on that date.
    const rows = await this.facts.find({ ...filter, submittedBy: asOf }, { withMinisterLabel: true });
    const evaluated = rows.map((row) => ({ row, verdict: evaluateAnswerTerm(row.facts, asOf, this.policy) }));
    const statusCounts: Partial<Record<AnswerStatus, number>> = {};
    for (const { verdict } of evaluated) statusCounts[verdict.status] = (statusCounts[verdict.status] ?? 0) + 1;
    const byVergaderjaar = groupSummaries(evaluated.map((e) => [vergaderjaarOf(e.row.facts.submittedOn), e.verdict]));
    const byMonth = groupSummaries(evaluated.map((e) => [e.row.facts.submittedOn.slice(0, 7), e.verdict]));
    // Per bewindspersoon who must answer (of this ministry, on a ministry's page); a set naming nobody is in none.
    await ensureAnswerTermProjection(this.dataSource, this.policy);
    const who = await this.responsibles.of(evaluated.map((e) => e.row.id));
    const byMinister = groupSummaries(
      evaluated.flatMap((e) =>
        (who.get(e.row.id) ?? [])
          .filter((r) => !filter.ministry || r.ministry?.slug === filter.ministry)
          .map((r) => r.minister)
          .filter((m, i, all) => all.indexOf(m) === i)
          .map((m): [string, AnswerTermVerdict] => [m, e.verdict]),
      ),
    );
    return {
      asOf,
      summary: summariseVerdicts(evaluated.map((e) => e.verdict)),
      statusCounts,
      byVergaderjaar: byVergaderjaar.sort((a, b) => a.group.localeCompare(b.group)),
      byMonth: byMonth.sort((a, b) => a.group.localeCompare(b.group)),
      byMinister: byMinister.sort((a, b) => b.count - a.count || a.group.localeCompare(b.group, 'nl')),
    };
  }
}

function groupSummaries(entries: [string, AnswerTermVerdict][]): LatencyGroup[] {
  const buckets = new Map<string, AnswerTermVerdict[]>();
  for (const [group, verdict] of entries) {
    const bucket = buckets.get(group);
    if (bucket) bucket.push(verdict);
    else buckets.set(group, [verdict]);
  }
  return [...buckets].map(([group, verdicts]) => ({ group, ...summariseVerdicts(verdicts) }));
}
