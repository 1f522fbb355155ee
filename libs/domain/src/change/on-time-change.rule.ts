import type { AnswerTermVerdict } from '../rules/answer-term.types.js';
import { twoProportionTest, wilsonInterval, type Interval, type TwoProportionTest } from './proportion.rule.js';

/** The on-time share of one group (a vergaderjaar, a minister's), counted as the latency report counts it. */
export interface OnTimeShare {
  group: string;
  /** Answered within the term that applied (on time, or in the extension after a deferral). */
  onTime: number;
  /** Decided by the date: answered, or unanswered past the term that applied (late already, whatever comes). */
  decided: number;
  share: number | null;
  /** Wilson's 95 % interval of the share. */
  interval: Interval | null;
}

export type ChangeVerdict = 'sneller' | 'trager' | 'geen verschil aantoonbaar';

export interface OnTimeComparison {
  from: OnTimeShare;
  to: OnTimeShare;
  test: TwoProportionTest | null;
  /** sneller: a larger on-time share in `to`, at the significance level; trager: smaller; else no difference shown. */
  verdict: ChangeVerdict;
}

const ON_TIME = new Set(['answered_on_time', 'answered_in_extension']);
// Open sets within their term are not decided yet: counting them either way would guess.
const DECIDED = new Set(['answered_on_time', 'answered_in_extension', 'answered_late', 'overdue', 'overdue_deferred']);

/** The on-time share per group, in the order the groups first appear. Withdrawn and still-open-in-term sets are left out. */
export function onTimeShares(entries: Iterable<readonly [string, AnswerTermVerdict]>): OnTimeShare[] {
  const counts = new Map<string, { onTime: number; decided: number }>();
  for (const [group, verdict] of entries) {
    const c = counts.get(group) ?? { onTime: 0, decided: 0 };
    counts.set(group, c);
    if (!DECIDED.has(verdict.status)) continue;
    c.decided += 1;
    if (ON_TIME.has(verdict.status)) c.onTime += 1;
  }
  return [...counts].map(([group, { onTime, decided }]) => ({
    group,
    onTime,
    decided,
    share: decided > 0 ? onTime / decided : null,
    interval: wilsonInterval(onTime, decided),
  }));
}

/** Whether the on-time share changed from `from` to `to` beyond chance (two-proportion z test, two-sided). */
export function compareOnTime(from: OnTimeShare, to: OnTimeShare, significanceLevel: number): OnTimeComparison {
  const test = twoProportionTest(from.onTime, from.decided, to.onTime, to.decided);
  const verdict: ChangeVerdict = !test || test.pValue >= significanceLevel ? 'geen verschil aantoonbaar' : test.difference > 0 ? 'sneller' : 'trager';
  return { from, to, test, verdict };
}
