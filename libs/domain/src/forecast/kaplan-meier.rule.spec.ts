import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { kaplanMeier, kaplanMeierSorted, survivalAt, survivalQuantile, type SurvivalObservation } from './kaplan-meier.rule.js';

const events = (...times: number[]): SurvivalObservation[] => times.map((time) => ({ time, event: true }));
const censored = (...times: number[]): SurvivalObservation[] => times.map((time) => ({ time, event: false }));

// Remission times in weeks of the 21 leukaemia patients on 6-mercaptopurine, Freireich et al. (1963), Blood 21:699;
// the textbook example of Kaplan–Meier with ties and censoring: Kleinbaum & Klein, Survival Analysis: A Self-Learning
// Text (3rd ed., 2012), chapter 2, table of the 6-MP group (S = .8571, .8067, .7529, .6902, .6275, .5378, .4482;
// median 23 weeks); also R's survival package, data(gehan) / survfit, which prints the same table.
const SIX_MP = [...events(6, 6, 6, 7, 10, 13, 16, 22, 23), ...censored(6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35)];
// The placebo group of the same trial: no censoring, so Kaplan–Meier is the empirical distribution; median 8 weeks.
const PLACEBO = events(1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23);

describe('kaplanMeier', () => {
  it('reproduces the published 6-MP table: ties of events and a censoring on the same week, censorings between', () => {
    const table = kaplanMeier(SIX_MP);
    const withEvents = table.filter((r) => r.events > 0).map((r) => [r.time, r.atRisk, r.events, Number(r.survival.toFixed(4))]);
    expect(withEvents).toEqual([
      [6, 21, 3, 0.8571],
      [7, 17, 1, 0.8067],
      [10, 15, 1, 0.7529],
      [13, 12, 1, 0.6902],
      [16, 11, 1, 0.6275],
      [22, 7, 1, 0.5378],
      [23, 6, 1, 0.4482],
    ]);
    // A censoring on week 6 is still at risk on week 6 (events first), and leaves the risk set after it.
    expect(table[0]).toMatchObject({ time: 6, atRisk: 21, events: 3, censored: 1 });
    expect(table.find((r) => r.time === 32)).toMatchObject({ atRisk: 4, events: 0, censored: 2 });
  });

  it('hand-computed: ties of events only, and a censoring between two events', () => {
    // 5 observations: 2, 2 (events), 3+ (censored), 5 (event), 7+ → S(2) = 3/5, S(5) = 3/5 · (1 − 1/2) = 0.3.
    const table = kaplanMeier([...events(2, 2, 5), ...censored(3, 7)]);
    expect(table).toEqual([
      { time: 2, atRisk: 5, events: 2, censored: 0, survival: 0.6 },
      { time: 3, atRisk: 3, events: 0, censored: 1, survival: 0.6 },
      { time: 5, atRisk: 2, events: 1, censored: 0, survival: 0.3 },
      { time: 7, atRisk: 1, events: 0, censored: 1, survival: 0.3 },
    ]);
    expect(survivalAt(table, 1)).toBe(1);
    expect(survivalAt(table, 4)).toBe(0.6);
    expect(survivalAt(table, 100)).toBe(0.3);
  });

  it('eventsOnly leaves out the rows of censorings alone, and nothing else', () => {
    const sorted = [...SIX_MP].sort((a, b) => a.time - b.time);
    const compact = kaplanMeierSorted(
      sorted.map((o) => o.time),
      sorted.map((o) => o.event),
      0,
      sorted.length,
      true,
    );
    expect(compact).toEqual(kaplanMeier(SIX_MP).filter((r) => r.events > 0));
  });

  it('without censoring is the empirical survival function', () => {
    const table = kaplanMeier(PLACEBO);
    expect(survivalAt(table, 5)).toBeCloseTo(12 / 21, 12);
    expect(survivalAt(table, 8)).toBeCloseTo(8 / 21, 12);
    expect(survivalAt(table, 23)).toBeCloseTo(0, 12);
  });

  it('conditioned on surviving t0 (the estimator on the sets still at risk after t0) equals S(t) / S(t0)', () => {
    const observation = fc.record({ time: fc.integer({ min: 0, max: 60 }), event: fc.boolean() });
    fc.assert(
      fc.property(fc.array(observation, { minLength: 1, maxLength: 80 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 80 }), (obs, t0, dt) => {
        const full = kaplanMeier(obs);
        const after = kaplanMeier(obs.filter((o) => o.time > t0));
        const s0 = survivalAt(full, t0);
        if (s0 === 0 || obs.every((o) => o.time <= t0)) return;
        expect(survivalAt(after, t0 + dt)).toBeCloseTo(survivalAt(full, t0 + dt) / s0, 9);
      }),
    );
  });
});

describe('survivalQuantile', () => {
  it('gives the published medians: 23 weeks on 6-MP, 8 weeks on placebo', () => {
    expect(survivalQuantile(kaplanMeier(SIX_MP), 0.5)).toBe(23);
    expect(survivalQuantile(kaplanMeier(PLACEBO), 0.5)).toBe(8);
  });

  it('gives the quartiles R prints for 6-MP (quantile(survfit): 25 % at 13, 75 % not reached)', () => {
    const table = kaplanMeier(SIX_MP);
    expect(survivalQuantile(table, 0.25)).toBe(13);
    expect(survivalQuantile(table, 0.75)).toBeNull();
  });

  it('an 80 % interval: the 10th and the 90th percentile', () => {
    // Placebo, by hand: 1 − S is 2/21 = .095 after week 1 (below .1), 4/21 after week 2; 18/21 = .857 after week 15,
    // 19/21 = .905 after week 17. So the interval is weeks 2 to 17.
    const table = kaplanMeier(PLACEBO);
    expect(survivalQuantile(table, 0.1)).toBe(2);
    expect(survivalQuantile(table, 0.9)).toBe(17);
  });

  it('is null on an empty history', () => {
    expect(survivalQuantile(kaplanMeier([]), 0.5)).toBeNull();
  });
});
