export type { Policy, RecessPeriod } from './policy.js';
export { DEFAULT_POLICY } from './default-policy.js';
export { RECESS_PERIODS } from './recess-periods.js';
export { buildPolicy, PolicyError, type PolicyOverrides } from './policy-from-config.js';
export { clearPolicyCache, getPolicy, POLICY_VARIABLES, readPolicy } from './policy-from-env.js';
