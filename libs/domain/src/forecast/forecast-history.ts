import type { Policy } from '../policy/policy.js';
import { extendedTerm, term } from '../rules/answer-term.rule.js';
import type { AnswerTermFacts } from '../rules/answer-term.types.js';
import { toDayNumber } from '../rules/kamer-date.util.js';

/** A set as the forecast reads it: the facts the statuses read, and the ministry it is compared within. */
export interface ForecastHistorySet {
  id: number;
  ministryId: number | null;
  facts: AnswerTermFacts;
}

/** No such day: an answer, withdrawal or deferral that never came. Larger than any day number. */
export const NEVER = 2 ** 31 - 1;

/**
 * The history as day numbers, read once: a backtest looks at every set on hundreds of Mondays, and date text is
 * parsed here only. Which of these days count as of a date is decided by samplesAsOf / the forecast, as the statuses do.
 */
export interface PreparedHistory {
  readonly size: number;
  readonly ids: Int32Array;
  /** ministryId, or -1 for a set with no known ministry. */
  readonly groups: Int32Array;
  readonly submitted: Int32Array;
  /** The answer that counts: NEVER when there is none or the set was withdrawn before it (see isWithdrawnAsOf). */
  readonly answered: Int32Array;
  /** The withdrawal that counts: NEVER when there is none or an answer came first. */
  readonly withdrawn: Int32Array;
  /** The first deferral dated on or before the answer (a later one never extended anything); NEVER when none. */
  readonly firstDeferral: Int32Array;
  /** The term and the extended term as day numbers (under the policy: recess pausing included). */
  readonly termDay: Int32Array;
  readonly extendedTermDay: Int32Array;
}

export const NO_MINISTRY = -1;

/** The columns of a history of n sets, to be filled in by whoever reads the sets (from facts or from the projection). */
export function allocateHistory(n: number): PreparedHistory {
  return {
    size: n,
    ids: new Int32Array(n),
    groups: new Int32Array(n),
    submitted: new Int32Array(n),
    answered: new Int32Array(n),
    withdrawn: new Int32Array(n),
    firstDeferral: new Int32Array(n),
    termDay: new Int32Array(n),
    extendedTermDay: new Int32Array(n),
  };
}

export function prepareHistory(sets: readonly ForecastHistorySet[], policy: Policy): PreparedHistory {
  const n = sets.length;
  const h = allocateHistory(n);
  sets.forEach((set, i) => {
    const { facts } = set;
    const answered = facts.answeredOn === null ? NEVER : toDayNumber(facts.answeredOn);
    const withdrawn = facts.withdrawnOn == null ? NEVER : toDayNumber(facts.withdrawnOn);
    const withdrawalCounts = withdrawn !== NEVER && answered > withdrawn;
    const firstDeferral = facts.deferralDates.reduce((min, d) => Math.min(min, toDayNumber(d)), NEVER);
    h.ids[i] = set.id;
    h.groups[i] = set.ministryId ?? NO_MINISTRY;
    h.submitted[i] = toDayNumber(facts.submittedOn);
    h.answered[i] = withdrawalCounts ? NEVER : answered;
    h.withdrawn[i] = withdrawalCounts ? withdrawn : NEVER;
    h.firstDeferral[i] = firstDeferral <= answered ? firstDeferral : NEVER;
    h.termDay[i] = toDayNumber(term(facts, policy));
    // The extended term does not depend on which deferral or when: ask the rule with any one, as of the submission.
    const probe: AnswerTermFacts = { submittedOn: facts.submittedOn, answeredOn: null, deferralDates: [facts.submittedOn] };
    h.extendedTermDay[i] = toDayNumber(extendedTerm(probe, facts.submittedOn, policy)!);
  });
  return h;
}

/** Whether set i was unanswered and not withdrawn as of day d (and already submitted). */
export function isOpenOn(h: PreparedHistory, i: number, d: number): boolean {
  return h.submitted[i] <= d && h.answered[i] > d && h.withdrawn[i] > d;
}
