import type { KamerDate } from '../rules/kamer-date.util.js';
import type { ForecastBasisKind } from './answer-forecast.rule.js';

// What the API, the pages and the digests show of a forecast. Field names are an outside interface: keep them.

/**
 * - `calibrated`: the last backtest of this forecast's group held (coverage of the interval within the target range);
 * - `untested`: no backtest yet, or too few scored forecasts in it to judge;
 * - `off`: the backtest missed the target range: the pages say so instead of showing the numbers;
 * - `insufficient`: too few comparable sets to forecast at all.
 */
export type ForecastVerdict = 'calibrated' | 'untested' | 'off' | 'insufficient';

export interface ForecastCalibrationView {
  /** The ministry's slug, or '*' for all ministries together. */
  ministry: string;
  fromMonday: KamerDate;
  toMonday: KamerDate;
  predictions: number;
  scored: number;
  /** Share of the scored forecasts whose answer fell inside the interval. */
  coverage: number | null;
  medianAbsoluteErrorDays: number | null;
  computedAt: string;
}

/** The expected answer of one open set as of a date, from what was known on that date. */
export interface AnswerForecastView {
  asOf: KamerDate;
  daysOpen: number;
  /** A deferral had arrived by the date. */
  deferred: boolean;
  /** The ministry's own sets, all ministries' (too few of its own), or none (too few at all). */
  basis: ForecastBasisKind;
  /** Comparable sets still unanswered at the same age: what the estimate rests on. */
  comparableSets: number;
  /** The median: half of the comparable sets were answered by this day. Null when fewer than half ever were. */
  expectedOn: KamerDate | null;
  /** Holds `level` of the answers; `to` null: later than any answer seen. */
  interval: { level: number; from: KamerDate; to: KamerDate | null } | null;
  /** The term that applies as of the date (the extended one after a deferral). */
  term: KamerDate;
  probabilityWithinTerm: number | null;
  verdict: ForecastVerdict;
  /** The backtest of the group the forecast came from (the ministry, or '*'); null before the first backtest. */
  calibration: ForecastCalibrationView | null;
}

export interface ForecastCalibrationReport {
  end: KamerDate;
  fromMonday: KamerDate | null;
  toMonday: KamerDate | null;
  groups: (ForecastCalibrationView & { name: string; verdict: ForecastVerdict })[];
}
