import type { Policy } from '../policy/policy.js';
import { vergaderjaarOf } from '../report/vergaderjaar.util.js';
import { ANSWERED_STATUSES, type AnswerTermFacts } from '../rules/answer-term.types.js';
import { evaluateAnswerTerm } from '../rules/evaluate-answer-term.rule.js';
import { toDayNumber, type KamerDate } from '../rules/kamer-date.util.js';
import type { AnswerTermProjectionEntity } from './answer-term-projection.entity.js';

/** A dated set as the projection needs it: the facts the rules read, and what reports group by. */
export interface ProjectionSource {
  id: number;
  facts: AnswerTermFacts;
  ministryId: number | null;
  ministerLabel: string | null;
  /** The distinct parties of its submitters. */
  parties: string[];
}

export type AnswerTermProjection = AnswerTermProjectionEntity;

function dayOrNull(date: KamerDate | null | undefined): number | null {
  return date == null ? null : toDayNumber(date);
}

/**
 * The asOf-independent part of a set's verdict, read off the rules themselves (no term arithmetic here):
 * - evaluated once every event has happened (as of its latest date), the verdict says whether the answer or the
 *   withdrawal is the one that counts, the days to answer, whether the answer was in term, the term, the first
 *   deferral and whether it was in time; none of these changes for a later asOf;
 * - evaluated as of its first deferral, it gives the extended term that applies from that day while unanswered.
 * What still depends on asOf is only which of these dates have passed: the report's SQL compares them with asOf.
 */
export function projectAnswerTerm(source: ProjectionSource, policy: Policy): AnswerTermProjection {
  const { facts } = source;
  const dates = [facts.submittedOn, facts.answeredOn, facts.withdrawnOn, ...facts.deferralDates].filter((d): d is KamerDate => d != null);
  const lastEvent = dates.reduce((a, b) => (a >= b ? a : b));
  const final = evaluateAnswerTerm(facts, lastEvent, policy);
  const answered = ANSWERED_STATUSES.includes(final.status);
  const firstDeferral = final.deferrals[0] ?? null;
  const fromFirstDeferral = firstDeferral ? evaluateAnswerTerm(facts, firstDeferral.date, policy) : null;
  return {
    questionSetId: source.id,
    ministryId: source.ministryId,
    ministerLabel: source.ministerLabel,
    submittedOn: facts.submittedOn,
    submittedMonth: facts.submittedOn.slice(0, 7),
    vergaderjaar: vergaderjaarOf(facts.submittedOn),
    answeredDay: answered ? dayOrNull(facts.answeredOn) : null,
    withdrawnDay: final.status === 'withdrawn' ? dayOrNull(facts.withdrawnOn) : null,
    daysToAnswer: answered ? final.daysToAnswer : null,
    answeredInTerm: answered ? (final.status === 'answered_late' ? 0 : 1) : null,
    termDay: toDayNumber(final.term),
    extendedTermDay: dayOrNull(fromFirstDeferral?.extendedTerm),
    firstDeferralDay: dayOrNull(firstDeferral?.date),
    firstDeferralInTime: firstDeferral ? (firstDeferral.inTime ? 1 : 0) : null,
  };
}
