import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { factsOf } from './answer-term.factory.js';
import { evaluateAnswerTerm } from './evaluate-answer-term.rule.js';
import { addDays } from './kamer-date.util.js';
import { emptyTally, mergeTally, percentile, percentileOfCounts, summariseTally, tallyVerdicts } from './latency-stats.rule.js';

// The latency report adds tallies up in SQL; these pin that a tally gives exactly the figures of the verdicts it counts.

const histogramOf = (values: number[]) => values.reduce((h, v) => h.set(v, (h.get(v) ?? 0) + 1), new Map<number, number>());

const factsArbitrary = fc
  .record({
    submitted: fc.integer({ min: 0, max: 600 }),
    answered: fc.option(fc.integer({ min: -3, max: 200 })),
    withdrawn: fc.option(fc.integer({ min: 0, max: 100 })),
    deferrals: fc.array(fc.integer({ min: -3, max: 80 }), { maxLength: 3 }),
  })
  .map(({ submitted, answered, withdrawn, deferrals }) => {
    const submittedOn = addDays('2021-01-01', submitted);
    return factsOf({
      submittedOn,
      answeredOn: answered === null ? null : addDays(submittedOn, answered),
      withdrawnOn: withdrawn === null ? null : addDays(submittedOn, withdrawn),
      deferralDates: deferrals.map((d) => addDays(submittedOn, d)),
    });
  });

describe('percentileOfCounts', () => {
  it('is percentile() of the values the histogram counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 400 })), fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        expect(percentileOfCounts(histogramOf(values), p)).toBe(percentile(values, p));
      }),
    );
  });

  it('ignores empty bins and rejects p outside 0..1', () => {
    expect(percentileOfCounts(new Map([[3, 0]]), 0.5)).toBeNull();
    expect(() => percentileOfCounts(new Map(), 2)).toThrow(RangeError);
  });
});

describe('tallies', () => {
  it('merged over any split of the sets, summarise to the same figures as all the sets at once', () => {
    fc.assert(
      fc.property(fc.array(factsArbitrary, { maxLength: 30 }), fc.integer({ min: 0, max: 900 }), fc.nat(), (facts, asOfDay, cut) => {
        const asOf = addDays('2021-01-01', asOfDay);
        const verdicts = facts.filter((f) => f.submittedOn <= asOf).map((f) => evaluateAnswerTerm(f, asOf, DEFAULT_POLICY));
        const at = verdicts.length === 0 ? 0 : cut % (verdicts.length + 1);
        const merged = mergeTally(mergeTally(emptyTally(), tallyVerdicts(verdicts.slice(0, at))), tallyVerdicts(verdicts.slice(at)));
        expect(summariseTally(merged)).toEqual(summariseTally(tallyVerdicts(verdicts)));
      }),
    );
  });
});
