import { isKamerDate } from '../rules/kamer-date.util.js';
import { DEFAULT_POLICY } from './default-policy.js';
import type { Policy, RecessPeriod } from './policy.js';

/** What configuration may change: any policy field, and any single schedule. */
export type PolicyOverrides = Partial<Omit<Policy, 'schedules'>> & { schedules?: Partial<Policy['schedules']> };

export class PolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid policy:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PolicyError';
  }
}

const DAY_FIELDS = ['answerTermDays', 'deferralExtensionDays', 'dueSoonDays', 'alertLookbackDays', 'commitmentDefaultHorizonDays'] as const;
// An upper bound keeps a typo (2100 instead of 21) from turning the day-by-day recess count into a long loop.
const MAX_DAYS = 3660;
const RECESS_KINDS: readonly RecessPeriod['kind'][] = [
  'zomerreces',
  'kerstreces',
  'voorjaarsreces',
  'meireces',
  'herfstreces',
  'krokusreces',
  'paasreces',
  'other',
];
const KNOWN_FIELDS = new Set<string>([...Object.keys(DEFAULT_POLICY)]);

/**
 * DEFAULT_POLICY with `overrides` applied, checked as a whole. Overrides usually come from configuration files, so the
 * values are checked at run time whatever their static type; every problem is reported together, as field=value (rule).
 */
export function buildPolicy(overrides: PolicyOverrides = {}): Policy {
  const policy: Policy = {
    ...DEFAULT_POLICY,
    ...overrides,
    schedules: { ...DEFAULT_POLICY.schedules, ...overrides.schedules },
  };
  const problems = [
    ...unknownFields(overrides),
    ...DAY_FIELDS.flatMap((field) => checkDays(field, policy[field])),
    ...checkTimeZone(policy.timeZone),
    ...(typeof policy.pauseDuringRecess === 'boolean' ? [] : [`pauseDuringRecess=${show(policy.pauseDuringRecess)} (true or false)`]),
    ...checkSchedules(policy.schedules),
    ...checkRecesses(policy.recesses),
  ];
  if (problems.length > 0) throw new PolicyError(problems);
  return policy;
}

function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

function unknownFields(overrides: object): string[] {
  return Object.keys(overrides)
    .filter((k) => !KNOWN_FIELDS.has(k))
    .map((k) => `${k} (not a policy setting)`);
}

function checkDays(field: string, value: unknown): string[] {
  const ok = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DAYS;
  return ok ? [] : [`${field}=${show(value)} (a positive integer number of days, at most ${MAX_DAYS})`];
}

function checkTimeZone(value: unknown): string[] {
  const problem = [`timeZone=${show(value)} (an IANA time zone such as "Europe/Amsterdam")`];
  if (typeof value !== 'string' || value === '') return problem;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return [];
  } catch {
    return problem;
  }
}

// A light shape check (five or six fields of cron characters); BullMQ parses the pattern itself.
const CRON = /^[\d*/,?LW#A-Z-]+(?: [\d*/,?LW#A-Z-]+){4,5}$/i;

function checkSchedules(schedules: Record<string, unknown>): string[] {
  return Object.entries(schedules)
    .filter(([, pattern]) => typeof pattern !== 'string' || !CRON.test(pattern.trim()))
    .map(([name, pattern]) => `schedules.${name}=${show(pattern)} (a cron pattern with five or six fields, e.g. "0 8 * * 1")`);
}

function checkRecesses(recesses: unknown): string[] {
  if (!Array.isArray(recesses)) return [`recesses=${show(recesses)} (a list of { name, kind, from, to })`];
  return recesses.flatMap((r: Partial<RecessPeriod> | null, i) => {
    const at = `recesses[${i}]`;
    if (typeof r !== 'object' || r === null) return [`${at}=${show(r)} (an object { name, kind, from, to })`];
    const problems: string[] = [];
    if (typeof r.name !== 'string' || r.name === '') problems.push(`${at}.name=${show(r.name)} (a non-empty name)`);
    if (!RECESS_KINDS.includes(r.kind as RecessPeriod['kind'])) problems.push(`${at}.kind=${show(r.kind)} (one of ${RECESS_KINDS.join(', ')})`);
    if (!isKamerDate(r.from)) problems.push(`${at}.from=${show(r.from)} (a date YYYY-MM-DD)`);
    if (!isKamerDate(r.to)) problems.push(`${at}.to=${show(r.to)} (a date YYYY-MM-DD)`);
    else if (isKamerDate(r.from) && r.to < r.from) problems.push(`${at}.to=${show(r.to)} (on or after from ${r.from})`);
    return problems;
  });
}
