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
 * Aggregates verdicts that were all evaluated as of the same date.
 * shareOnTime: sets answered within the term that applied to them (answered_on_time, answered_in_extension) divided by
 * the sets whose outcome is already known: every answered set plus every overdue / overdue_deferred set (an overdue
 * set can no longer be on time). Open sets, still within their term, and withdrawn sets are left out of both.
 * shareDeferralsInTime looks at each set's first deferral, the one that grants the extension: a second notice comes
 * after the term by nature and would otherwise count against a ministry that did send the first one in time.
 */
export function summariseVerdicts(verdicts: readonly AnswerTermVerdict[]): LatencySummary {
  const answered = verdicts.filter((v) => ANSWERED_STATUSES.includes(v.status));
  const days = answered.map((v) => v.daysToAnswer ?? 0);
  const onTime = answered.filter((v) => v.status !== 'answered_late').length;
  const overdue = verdicts.filter((v) => v.status === 'overdue' || v.status === 'overdue_deferred').length;
  const deferred = verdicts.filter((v) => v.deferralCount > 0);
  const open = verdicts.filter((v) => UNANSWERED_STATUSES.includes(v.status)).map((v) => v.daysOutstanding ?? 0);
  return {
    count: verdicts.length,
    answered: answered.length,
    medianDays: round(median(days), 1),
    meanDays: round(mean(days), 1),
    p90Days: round(percentile(days, 0.9), 1),
    shareOnTime: share(onTime, answered.length + overdue),
    shareWithDeferral: share(deferred.length, verdicts.length),
    shareDeferralsInTime: share(deferred.filter((v) => v.deferrals[0].inTime).length, deferred.length),
    // reduce, not Math.max(...open): a spread of a very large list overflows the argument limit.
    longestOpenDays: open.length === 0 ? null : open.reduce((a, b) => Math.max(a, b)),
  };
}

/**
 * Evaluates each set as of asOf and summarises them. Sets submitted after asOf did not exist yet on that date and
 * are left out, so a summary "as of last Monday" counts what was known last Monday.
 */
export function summariseLatency(items: readonly AnswerTermFacts[], asOf: KamerDate, policy: Policy): LatencySummary {
  const existing = items.filter((f) => f.submittedOn <= asOf);
  return summariseVerdicts(existing.map((f) => evaluateAnswerTerm(f, asOf, policy)));
}
