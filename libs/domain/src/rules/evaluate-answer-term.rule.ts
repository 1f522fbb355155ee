import type { Policy } from '../policy/policy.js';
import { statusAsOf } from './answer-status.rule.js';
import { assertAnswerTermFacts, extendedTerm, term } from './answer-term.rule.js';
import { ANSWERED_STATUSES, type AnswerTermFacts, type AnswerTermVerdict, type DeferralVerdict } from './answer-term.types.js';
import { assertKamerDate, daysBetween, type KamerDate } from './kamer-date.util.js';

/** The deferrals dated on or before asOf, oldest first, each flagged in time (on or before the term) or late. */
export function deferralsAsOf(facts: AnswerTermFacts, asOf: KamerDate, due: KamerDate): DeferralVerdict[] {
  return facts.deferralDates
    .filter((d) => d <= asOf)
    .sort()
    .map((date) => ({ date, inTime: date <= due }));
}

/** The day the clock stopped: the answer, the withdrawal, or null while the set is still open. */
function stoppedOn(facts: AnswerTermFacts, verdict: Pick<AnswerTermVerdict, 'status'>): KamerDate | null {
  if (ANSWERED_STATUSES.includes(verdict.status)) return facts.answeredOn;
  if (verdict.status === 'withdrawn') return facts.withdrawnOn ?? null;
  return null;
}

/** Everything the reports, alerts and the CLI need about one set's answer term, as of asOf. */
export function evaluateAnswerTerm(facts: AnswerTermFacts, asOf: KamerDate, policy: Policy): AnswerTermVerdict {
  assertAnswerTermFacts(facts);
  assertKamerDate(asOf, 'asOf');
  const status = statusAsOf(facts, asOf, policy);
  const due = term(facts, policy);
  const extended = extendedTerm(facts, asOf, policy);
  const applicableTerm = extended ?? due;
  const stopped = stoppedOn(facts, { status });
  const answered = ANSWERED_STATUSES.includes(status);
  const deferrals = deferralsAsOf(facts, asOf, due);
  return {
    status,
    term: due,
    extendedTerm: extended,
    applicableTerm,
    daysToAnswer: answered && facts.answeredOn !== null ? daysBetween(facts.submittedOn, facts.answeredOn) : null,
    daysOverTerm: Math.max(0, daysBetween(applicableTerm, stopped ?? asOf)),
    daysOutstanding: stopped === null ? Math.max(0, daysBetween(facts.submittedOn, asOf)) : null,
    deferrals,
    deferralCount: deferrals.length,
    hasLateDeferral: deferrals.some((d) => !d.inTime),
  };
}
