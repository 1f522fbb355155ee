import type { Policy } from '../policy/policy.js';
import type { AnswerTermFacts } from './answer-term.types.js';
import { addDays, assertKamerDate, type KamerDate } from './kamer-date.util.js';
import { addCountedDays } from './recess-calendar.util.js';

function addTermDays(start: KamerDate, days: number, policy: Policy): KamerDate {
  return policy.pauseDuringRecess ? addCountedDays(start, days, policy.recesses) : addDays(start, days);
}

/** Throws on a malformed date: facts come from the database or the parser and must already be 'YYYY-MM-DD'. */
export function assertAnswerTermFacts(facts: AnswerTermFacts): void {
  assertKamerDate(facts.submittedOn, 'submittedOn');
  if (facts.answeredOn !== null) assertKamerDate(facts.answeredOn, 'answeredOn');
  if (facts.withdrawnOn != null) assertKamerDate(facts.withdrawnOn, 'withdrawnOn');
  facts.deferralDates.forEach((d, i) => assertKamerDate(d, `deferralDates[${i}]`));
}

/**
 * The answer term: submittedOn + policy.answerTermDays calendar days; with policy.pauseDuringRecess, that many days
 * that are not recess days. An answer dated on the term itself is on time.
 */
export function term(facts: AnswerTermFacts, policy: Policy): KamerDate {
  return addTermDays(facts.submittedOn, policy.answerTermDays, policy);
}

/**
 * The date up to which events count: the answer's date when answered by asOf (a deferral must have been received by
 * the answer to extend its term), else asOf.
 */
export function eventCutoff(facts: AnswerTermFacts, asOf: KamerDate): KamerDate {
  return facts.answeredOn !== null && facts.answeredOn <= asOf ? facts.answeredOn : asOf;
}

/**
 * term + policy.deferralExtensionDays when a deferral dated on or before the cutoff (see eventCutoff) exists, else null.
 * A late deferral (dated after the term) still counts, so it still extends; a second deferral does not extend further.
 */
export function extendedTerm(facts: AnswerTermFacts, asOf: KamerDate, policy: Policy): KamerDate | null {
  const cutoff = eventCutoff(facts, asOf);
  if (!facts.deferralDates.some((d) => d <= cutoff)) return null;
  return addTermDays(term(facts, policy), policy.deferralExtensionDays, policy);
}
