import { DEFAULT_POLICY } from '../policy/default-policy.js';
import type { Policy } from '../policy/policy.js';

/** The part of the policy the answer-term verdict depends on: the projection is only valid for the same values. */
export type TermPolicy = Pick<Policy, 'answerTermDays' | 'deferralExtensionDays' | 'pauseDuringRecess' | 'recesses'>;

const keys = new WeakMap<Policy, string>();

/** A stable text for the term part of a policy. Recesses count only when they pause the term. */
export function termPolicyKey(policy: Policy): string {
  let key = keys.get(policy);
  if (key === undefined) {
    const term: TermPolicy = {
      answerTermDays: policy.answerTermDays,
      deferralExtensionDays: policy.deferralExtensionDays,
      pauseDuringRecess: policy.pauseDuringRecess,
      recesses: policy.pauseDuringRecess ? policy.recesses : [],
    };
    key = JSON.stringify(term);
    keys.set(policy, key);
  }
  return key;
}

/** A policy to evaluate with, from a stored termPolicyKey: the rules read only the term part. */
export function policyOfTermPolicyKey(key: string): Policy {
  return { ...DEFAULT_POLICY, ...(JSON.parse(key) as TermPolicy) };
}
