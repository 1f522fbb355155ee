import { describe, expect, it } from '@jest/globals';
import { EnvError } from '../config/env.js';
import { DEFAULT_POLICY } from './default-policy.js';
import { readPolicy } from './policy-from-env.js';

describe('readPolicy (the norm from environment variables)', () => {
  it('is the default policy when nothing is set', () => {
    expect(readPolicy({})).toEqual(DEFAULT_POLICY);
  });

  it('applies the term, the extension, the recess switch and a schedule', () => {
    const policy = readPolicy({ ANSWER_TERM_DAYS: '28', DEFERRAL_EXTENSION_DAYS: '14', PAUSE_DURING_RECESS: 'true', WEEKLY_DIGEST_CRON: '0 7 * * 1' });
    expect(policy).toMatchObject({ answerTermDays: 28, deferralExtensionDays: 14, pauseDuringRecess: true });
    expect(policy.schedules).toEqual({ ...DEFAULT_POLICY.schedules, weeklyDigest: '0 7 * * 1' });
    expect(policy.recesses).toBe(DEFAULT_POLICY.recesses);
  });

  it('reports every bad variable together, by its own name', () => {
    let error: unknown;
    try {
      readPolicy({ ANSWER_TERM_DAYS: 'drie weken', PAUSE_DURING_RECESS: 'ja', DEFERRAL_EXTENSION_DAYS: '0' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).problems).toEqual(['ANSWER_TERM_DAYS=drie weken (a whole number of days)', 'PAUSE_DURING_RECESS=ja (true or false)']);
  });

  it('names the variable when the value has the right form but breaks a policy rule', () => {
    expect(() => readPolicy({ DEFERRAL_EXTENSION_DAYS: '0', POLICY_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      /DEFERRAL_EXTENSION_DAYS=0 \(a positive integer[^)]*\)[\s\S]*POLICY_TIME_ZONE="Mars\/Olympus"/,
    );
  });
});
