import type { Policy } from '#domain';

/** The two day counts the pages explain: the term, and the term after a timely deferral. From the policy, never typed in. */
export function normOf(policy: Policy): { term: number; extended: number } {
  return { term: policy.answerTermDays, extended: policy.answerTermDays + policy.deferralExtensionDays };
}
