import type { Policy } from '../policy/policy.js';
import { ANSWERED_STATUSES, UNANSWERED_STATUSES, type AnswerTermFacts, type AnswerTermVerdict } from './answer-term.types.js';
import { evaluateAnswerTerm } from './evaluate-answer-term.rule.js';
import type { KamerDate } from './kamer-date.util.js';

export interface LatencySummary {
  /** Question sets submitted on or before asOf. */
  count: number;
  /** Of those, answered by asOf. */
  answered: number;
  /** Days from submission to answer over the answered sets (1 decimal); null when none is answered. */
  medianDays: number | null;
  meanDays: number | null;
  p90Days: number | null;
  /** Answered within the term that applied ÷ sets whose outcome is known (see summariseVerdicts). 0..1, 3 decimals. */
  shareOnTime: number | null;
  /** Sets with at least one deferral ÷ count. */
  shareWithDeferral: number | null;
  /** Sets whose first deferral was in time ÷ sets with a deferral. */
  shareDeferralsInTime: number | null;
  /** The longest-running unanswered set, in days since submission; null when every set is answered or withdrawn. */
  longestOpenDays: number | null;
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

/**
 * The p-quantile (0 ≤ p ≤ 1) by linear interpolation between closest ranks: the value at rank (n − 1)·p in the
 * sorted list, interpolating between neighbours (Hyndman & Fan type 7, the default of numpy, R and Excel's
 * PERCENTILE.INC). It gives the usual median for p = 0.5 and never leaves the range of the data. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile: p must be between 0 and 1, got ${p}`);
  if (values.length === 0) return null;
  const s = sorted(values);
  const rank = (s.length - 1) * p;
  const below = Math.floor(rank);
  const above = Math.min(below + 1, s.length - 1);
  return s[below] + (s[above] - s[below]) * (rank - below);
}

function round(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function share(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : round(numerator / denominator, 3);
}

/**
 * What a group of sets adds up to as of one date: enough to give every figure of a LatencySummary, and small enough
 * to add up in SQL (see LatencyTallyRepository). Two tallies of disjoint sets merge into the tally of both.
 */
export interface LatencyTally {
  count: number;
  /** Days to answer → how many answered sets took that long: the distribution the median and p90 are read from. */
  answeredDays: Map<number, number>;
  /** Answered within the term that applied (answered_on_time, answered_in_extension). */
  answeredOnTime: number;
  /** Unanswered and past the term that applied (overdue, overdue_deferred). */
  overdue: number;
  /** With at least one deferral dated by the date. */
  deferred: number;
  /** Of those, whose first deferral was in time. */
  deferredInTime: number;
  longestOpenDays: number | null;
}

export function emptyTally(): LatencyTally {
  return { count: 0, answeredDays: new Map(), answeredOnTime: 0, overdue: 0, deferred: 0, deferredInTime: 0, longestOpenDays: null };
}

/** Adds `from` into `into` (the sets of both must be disjoint). */
export function mergeTally(into: LatencyTally, from: LatencyTally): LatencyTally {
  into.count += from.count;
  for (const [days, n] of from.answeredDays) into.answeredDays.set(days, (into.answeredDays.get(days) ?? 0) + n);
  into.answeredOnTime += from.answeredOnTime;
  into.overdue += from.overdue;
  into.deferred += from.deferred;
  into.deferredInTime += from.deferredInTime;
  if (from.longestOpenDays !== null) into.longestOpenDays = Math.max(into.longestOpenDays ?? from.longestOpenDays, from.longestOpenDays);
  return into;
}

/** The tally of verdicts that were all evaluated as of the same date. */
export function tallyVerdicts(verdicts: readonly AnswerTermVerdict[]): LatencyTally {
  const tally = emptyTally();
  tally.count = verdicts.length;
  for (const v of verdicts) {
    if (ANSWERED_STATUSES.includes(v.status)) {
      const days = v.daysToAnswer ?? 0;
      tally.answeredDays.set(days, (tally.answeredDays.get(days) ?? 0) + 1);
      if (v.status !== 'answered_late') tally.answeredOnTime += 1;
    }
    if (v.status === 'overdue' || v.status === 'overdue_deferred') tally.overdue += 1;
    if (v.deferralCount > 0) {
      tally.deferred += 1;
      if (v.deferrals[0].inTime) tally.deferredInTime += 1;
    }
    if (UNANSWERED_STATUSES.includes(v.status)) {
      const open = v.daysOutstanding ?? 0;
      tally.longestOpenDays = Math.max(tally.longestOpenDays ?? open, open);
    }
  }
  return tally;
}

/** percentile() of the values a histogram (value → how often) describes, without listing them one by one. */
export function percentileOfCounts(histogram: ReadonlyMap<number, number>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile: p must be between 0 and 1, got ${p}`);
  const bins = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = bins.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const valueAt = (index: number): number => {
    let seen = 0;
    for (const [value, n] of bins) {
      seen += n;
      if (index < seen) return value;
    }
    return bins[bins.length - 1][0];
  };
  const rank = (total - 1) * p;
  const below = Math.floor(rank);
  const above = Math.min(below + 1, total - 1);
  const low = valueAt(below);
  return low + (valueAt(above) - low) * (rank - below);
}

/**
 * The summary of a tally.
 * shareOnTime: sets answered within the term that applied to them (answered_on_time, answered_in_extension) divided by
 * the sets whose outcome is already known: every answered set plus every overdue / overdue_deferred set (an overdue
 * set can no longer be on time). Open sets, still within their term, and withdrawn sets are left out of both.
 * shareDeferralsInTime looks at each set's first deferral, the one that grants the extension: a second notice comes
 * after the term by nature and would otherwise count against a ministry that did send the first one in time.
 */
export function summariseTally(tally: LatencyTally): LatencySummary {
  let answered = 0;
  let daysTotal = 0;
  for (const [days, n] of tally.answeredDays) {
    answered += n;
    daysTotal += days * n;
  }
  return {
    count: tally.count,
    answered,
    medianDays: round(percentileOfCounts(tally.answeredDays, 0.5), 1),
    meanDays: round(answered === 0 ? null : daysTotal / answered, 1),
    p90Days: round(percentileOfCounts(tally.answeredDays, 0.9), 1),
    shareOnTime: share(tally.answeredOnTime, answered + tally.overdue),
    shareWithDeferral: share(tally.deferred, tally.count),
    shareDeferralsInTime: share(tally.deferredInTime, tally.deferred),
    longestOpenDays: tally.longestOpenDays,
  };
}

/** Aggregates verdicts that were all evaluated as of the same date (see summariseTally for the shares). */
export function summariseVerdicts(verdicts: readonly AnswerTermVerdict[]): LatencySummary {
  return summariseTally(tallyVerdicts(verdicts));
}

/**
 * Evaluates each set as of asOf and summarises them. Sets submitted after asOf did not exist yet on that date and
 * are left out, so a summary "as of last Monday" counts what was known last Monday.
 */
export function summariseLatency(items: readonly AnswerTermFacts[], asOf: KamerDate, policy: Policy): LatencySummary {
  const existing = items.filter((f) => f.submittedOn <= asOf);
  return summariseVerdicts(existing.map((f) => evaluateAnswerTerm(f, asOf, policy)));
}
