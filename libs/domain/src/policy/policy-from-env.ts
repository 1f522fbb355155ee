import { EnvError } from '../config/env.js';
import { buildPolicy, PolicyError, type PolicyOverrides } from './policy-from-config.js';
import type { Policy } from './policy.js';

type Source = Record<string, string | undefined>;
type DayField = 'answerTermDays' | 'deferralExtensionDays' | 'dueSoonDays' | 'commitmentDefaultHorizonDays';

/** The environment variables that change the norm, each with the policy field it sets. */
export const POLICY_VARIABLES = {
  ANSWER_TERM_DAYS: 'answerTermDays',
  DEFERRAL_EXTENSION_DAYS: 'deferralExtensionDays',
  PAUSE_DURING_RECESS: 'pauseDuringRecess',
  DUE_SOON_DAYS: 'dueSoonDays',
  COMMITMENT_DEFAULT_HORIZON_DAYS: 'commitmentDefaultHorizonDays',
  POLICY_TIME_ZONE: 'timeZone',
  ALERT_SWEEP_CRON: 'schedules.alertSweep',
  WEEKLY_DIGEST_CRON: 'schedules.weeklyDigest',
  DAILY_DIGEST_CRON: 'schedules.dailyDigest',
  OPEN_DATA_SYNC_CRON: 'schedules.openDataSync',
} as const;

/**
 * The policy in force: DEFAULT_POLICY with the variables above applied, checked as a whole by buildPolicy. Every
 * problem is reported together as NAME=value (rule), the same way as the rest of the configuration (EnvError).
 */
export function readPolicy(source: Source = process.env): Policy {
  const overrides: PolicyOverrides & { schedules: Partial<Policy['schedules']> } = { schedules: {} };
  const problems: string[] = [];
  for (const [name, field] of Object.entries(POLICY_VARIABLES)) {
    const text = source[name];
    if (text === undefined || text === '') continue;
    if (field.startsWith('schedules.')) {
      overrides.schedules[field.slice('schedules.'.length) as keyof Policy['schedules']] = text;
    } else if (field === 'pauseDuringRecess') {
      if (text === 'true' || text === 'false') overrides.pauseDuringRecess = text === 'true';
      else problems.push(`${name}=${text} (true or false)`);
    } else if (field === 'timeZone') {
      overrides.timeZone = text;
    } else if (/^\d{1,4}$/.test(text)) {
      overrides[field as DayField] = Number(text);
    } else {
      problems.push(`${name}=${text} (a whole number of days)`);
    }
  }
  if (problems.length > 0) throw new EnvError(problems);
  try {
    return buildPolicy(overrides);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    throw new EnvError(error.problems.map((problem) => renameField(problem)));
  }
}

/** buildPolicy names policy fields (answerTermDays=0 (…)); a user set an environment variable. */
function renameField(problem: string): string {
  for (const [name, field] of Object.entries(POLICY_VARIABLES)) {
    if (problem.startsWith(`${field}=`)) return `${name}${problem.slice(field.length)}`;
  }
  return problem;
}

let cached: Policy | null = null;

/** The validated policy of this process, read once (like getEnv). */
export function getPolicy(): Policy {
  cached ??= readPolicy();
  return cached;
}

/** Tests that change process.env between cases call this. */
export function clearPolicyCache(): void {
  cached = null;
}
