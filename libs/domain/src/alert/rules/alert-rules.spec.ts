import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_POLICY } from '../../policy/default-policy.js';
import { factsOf } from '../../rules/answer-term.factory.js';
import { addDays, fromDayNumber, toDayNumber } from '../../rules/kamer-date.util.js';
import { commitmentAlerts, questionSetAlerts } from './index.js';

// Seed 000 (2022Z01519): submitted 2022-01-31, term 2022-02-21, extended term 2022-03-14; answered 2022-02-28.
const submittedOn = '2022-01-31';
const alertsOf = (facts: Parameters<typeof questionSetAlerts>[1], asOf: string) => questionSetAlerts('2022Z01519', facts, asOf, DEFAULT_POLICY);

describe('overdue: the term passes with no answer and no deferral', () => {
  it('fires from the first day after the term, with the days over', () => {
    expect(alertsOf(factsOf({ submittedOn }), '2022-02-22')).toEqual([{ rule: 'overdue', subjectKey: '2022Z01519', termDate: '2022-02-21', days: 1 }]);
  });

  it('does not fire on the term itself, nor once the answer (dated by asOf) is in', () => {
    expect(alertsOf(factsOf({ submittedOn }), '2022-02-21').map((a) => a.rule)).toEqual(['due_soon']);
    expect(alertsOf(factsOf({ submittedOn, answeredOn: '2022-02-28' }), '2022-02-28')).toEqual([]);
  });

  it('an answer dated after asOf does not count yet (seed 000 as of 2022-02-27 is still overdue)', () => {
    expect(alertsOf(factsOf({ submittedOn, answeredOn: '2022-02-28' }), '2022-02-27').map((a) => a.rule)).toEqual(['overdue']);
  });

  it("is news for alertLookbackDays days only: older history is the digest's", () => {
    const facts = factsOf({ submittedOn });
    expect(alertsOf(facts, addDays('2022-02-22', DEFAULT_POLICY.alertLookbackDays - 1))).toHaveLength(1);
    expect(alertsOf(facts, addDays('2022-02-22', DEFAULT_POLICY.alertLookbackDays))).toEqual([]);
  });

  it('a timely deferral means no overdue alert', () => {
    expect(alertsOf(factsOf({ submittedOn, deferralDates: ['2022-02-14'] }), '2022-02-22')).toEqual([]);
  });

  it('a withdrawn set raises nothing', () => {
    expect(alertsOf(factsOf({ submittedOn, withdrawnOn: '2022-02-10' }), '2022-02-22')).toEqual([]);
  });
});

describe('overdue_after_deferral: the extended term passes (seed 004: deferral on day 21)', () => {
  const seed004 = factsOf({ submittedOn: '2021-10-01', deferralDates: ['2021-10-22'] });

  it('fires the day after the extended term, keyed by the extended term', () => {
    expect(questionSetAlerts('2021Z16950', seed004, '2021-11-13', DEFAULT_POLICY)).toEqual([
      { rule: 'overdue_after_deferral', subjectKey: '2021Z16950', termDate: '2021-11-12', days: 1 },
    ]);
  });

  it('the original term passing after a timely deferral is not overdue', () => {
    expect(questionSetAlerts('2021Z16950', seed004, '2021-10-23', DEFAULT_POLICY)).toEqual([]);
  });
});

describe('due_soon: the applicable term ends within dueSoonDays', () => {
  it('fires dueSoonDays before the term and on the day itself, not earlier', () => {
    const facts = factsOf({ submittedOn });
    expect(alertsOf(facts, '2022-02-18')).toEqual([{ rule: 'due_soon', subjectKey: '2022Z01519', termDate: '2022-02-21', days: 3 }]);
    expect(alertsOf(facts, '2022-02-21')[0]).toMatchObject({ rule: 'due_soon', days: 0 });
    expect(alertsOf(facts, '2022-02-17')).toEqual([]);
  });

  it('after a deferral the extended term gets its own alert (another termDate, so another key)', () => {
    const facts = factsOf({ submittedOn: '2021-10-01', deferralDates: ['2021-10-22'] });
    expect(questionSetAlerts('x', facts, '2021-10-20', DEFAULT_POLICY)[0]).toMatchObject({ rule: 'due_soon', termDate: '2021-10-22' });
    expect(questionSetAlerts('x', facts, '2021-11-10', DEFAULT_POLICY)[0]).toMatchObject({ rule: 'due_soon', termDate: '2021-11-12' });
  });

  it('follows the policy', () => {
    const policy = { ...DEFAULT_POLICY, dueSoonDays: 5 };
    expect(questionSetAlerts('x', factsOf({ submittedOn }), '2022-02-16', policy)[0]).toMatchObject({ rule: 'due_soon', days: 5 });
  });
});

describe('late_deferral: a deferral dated after the term', () => {
  const facts = factsOf({ submittedOn, deferralDates: ['2022-02-25'] });

  it('fires once the notice is dated by asOf, keyed by its date', () => {
    expect(alertsOf(facts, '2022-02-24').map((a) => a.rule)).toEqual(['overdue']);
    expect(alertsOf(facts, '2022-02-25')).toEqual([{ rule: 'late_deferral', subjectKey: '2022Z01519', termDate: '2022-02-25', days: 4 }]);
  });

  it('two late notices on the same day make one alert (found by the property below: seed -1360221141)', () => {
    const twice = factsOf({ submittedOn: '2015-01-01', deferralDates: ['2015-01-23', '2015-01-23'] });
    expect(alertsOf(twice, '2015-01-23').filter((a) => a.rule === 'late_deferral')).toHaveLength(1);
  });

  it('a deferral on the term day is in time: no alert, and the term that applies is now three weeks away', () => {
    expect(alertsOf(factsOf({ submittedOn, deferralDates: ['2022-02-21'] }), '2022-02-21')).toEqual([]);
  });
});

describe('commitment_overdue: an open commitment passes its due date', () => {
  const commitment = { id: 7, dueDate: '2022-03-01', dueImplied: false };

  it('fires from the day after the due date, within the lookback', () => {
    expect(commitmentAlerts(commitment, '2022-03-01', DEFAULT_POLICY)).toEqual([]);
    expect(commitmentAlerts(commitment, '2022-03-02', DEFAULT_POLICY)).toEqual([
      { rule: 'commitment_overdue', subjectKey: 'commitment-7', termDate: '2022-03-01', days: 1 },
    ]);
    expect(commitmentAlerts(commitment, addDays('2022-03-02', DEFAULT_POLICY.alertLookbackDays), DEFAULT_POLICY)).toEqual([]);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
  const facts = fc.record({
    submittedOn: day,
    answerAfter: fc.option(fc.integer({ min: 0, max: 200 })),
    deferralAfter: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 3 }),
  });

  it('are pure and never alert about the future: overdue terms lie before asOf, due-soon terms on or after it', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: -10, max: 120 }), (f, offset) => {
        const input = factsOf({
          submittedOn: f.submittedOn,
          answeredOn: f.answerAfter === null ? null : addDays(f.submittedOn, f.answerAfter),
          deferralDates: f.deferralAfter.map((d) => addDays(f.submittedOn, d)),
        });
        const asOf = addDays(f.submittedOn, offset);
        const alerts = questionSetAlerts('k', input, asOf, DEFAULT_POLICY);
        expect(questionSetAlerts('k', input, asOf, DEFAULT_POLICY)).toEqual(alerts);
        for (const a of alerts) {
          if (a.rule === 'due_soon') expect(a.termDate >= asOf).toBe(true);
          else expect(a.termDate <= asOf).toBe(true);
        }
        expect(new Set(alerts.map((a) => `${a.rule}/${a.termDate}`)).size).toBe(alerts.length);
      }),
    );
  });
});
