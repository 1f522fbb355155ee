import type { Policy } from '../../policy/policy.js';
import { evaluateAnswerTerm } from '../../rules/evaluate-answer-term.rule.js';
import type { AnswerTermFacts } from '../../rules/answer-term.types.js';
import type { KamerDate } from '../../rules/kamer-date.util.js';
import type { AlertCandidate, CommitmentSubject, QuestionSetAlertRule } from './alert-rule.types.js';
import { commitmentOverdueRule } from './commitment-overdue.rule.js';
import { dueSoonRule } from './due-soon.rule.js';
import { lateDeferralRule } from './late-deferral.rule.js';
import { overdueAfterDeferralRule } from './overdue-after-deferral.rule.js';
import { overdueRule } from './overdue.rule.js';

export * from './alert-rule.types.js';
export { commitmentOverdueRule, dueSoonRule, lateDeferralRule, overdueAfterDeferralRule, overdueRule };

const QUESTION_SET_RULES: readonly QuestionSetAlertRule[] = [overdueRule, overdueAfterDeferralRule, dueSoonRule, lateDeferralRule];

/** Every alert the rules raise for one question set as of asOf. Pure: the same facts and date give the same alerts. */
export function questionSetAlerts(key: string, facts: AnswerTermFacts, asOf: KamerDate, policy: Policy): AlertCandidate[] {
  const verdict = evaluateAnswerTerm(facts, asOf, policy);
  return QUESTION_SET_RULES.flatMap((rule) => rule({ key, facts, verdict }, asOf, policy.alertLookbackDays, policy.dueSoonDays));
}

export function commitmentAlerts(commitment: CommitmentSubject, asOf: KamerDate, policy: Policy): AlertCandidate[] {
  return commitmentOverdueRule(commitment, asOf, policy.alertLookbackDays);
}
