import { describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { addDays, toDayNumber } from '../rules/kamer-date.util.js';
import { AnswerForecaster } from './answer-forecast.rule.js';
import { prepareHistory, type ForecastHistorySet } from './forecast-history.js';

const POLICY = { ...DEFAULT_POLICY.forecast, minimumAtRisk: 3 };
const JAN = '2024-01-01';
const AS_OF = '2024-03-16';

let nextId = 1;
function set(
  ministryId: number | null,
  submittedOn: string,
  answerAge: number | null,
  deferralAge: number | null = null,
  withdrawnAge: number | null = null,
): ForecastHistorySet {
  return {
    id: nextId++,
    ministryId,
    facts: {
      submittedOn,
      answeredOn: answerAge === null ? null : addDays(submittedOn, answerAge),
      deferralDates: deferralAge === null ? [] : [addDays(submittedOn, deferralAge)],
      withdrawnOn: withdrawnAge === null ? null : addDays(submittedOn, withdrawnAge),
    },
  };
}

// Ministry 1: five sets answered without a deferral after 10, 20, 30, 40 and 50 days; one still open (75 days on
// 16 March); two deferred on day 15 and answered after 35 and 45 days; one submitted 20 February and answered after
// 30 days, that is on 21 March: after the date, so on 16 March it is an open set, 25 days old (censored).
// Ministry 2: one set deferred on day 12, answered after 60 days.
const HISTORY: ForecastHistorySet[] = [
  ...[10, 20, 30, 40, 50].map((age) => set(1, JAN, age)),
  set(1, JAN, null),
  set(1, JAN, 35, 15),
  set(1, JAN, 45, 15),
  set(1, '2024-02-20', 30),
  set(2, JAN, 60, 12),
];
// The sets to forecast, all submitted 1 March (15 days open on 16 March).
const TARGET_PLAIN = set(1, '2024-03-01', null);
const TARGET_DEFERRED = set(1, '2024-03-01', null, 10);
const TARGET_DEFERRAL_AFTER_DATE = set(1, '2024-03-01', 40, 20);
const ANSWERED = set(1, '2024-03-01', 5);
const WITHDRAWN = set(1, '2024-03-01', null, null, 3);
const ALL = [...HISTORY, TARGET_PLAIN, TARGET_DEFERRED, TARGET_DEFERRAL_AFTER_DATE, ANSWERED, WITHDRAWN];

function forecastOf(target: ForecastHistorySet, sets = ALL, asOf = AS_OF) {
  const history = prepareHistory(sets, DEFAULT_POLICY);
  return new AnswerForecaster(history, toDayNumber(asOf), POLICY).forecast(sets.indexOf(target));
}

describe('AnswerForecaster', () => {
  it('an undeferred set open 15 days: Kaplan–Meier of its ministry’s undeferred sets unanswered after 15 days (hand-computed)', () => {
    // At risk after day 15, no deferral by day 15: answers on 20, 30, 40, 50; censored 25 (answered only after the
    // date), 75 (still open), and the three other targets are 15 days old: not after 15, so not at risk. The deferred
    // sets (deferral on day 15) are left out.
    // S(20) = 5/6, S(30) = 5/6 · 3/4 = .625 (the censoring at 25 leaves 4 at risk), S(40) = .625 · 2/3 = .4167,
    // S(50) = .4167 · 1/2 = .2083; never ≤ .1.
    const f = forecastOf(TARGET_PLAIN)!;
    expect(f).toMatchObject({ basis: 'ministry', atRisk: 6, daysOpen: 15, deferred: false, medianAge: 40, intervalAges: { from: 20, to: null } });
    expect(f.probabilityWithinTerm).toBeCloseTo(1 / 6, 12);
  });

  it('a deferred set: compared with sets deferred by the same age; too few in its ministry, so all ministries', () => {
    // Deferred by day 15 and unanswered after it: ministry 1 has two (35, 45), fewer than 3; all ministries add
    // ministry 2's (60). S(35) = 2/3, S(45) = 1/3, S(60) = 0. Term that applies: the extended one, day 42.
    const f = forecastOf(TARGET_DEFERRED)!;
    expect(f).toMatchObject({ basis: 'all', atRisk: 3, deferred: true, medianAge: 45, intervalAges: { from: 35, to: 60 } });
    expect(f.probabilityWithinTerm).toBeCloseTo(1 / 3, 12);
  });

  it('a deferral or an answer dated after the date is not known yet (the as-of rule)', () => {
    const later = forecastOf(TARGET_DEFERRAL_AFTER_DATE)!;
    expect(later).toEqual(forecastOf(TARGET_PLAIN));
    // Moved to 21 March, the set answered on 21 March is an answer at 30 days, no longer a censoring at 25.
    const afterAnswer = forecastOf(TARGET_PLAIN, ALL, '2024-03-21')!;
    expect(afterAnswer.daysOpen).toBe(20);
  });

  it('gives nothing for a set answered or withdrawn by the date, or not yet submitted', () => {
    expect(forecastOf(ANSWERED)).toBeNull();
    expect(forecastOf(WITHDRAWN)).toBeNull();
    expect(forecastOf(TARGET_PLAIN, ALL, '2024-02-28')).toBeNull();
  });

  it('past its term, the probability of an answer within the term is 0', () => {
    const f = forecastOf(TARGET_PLAIN, ALL, '2024-03-25')!;
    expect(f.daysOpen).toBe(24);
    expect(f.probabilityWithinTerm).toBe(0);
  });

  it('says so when even all ministries have too few comparable sets', () => {
    const lonely = set(3, '2024-03-01', null);
    const f = forecastOf(lonely, [lonely, set(3, JAN, 10)])!;
    expect(f).toMatchObject({ basis: 'insufficient', medianAge: null, intervalAges: null, probabilityWithinTerm: null });
  });
});
