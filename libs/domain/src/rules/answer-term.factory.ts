import { DEFAULT_POLICY } from '../policy/default-policy.js';
import type { Policy } from '../policy/policy.js';
import type { AnswerTermFacts } from './answer-term.types.js';

// Test factories (used by the specs only): valid objects, overridden with what a test cares about.

export function factsOf(overrides: Partial<AnswerTermFacts> = {}): AnswerTermFacts {
  return { submittedOn: '2022-01-31', answeredOn: null, deferralDates: [], withdrawnOn: null, ...overrides };
}

export function policyOf(overrides: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, ...overrides };
}
