import type { DataSource } from 'typeorm';
import type { ProfileFilter } from '../dashboard/public-filter.js';
import type { Policy } from '../policy/policy.js';
import { QuestionFactsRepository } from '../question-set/question-facts.repository.js';
import { UNKNOWN_GROUP } from '../report/report-view.js';
import { vergaderjaarOf } from '../report/vergaderjaar.util.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import type { KamerDate } from '../rules/kamer-date.util.js';
import type { AnswerTermVerdict } from '../rules/answer-term.types.js';
import { attributeToBewindspersoon, type BewindspersoonPeriod } from './attribute-bewindspersoon.rule.js';
import { compareOnTime, onTimeShares, type OnTimeComparison, type OnTimeShare } from './on-time-change.rule.js';

export interface OnTimeChange {
  asOf: KamerDate;
  /** Oldest first. */
  byVergaderjaar: OnTimeShare[];
  /** The last vergaderjaar with decided sets against the one before it; null with fewer than two such years. */
  lastYears: OnTimeComparison | null;
  /** Each vergaderjaar with decided sets against the one before it that had any, oldest pair first. */
  consecutiveYears: OnTimeComparison[];
  /** Each bewindspersoon's share over the filtered sets, most decided first. */
  byMinister: OnTimeShare[];
  /**
   * With a ministry filter: each set attributed to the head of the ministry in office on the day its term ran out (or
   * its answer, if earlier), from the table of bewindspersonen; so each scorecard covers its holder's own tenure.
   * Sets on a day nobody held the post fall under UNATTRIBUTED. Oldest tenure first.
   */
  byTenure: (OnTimeShare & { from: KamerDate | null; to: KamerDate | null })[];
}

/** One party of the submitters: its on-time share per vergaderjaar and each year against the one before. */
export interface PartyOnTimeChange {
  party: string;
  /** Oldest first. */
  byVergaderjaar: OnTimeShare[];
  consecutiveYears: OnTimeComparison[];
}

export const UNATTRIBUTED = 'niet toe te wijzen (geen bewindspersoon in de tabel)';

/** On-time shares with their uncertainty, per vergaderjaar and per bewindspersoon, and whether the last year really differs. */
export class OnTimeChangeService {
  private readonly facts: QuestionFactsRepository;

  constructor(
    dataSource: DataSource,
    private readonly policy: Policy,
    /** The table of bewindspersonen per period; the wiring passes BEWINDSPERSONEN, tests their own. */
    private readonly bewindspersonen: readonly BewindspersoonPeriod[] = [],
  ) {
    this.facts = new QuestionFactsRepository(dataSource);
  }

  async change(filter: ProfileFilter, asOf: KamerDate): Promise<OnTimeChange> {
    const rows = await this.facts.find({ ...filter, submittedBy: asOf }, { withMinisterLabel: true });
    const evaluated = rows.map((row) => ({ row, verdict: evaluateAnswerTerm(row.facts, asOf, this.policy) }));
    const byVergaderjaar = onTimeShares(evaluated.map((e) => [vergaderjaarOf(e.row.facts.submittedOn), e.verdict] as const)).sort((a, b) =>
      a.group.localeCompare(b.group),
    );
    const decidedYears = byVergaderjaar.filter((y) => y.decided > 0);
    const consecutiveYears = decidedYears.slice(1).map((year, i) => compareOnTime(decidedYears[i], year, this.policy.changeSignificanceLevel));
    const lastYears = consecutiveYears.at(-1) ?? null;
    const byMinister = onTimeShares(evaluated.map((e) => [e.row.ministerLabel ?? UNKNOWN_GROUP, e.verdict] as const)).sort(
      (a, b) => b.decided - a.decided || a.group.localeCompare(b.group, 'nl'),
    );
    return { asOf, byVergaderjaar, lastYears, consecutiveYears, byMinister, byTenure: this.byTenure(filter.ministry ?? null, evaluated) };
  }

  /**
   * Per party of the submitters (a set asked by members of two parties counts for both, as in the latency report's
   * groupBy=party; a set with no known party under UNKNOWN_GROUP), the shares per vergaderjaar and the year verdicts.
   */
  async byParty(asOf: KamerDate): Promise<PartyOnTimeChange[]> {
    const [rows, parties] = await Promise.all([this.facts.find({ submittedBy: asOf }), this.facts.partiesOf({ submittedBy: asOf })]);
    const perParty = new Map<string, [string, AnswerTermVerdict][]>();
    for (const row of rows) {
      const verdict = evaluateAnswerTerm(row.facts, asOf, this.policy);
      for (const party of parties.get(row.id) ?? [UNKNOWN_GROUP]) {
        const list = perParty.get(party) ?? [];
        list.push([vergaderjaarOf(row.facts.submittedOn), verdict]);
        perParty.set(party, list);
      }
    }
    return [...perParty]
      .map(([party, entries]) => {
        const byVergaderjaar = onTimeShares(entries).sort((a, b) => a.group.localeCompare(b.group));
        const decided = byVergaderjaar.filter((y) => y.decided > 0);
        return {
          party,
          byVergaderjaar,
          consecutiveYears: decided.slice(1).map((year, i) => compareOnTime(decided[i], year, this.policy.changeSignificanceLevel)),
        };
      })
      .sort((a, b) => a.party.localeCompare(b.party, 'nl'));
  }

  private byTenure(
    ministrySlug: string | null,
    evaluated: { row: { facts: { submittedOn: string; answeredOn: string | null } }; verdict: AnswerTermVerdict }[],
  ): OnTimeChange['byTenure'] {
    if (ministrySlug === null) return [];
    const holders = new Map<string, BewindspersoonPeriod>();
    const entries = evaluated.map((e) => {
      const holder = attributeToBewindspersoon(
        { ministrySlug, post: null, submittedOn: e.row.facts.submittedOn, answeredOn: e.row.facts.answeredOn, verdict: e.verdict },
        this.bewindspersonen,
      );
      const key = holder ? `${holder.name} (${holder.post}, ${holder.from})` : UNATTRIBUTED;
      if (holder) holders.set(key, holder);
      return [key, e.verdict] as const;
    });
    return onTimeShares(entries)
      .map((share) => ({ ...share, from: holders.get(share.group)?.from ?? null, to: holders.get(share.group)?.to ?? null }))
      .sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999'));
  }
}
