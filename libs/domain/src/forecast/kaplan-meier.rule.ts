// The Kaplan–Meier product-limit estimator (Kaplan & Meier 1958) over whole days. Pure: no clock, no framework.
// A set still unanswered is a censored observation: all we know is that its answer takes longer than its age.

export interface SurvivalObservation {
  /** Days from submission to the answer (event) or to the last day it was seen unanswered (censored). */
  time: number;
  /** true: answered on `time`; false: still unanswered on `time` (censored). */
  event: boolean;
}

/** One line of the product-limit table: a time at which at least one answer or one censoring fell. */
export interface KaplanMeierRow {
  time: number;
  /** Observations with time ≥ this time (a set censored on this day counts: its answer is later). */
  atRisk: number;
  events: number;
  censored: number;
  /** S(time): the estimated share still unanswered after this day. */
  survival: number;
}

// Floating point: a product like (1 − 1/3)·(1 − 1/2) need not hit 1/3 exactly, and quantiles compare with it.
const EPSILON = 1e-9;

/** The product-limit table of the observations, by increasing time; ties are events before censorings. */
export function kaplanMeier(observations: readonly SurvivalObservation[]): KaplanMeierRow[] {
  const sorted = [...observations].sort((a, b) => a.time - b.time);
  return kaplanMeierSorted(
    sorted.map((o) => o.time),
    sorted.map((o) => o.event),
  );
}

/**
 * As kaplanMeier, for parallel arrays already sorted by time (the forecast's hot path: no copy, no sort). With
 * `eventsOnly`, rows where only censorings fell are left out: they change neither S nor a quantile, and a long tail of
 * sets open for years would otherwise give a row per day.
 */
export function kaplanMeierSorted(
  times: ArrayLike<number>,
  events: ArrayLike<boolean | number>,
  from = 0,
  to = times.length,
  eventsOnly = false,
): KaplanMeierRow[] {
  const rows: KaplanMeierRow[] = [];
  let atRisk = to - from;
  let survival = 1;
  let i = from;
  while (i < to) {
    const time = times[i];
    let deaths = 0;
    let censored = 0;
    for (; i < to && times[i] === time; i += 1) {
      if (events[i]) deaths += 1;
      else censored += 1;
    }
    if (deaths > 0) survival *= 1 - deaths / atRisk;
    if (deaths > 0 || !eventsOnly) rows.push({ time, atRisk, events: deaths, censored, survival });
    atRisk -= deaths + censored;
  }
  return rows;
}

/** S(t): the share still unanswered after day t (1 before the first row). */
export function survivalAt(table: readonly KaplanMeierRow[], t: number): number {
  let survival = 1;
  for (const row of table) {
    if (row.time > t) break;
    survival = row.survival;
  }
  return survival;
}

/**
 * The p-quantile of the time to answer: the first time at which at least a share p has been answered
 * (1 − S(t) ≥ p), as R's survival package defines it away from flat stretches; null when the curve never gets there
 * (too many still open: the answer comes later than anything observed).
 */
export function survivalQuantile(table: readonly KaplanMeierRow[], p: number): number | null {
  for (const row of table) {
    if (row.events > 0 && 1 - row.survival >= p - EPSILON) return row.time;
  }
  return null;
}
