import type { ForecastPolicy } from '../policy/policy.js';
import { median } from '../rules/latency-stats.rule.js';
import { AnswerForecaster } from './answer-forecast.rule.js';
import { isOpenOn, type PreparedHistory } from './forecast-history.js';
import { ALL_MINISTRIES } from './survival-samples.js';

/** How the forecasts of one ministry (or of all, ALL_MINISTRIES) fared against what happened after. */
export interface BacktestScore {
  group: number;
  /** Forecasts made: one per set open on each Monday. */
  predictions: number;
  /** Forecasts that gave no interval (too few comparable sets, or fewer than 10 % of them ever answered). */
  withoutInterval: number;
  /** Forecasts whose outcome is known: answered by the end, or still open past the interval's end. */
  scored: number;
  /** Scored forecasts whose answer fell inside the interval (both ends included). */
  covered: number;
  coverage: number | null;
  /** Median of |answer − forecast median| in days, over the answered sets with a median. */
  medianAbsoluteErrorDays: number | null;
}

export interface BacktestOptions {
  /** The day numbers of the Mondays to forecast on. */
  mondays: readonly number[];
  /** The last day of the history: outcomes are read up to it. */
  end: number;
}

interface Tally {
  predictions: number;
  withoutInterval: number;
  scored: number;
  covered: number;
  errors: number[];
}

const emptyTally = (): Tally => ({ predictions: 0, withoutInterval: 0, scored: 0, covered: 0, errors: [] });

/**
 * For each Monday, forecasts every set then open from what was known that Monday (AnswerForecaster: the as-of rule),
 * then scores each forecast against the set's later answer. A set withdrawn later, or still open within its interval
 * at the end, has no known outcome and is not scored. Per ministry (the set's own) and for all under ALL_MINISTRIES.
 */
export function backtestForecasts(history: PreparedHistory, options: BacktestOptions, policy: ForecastPolicy): Map<number, BacktestScore> {
  const tallies = new Map<number, Tally>([[ALL_MINISTRIES, emptyTally()]]);
  for (const monday of options.mondays) {
    const forecaster = new AnswerForecaster(history, monday, policy);
    for (let i = 0; i < history.size; i += 1) {
      if (!isOpenOn(history, i, monday)) continue;
      const forecast = forecaster.forecast(i)!;
      const own = tallies.get(history.groups[i]) ?? emptyTally();
      tallies.set(history.groups[i], own);
      for (const tally of [own, tallies.get(ALL_MINISTRIES)!]) score(tally, history, i, forecast, options.end);
    }
  }
  return new Map(
    [...tallies].map(([group, t]) => [
      group,
      {
        group,
        predictions: t.predictions,
        withoutInterval: t.withoutInterval,
        scored: t.scored,
        covered: t.covered,
        coverage: t.scored > 0 ? t.covered / t.scored : null,
        medianAbsoluteErrorDays: t.errors.length > 0 ? median(t.errors) : null,
      },
    ]),
  );
}

function score(tally: Tally, h: PreparedHistory, i: number, forecast: NonNullable<ReturnType<AnswerForecaster['forecast']>>, end: number): void {
  tally.predictions += 1;
  const interval = forecast.intervalAges;
  if (interval === null) {
    tally.withoutInterval += 1;
    return;
  }
  if (h.answered[i] <= end) {
    const age = h.answered[i] - h.submitted[i];
    tally.scored += 1;
    if (age >= interval.from && (interval.to === null || age <= interval.to)) tally.covered += 1;
    if (forecast.medianAge !== null) tally.errors.push(Math.abs(age - forecast.medianAge));
  } else if (h.withdrawn[i] > end && interval.to !== null && end - h.submitted[i] > interval.to) {
    // Still open at the end and already past the interval: a miss, whatever comes.
    tally.scored += 1;
  }
}

/** The Mondays from `from` to `to` (day numbers), both included when Mondays. 1970-01-01 (day 0) was a Thursday. */
export function mondaysBetween(from: number, to: number, everyWeeks = 1): number[] {
  const first = from + ((((4 - from) % 7) + 7) % 7);
  const days: number[] = [];
  for (let d = first; d <= to; d += 7 * everyWeeks) days.push(d);
  return days;
}
