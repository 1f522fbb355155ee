import { describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY } from './default-policy.js';
import type { Policy } from './policy.js';
import { buildPolicy, PolicyError, type PolicyOverrides } from './policy-from-config.js';

function problemsOf(overrides: unknown): string[] {
  try {
    buildPolicy(overrides as PolicyOverrides);
  } catch (error) {
    if (error instanceof PolicyError) return error.problems;
    throw error;
  }
  return [];
}

describe('DEFAULT_POLICY', () => {
  it('holds the norms of the Reglement van Orde and the product defaults', () => {
    expect(DEFAULT_POLICY).toMatchObject({
      timeZone: 'Europe/Amsterdam',
      answerTermDays: 21,
      deferralExtensionDays: 21,
      pauseDuringRecess: false,
      dueSoonDays: 3,
      alertLookbackDays: 7,
      commitmentDefaultHorizonDays: 90,
      schedules: { alertSweep: '0 * * * *', openDataSync: '*/15 * * * *', weeklyDigest: '0 8 * * 1', dailyDigest: '0 8 * * *' },
    });
    expect(DEFAULT_POLICY.recesses.length).toBeGreaterThanOrEqual(45);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.schedules)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.recesses)).toBe(true);
  });

  it('passes its own validation', () => {
    expect(buildPolicy({})).toEqual(DEFAULT_POLICY);
    expect(buildPolicy()).toEqual(DEFAULT_POLICY);
  });
});

describe('buildPolicy', () => {
  it('applies overrides, including a single schedule', () => {
    const policy: Policy = buildPolicy({ answerTermDays: 14, pauseDuringRecess: true, schedules: { weeklyDigest: '30 7 * * 1' } });
    expect(policy).toMatchObject({ answerTermDays: 14, deferralExtensionDays: 21, pauseDuringRecess: true });
    expect(policy.schedules).toEqual({ alertSweep: '0 * * * *', openDataSync: '*/15 * * * *', weeklyDigest: '30 7 * * 1', dailyDigest: '0 8 * * *' });
    expect(DEFAULT_POLICY.answerTermDays).toBe(21);
  });

  it('lists every bad field together, as field=value (rule)', () => {
    const problems = problemsOf({
      answerTermDays: 0,
      deferralExtensionDays: 2.5,
      dueSoonDays: '3',
      alertLookbackDays: 0,
      commitmentDefaultHorizonDays: -90,
      timeZone: 'Mars/Olympus',
      pauseDuringRecess: 'yes',
      schedules: { alertSweep: 'hourly' },
      recesses: [{ name: 'zomerreces 2030', kind: 'zomerreces', from: '2030-09-01', to: '2030-07-05' }],
      answerTerm: 21,
    });
    expect(problems).toEqual([
      'answerTerm (not a policy setting)',
      'answerTermDays=0 (a positive integer number of days, at most 3660)',
      'deferralExtensionDays=2.5 (a positive integer number of days, at most 3660)',
      'dueSoonDays="3" (a positive integer number of days, at most 3660)',
      'alertLookbackDays=0 (a positive integer number of days, at most 3660)',
      'commitmentDefaultHorizonDays=-90 (a positive integer number of days, at most 3660)',
      'timeZone="Mars/Olympus" (an IANA time zone such as "Europe/Amsterdam")',
      'pauseDuringRecess="yes" (true or false)',
      'schedules.alertSweep="hourly" (a cron pattern with five or six fields, e.g. "0 8 * * 1")',
      'recesses[0].to="2030-07-05" (on or after from 2030-09-01)',
    ]);
  });

  it('throws a PolicyError whose message names each problem', () => {
    expect(() => buildPolicy({ answerTermDays: Number.NaN, dueSoonDays: 100_000 })).toThrow(
      /Invalid policy:\n {2}- answerTermDays=NaN .*\n {2}- dueSoonDays=100000/,
    );
  });

  it('checks recess entries one by one', () => {
    expect(problemsOf({ recesses: [null, { name: '', kind: 'zomer', from: '2030-02-30', to: 'x' }] })).toEqual([
      'recesses[0]=null (an object { name, kind, from, to })',
      'recesses[1].name="" (a non-empty name)',
      'recesses[1].kind="zomer" (one of zomerreces, kerstreces, voorjaarsreces, meireces, herfstreces, krokusreces, paasreces, other)',
      'recesses[1].from="2030-02-30" (a date YYYY-MM-DD)',
      'recesses[1].to="x" (a date YYYY-MM-DD)',
    ]);
    expect(problemsOf({ recesses: 'none' })).toEqual(['recesses="none" (a list of { name, kind, from, to })']);
  });
});
