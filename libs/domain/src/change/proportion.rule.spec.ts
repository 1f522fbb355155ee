import { describe, expect, it } from '@jest/globals';
import { normalCdf, twoProportionTest, wilsonInterval } from './proportion.rule.js';

describe('wilsonInterval', () => {
  // Newcombe RG (1998), Two-sided confidence intervals for the single proportion: comparison of seven methods,
  // Statistics in Medicine 17:857–872, Table I, method 3 (score method without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i gives %f to %f (Newcombe 1998, Table I)', (x, n, low, high) => {
    const ci = wilsonInterval(x, n)!;
    expect(ci.low).toBeCloseTo(low, 4);
    expect(ci.high).toBeCloseTo(high, 4);
  });

  it('is null without trials, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
  });
});

describe('twoProportionTest', () => {
  it('Newcombe 1998 (Stat Med 17:873–890), example (a), 56/70 against 48/80: the difference interval of method 10', () => {
    // Published for p1 − p2 = 0.2: 0.0524 to 0.3339. Ours is p2 − p1, so the interval is mirrored.
    const t = twoProportionTest(48, 80, 56, 70)!;
    expect(t.difference).toBeCloseTo(0.2, 12);
    expect(t.differenceInterval.low).toBeCloseTo(0.0524, 4);
    expect(t.differenceInterval.high).toBeCloseTo(0.3339, 4);
  });

  it('the pooled z statistic and its two-sided p-value, by hand', () => {
    // p̄ = 104/150; se = √(p̄(1 − p̄)(1/80 + 1/70)) = 0.0754668; z = 0.2 / se = 2.65018; p = 2(1 − Φ(2.65018)) = 0.00804.
    const t = twoProportionTest(48, 80, 56, 70)!;
    expect(t.z).toBeCloseTo(2.65018, 4);
    expect(t.pValue).toBeCloseTo(0.00804, 4);
    // Equal shares: no difference at all.
    const same = twoProportionTest(10, 20, 30, 60)!;
    expect(same).toMatchObject({ difference: 0, z: 0 });
    expect(same.pValue).toBeCloseTo(1, 6);
  });

  it('Φ at the usual points', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.644853627)).toBeCloseTo(0.05, 6);
  });
});
