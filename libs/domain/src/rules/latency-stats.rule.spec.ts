import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { factsOf } from './answer-term.factory.js';
import { mean, median, percentile, summariseLatency } from './latency-stats.rule.js';

describe('mean, median, percentile', () => {
  it('are null for no values', () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(percentile([], 0.9)).toBeNull();
  });

  it('compute the usual values', () => {
    expect(mean([28, 54, 149, 22, 48])).toBe(60.2);
    expect(median([28, 54, 149, 22, 48])).toBe(48);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('interpolates linearly between closest ranks (type 7)', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(percentile([22, 28, 48, 54, 149], 0.9)).toBeCloseTo(111);
    expect(percentile([10, 20], 0)).toBe(10);
    expect(percentile([10, 20], 1)).toBe(20);
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('never leave the range of the data and do not depend on order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        const q = percentile(values, p)!;
        expect(q).toBeGreaterThanOrEqual(Math.min(...values));
        expect(q).toBeLessThanOrEqual(Math.max(...values));
        expect(percentile([...values].reverse(), p)).toBeCloseTo(q);
      }),
    );
  });
});

describe('summariseLatency', () => {
  const seeds = [
    factsOf({ submittedOn: '2022-01-31', answeredOn: '2022-02-28' }),
    factsOf({ submittedOn: '2019-07-18', answeredOn: '2019-09-10' }),
    factsOf({ submittedOn: '2021-11-09', answeredOn: '2022-04-07', deferralDates: ['2021-11-29'] }),
    factsOf({ submittedOn: '2022-06-07', answeredOn: '2022-06-29' }),
    factsOf({ submittedOn: '2021-10-01', answeredOn: '2021-11-18', deferralDates: ['2021-10-22'] }),
  ];

  it('summarises the five seeds', () => {
    expect(summariseLatency(seeds, '2023-01-01', DEFAULT_POLICY)).toEqual({
      count: 5,
      answered: 5,
      medianDays: 48,
      meanDays: 60.2,
      p90Days: 111,
      shareOnTime: 0,
      shareWithDeferral: 0.4,
      shareDeferralsInTime: 1,
      longestOpenDays: null,
    });
  });

  it('counts overdue sets as known not on time, leaves open and withdrawn sets out of the share', () => {
    const items = [
      factsOf({ submittedOn: '2023-01-02', answeredOn: '2023-01-20' }), // on time
      factsOf({ submittedOn: '2023-01-02', answeredOn: '2023-02-01', deferralDates: ['2023-01-20'] }), // in extension
      factsOf({ submittedOn: '2023-01-02', answeredOn: '2023-03-01' }), // late
      factsOf({ submittedOn: '2023-01-02' }), // overdue as of 2023-03-01 (58 days open)
      factsOf({ submittedOn: '2023-02-20', deferralDates: ['2023-03-01'] }), // open_deferred (9 days)
      factsOf({ submittedOn: '2023-01-02', withdrawnOn: '2023-01-10' }), // withdrawn
      factsOf({ submittedOn: '2023-03-02' }), // not yet submitted as of asOf: left out
    ];
    const summary = summariseLatency(items, '2023-03-01', DEFAULT_POLICY);
    expect(summary).toMatchObject({ count: 6, answered: 3, shareOnTime: 0.5, longestOpenDays: 58 });
    expect(summary.shareWithDeferral).toBe(0.333);
    expect(summary.shareDeferralsInTime).toBe(1);
  });

  it('judges deferral timeliness by each set’s first deferral', () => {
    const items = [
      factsOf({ submittedOn: '2023-01-02', deferralDates: ['2023-01-20', '2023-02-20'] }), // first in time
      factsOf({ submittedOn: '2023-01-02', deferralDates: ['2023-01-30'] }), // late
      factsOf({ submittedOn: '2023-01-02', deferralDates: ['2023-01-10'] }), // in time
    ];
    expect(summariseLatency(items, '2023-03-01', DEFAULT_POLICY).shareDeferralsInTime).toBe(0.667);
  });

  it('gives nulls, not NaN, for an empty selection', () => {
    expect(summariseLatency([], '2023-03-01', DEFAULT_POLICY)).toEqual({
      count: 0,
      answered: 0,
      medianDays: null,
      meanDays: null,
      p90Days: null,
      shareOnTime: null,
      shareWithDeferral: null,
      shareDeferralsInTime: null,
      longestOpenDays: null,
    });
  });

  it('reads the past as it was: an answer after asOf does not count yet', () => {
    const summary = summariseLatency([seeds[0]], '2022-02-25', DEFAULT_POLICY);
    expect(summary).toMatchObject({ count: 1, answered: 0, shareOnTime: 0, longestOpenDays: 25, medianDays: null });
  });
});
