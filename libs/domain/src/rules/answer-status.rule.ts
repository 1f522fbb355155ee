import type { Policy } from '../policy/policy.js';
import { extendedTerm, term } from './answer-term.rule.js';
import type { AnswerStatus, AnswerTermFacts } from './answer-term.types.js';
import type { KamerDate } from './kamer-date.util.js';

/** Withdrawn as of asOf: a withdrawal dated by asOf, unless an answer came first (an answered set stays answered). */
export function isWithdrawnAsOf(facts: AnswerTermFacts, asOf: KamerDate): boolean {
  const w = facts.withdrawnOn;
  if (w == null || w > asOf) return false;
  return facts.answeredOn === null || facts.answeredOn > w;
}

/**
 * The status of a question set as of asOf, from the events dated on or before asOf only.
 * Before the submission date the set counts as 'open': nothing can be late yet.
 */
export function statusAsOf(facts: AnswerTermFacts, asOf: KamerDate, policy: Policy): AnswerStatus {
  if (asOf < facts.submittedOn) return 'open';
  if (isWithdrawnAsOf(facts, asOf)) return 'withdrawn';
  const due = term(facts, policy);
  const extended = extendedTerm(facts, asOf, policy);
  const answeredOn = facts.answeredOn !== null && facts.answeredOn <= asOf ? facts.answeredOn : null;
  if (answeredOn !== null) {
    if (answeredOn <= due) return 'answered_on_time';
    return extended !== null && answeredOn <= extended ? 'answered_in_extension' : 'answered_late';
  }
  if (extended === null) return asOf <= due ? 'open' : 'overdue';
  return asOf <= extended ? 'open_deferred' : 'overdue_deferred';
}
