// Proportions and their uncertainty, for "is this ministry really faster this year?". Pure functions.

/** The 97.5th percentile of the standard normal distribution: two-sided 95 %. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson's score interval for x successes in n trials (Wilson 1927; method 3 in Newcombe 1998, Statistics in
 * Medicine 17:857–872): unlike p ± z·se it stays inside [0, 1] and keeps its coverage for small n and shares near 0
 * or 1, which is where a ministry with a few dozen sets a year lives. Null for n = 0.
 */
export function wilsonInterval(x: number, n: number, z = Z_95): Interval | null {
  if (n === 0) return null;
  if (x < 0 || x > n) throw new RangeError(`wilsonInterval: need 0 ≤ x ≤ n, got x=${x}, n=${n}`);
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return { low: Math.max(0, (centre - spread) / denominator), high: Math.min(1, (centre + spread) / denominator) };
}

/** Φ(x), the standard normal distribution function, via erfc: accurate to about 1e-7, plenty for a p-value. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** erfc by the Chebyshev fit of Numerical Recipes (erfcc), relative error below 1.2e-7. */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

export interface TwoProportionTest {
  /** p2 − p1: positive when the second share is higher. */
  difference: number;
  /** Newcombe's hybrid score interval for the difference (method 10, Newcombe 1998, Stat Med 17:873–890). */
  differenceInterval: Interval;
  /** The pooled two-proportion z statistic (the square root of Pearson's χ² on the 2×2 table, without correction). */
  z: number;
  /** Two-sided. */
  pValue: number;
}

/** Compares x1/n1 with x2/n2; null when either has no trials. */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): TwoProportionTest | null {
  const w1 = wilsonInterval(x1, n1);
  const w2 = wilsonInterval(x2, n2);
  if (!w1 || !w2) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const z = se === 0 ? 0 : (p2 - p1) / se;
  const d = p2 - p1;
  return {
    difference: d,
    differenceInterval: { low: d - Math.sqrt((p2 - w2.low) ** 2 + (w1.high - p1) ** 2), high: d + Math.sqrt((w2.high - p2) ** 2 + (p1 - w1.low) ** 2) },
    z,
    pValue: se === 0 ? 1 : 2 * (1 - normalCdf(Math.abs(z))),
  };
}
