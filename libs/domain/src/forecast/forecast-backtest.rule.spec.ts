import { describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { addDays, toDayNumber } from '../rules/kamer-date.util.js';
import { backtestForecasts, mondaysBetween } from './forecast-backtest.rule.js';
import { prepareHistory, type ForecastHistorySet } from './forecast-history.js';
import { ALL_MINISTRIES } from './survival-samples.js';

let nextId = 1;
function set(submittedOn: string, answerAge: number | null, withdrawnAge: number | null = null): ForecastHistorySet {
  return {
    id: nextId++,
    ministryId: 1,
    facts: {
      submittedOn,
      answeredOn: answerAge === null ? null : addDays(submittedOn, answerAge),
      deferralDates: [],
      withdrawnOn: withdrawnAge === null ? null : addDays(submittedOn, withdrawnAge),
    },
  };
}

describe('backtestForecasts', () => {
  it('scores each forecast against the later answer (hand-computed)', () => {
    // 30 sets of 1 January 2024 answered after 10, 11, …, 39 days. On Monday 11 March 2024 five sets of 4 March are
    // 7 days open; all 30 earlier sets are comparable: the 10th percentile is day 12 (3 of 30), the median day 24
    // (15), the 90th percentile day 36 (27). The five: answered after 20 (inside), 40 (after), 11 (before); never
    // answered (302 days open at the end, past 36: a miss); withdrawn after 15 days (no outcome, not scored).
    const history = prepareHistory(
      [
        ...Array.from({ length: 30 }, (_, i) => set('2024-01-01', 10 + i)),
        set('2024-03-04', 20),
        set('2024-03-04', 40),
        set('2024-03-04', 11),
        set('2024-03-04', null),
        set('2024-03-04', null, 15),
      ],
      DEFAULT_POLICY,
    );
    const scores = backtestForecasts(history, { mondays: [toDayNumber('2024-03-11')], end: toDayNumber('2024-12-31') }, DEFAULT_POLICY.forecast);
    const expected = { predictions: 5, withoutInterval: 0, scored: 4, covered: 1, coverage: 0.25, medianAbsoluteErrorDays: 13 };
    expect(scores.get(1)).toEqual({ group: 1, ...expected });
    expect(scores.get(ALL_MINISTRIES)).toEqual({ group: ALL_MINISTRIES, ...expected });
  });

  it('a set still open inside its interval at the end has no outcome yet', () => {
    const history = prepareHistory([...Array.from({ length: 30 }, (_, i) => set('2024-01-01', 10 + i)), set('2024-03-04', null)], DEFAULT_POLICY);
    // The end is 30 days after submission: within the interval (to day 36), so not scored.
    const scores = backtestForecasts(history, { mondays: [toDayNumber('2024-03-11')], end: toDayNumber('2024-04-03') }, DEFAULT_POLICY.forecast);
    expect(scores.get(1)).toMatchObject({ predictions: 1, scored: 0, coverage: null, medianAbsoluteErrorDays: null });
  });
});

describe('mondaysBetween', () => {
  it('every Monday from the first on or after `from`, and every n-th', () => {
    const days = (from: string, to: string, every = 1) => mondaysBetween(toDayNumber(from), toDayNumber(to), every).map((d) => addDays('1970-01-01', d));
    expect(days('2024-03-06', '2024-03-25')).toEqual(['2024-03-11', '2024-03-18', '2024-03-25']);
    expect(days('2024-03-11', '2024-04-08', 2)).toEqual(['2024-03-11', '2024-03-25', '2024-04-08']);
  });
});
