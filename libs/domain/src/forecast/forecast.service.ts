import type { DataSource } from 'typeorm';
import { DEFAULT_READ_CACHE, ReadCache, type ReadCacheOptions } from '../common/read-cache.js';
import type { Policy } from '../policy/policy.js';
import { fromDayNumber, toDayNumber, type KamerDate } from '../rules/kamer-date.util.js';
import { AnswerForecaster, type AgeForecast, type SurvivalTables } from './answer-forecast.rule.js';
import { ALL_MINISTRIES_KEY, type ForecastCalibrationEntity } from './forecast-calibration.entity.js';
import { ForecastCalibrationRepository } from './forecast-calibration.repository.js';
import { backtestForecasts, mondaysBetween, type BacktestScore } from './forecast-backtest.rule.js';
import type { PreparedHistory } from './forecast-history.js';
import { ForecastHistoryRepository } from './forecast-history.repository.js';
import type { AnswerForecastView, ForecastCalibrationReport, ForecastCalibrationView, ForecastVerdict } from './forecast-view.js';
import { ALL_MINISTRIES, samplesFromCounts } from './survival-samples.js';

interface Model {
  /** The sets forecast (only those: the samples come counted, see SurvivalTables). */
  history: PreparedHistory;
  indexById: Map<number, number>;
  forecaster: AnswerForecaster;
  /** Calibration rows by ministry id (ALL_MINISTRIES for '*'). */
  calibrations: Map<number, ForecastCalibrationView>;
}

// The survival tables of a day are kept while the data does not change (the data version, see ReadCache), whatever
// the cache of the reads: they are a model fitted to the whole history, and a list of 4,000 sets then costs its own
// rows only. A few days at most are asked for at a time (today, a past Monday).
const TABLES_CACHE: ReadCacheOptions = { maxEntries: 4, ttlMs: DEFAULT_READ_CACHE.ttlMs };

export interface CalibrateOptions {
  /** Forecast on every n-th Monday (1: every Monday). */
  everyWeeks?: number;
  /** Mondays this close to the end are left out: too many of their outcomes are not known yet. */
  horizonDays?: number;
  /** The first Monday comes this long after the first submission: before it there is nothing to learn from. */
  warmupDays?: number;
  computedAt?: string;
}

/**
 * Expected answer dates of open sets (AnswerForecaster) as of a date, with the verdict of the last backtest of the
 * group they came from; and the backtest itself (calibrate), which stores that verdict per ministry.
 */
export class ForecastService {
  private readonly histories: ForecastHistoryRepository;
  private readonly calibration: ForecastCalibrationRepository;
  private readonly cache: ReadCache;
  private readonly tables: ReadCache;

  constructor(
    dataSource: DataSource,
    private readonly policy: Policy,
    cache: ReadCacheOptions = DEFAULT_READ_CACHE,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.histories = new ForecastHistoryRepository(dataSource);
    this.calibration = new ForecastCalibrationRepository(dataSource);
    this.cache = new ReadCache(dataSource, cache);
    this.tables = new ReadCache(dataSource, TABLES_CACHE);
  }

  /** The forecasts of the given sets as of asOf; a set answered, withdrawn or not yet submitted by then has none. */
  async forecasts(ids: readonly number[], asOf: KamerDate): Promise<Map<number, AnswerForecastView>> {
    const model = await this.cache.get(JSON.stringify(['forecast', asOf, ...ids]), () => this.model(ids, asOf));
    const result = new Map<number, AnswerForecastView>();
    for (const id of ids) {
      const index = model.indexById.get(id);
      const forecast = index === undefined ? null : model.forecaster.forecast(index);
      if (forecast && index !== undefined) result.set(id, this.view(model, index, forecast, asOf));
    }
    return result;
  }

  /** Backtests the forecasts over the stored history up to `end` and stores the result per ministry (replacing the last). */
  async calibrate(end: KamerDate, options: CalibrateOptions = {}): Promise<ForecastCalibrationReport> {
    const history = await this.histories.prepared(this.policy);
    const endDay = toDayNumber(end);
    const first = history.submitted.reduce((min, d) => Math.min(min, d), endDay);
    const mondays = mondaysBetween(first + (options.warmupDays ?? 28), endDay - (options.horizonDays ?? 182), options.everyWeeks ?? 1);
    const scores = backtestForecasts(history, { mondays, end: endDay }, this.policy.forecast);
    const ministries = await this.calibration.ministries();
    const computedAt = options.computedAt ?? this.clock().toISOString();
    const [fromMonday, toMonday] = mondays.length ? [fromDayNumber(mondays[0]), fromDayNumber(mondays[mondays.length - 1])] : [end, end];
    const rows: ForecastCalibrationEntity[] = [];
    const groups: ForecastCalibrationReport['groups'] = [];
    for (const score of [...scores.values()].sort((a, b) => a.group - b.group)) {
      const ministry = score.group === ALL_MINISTRIES ? null : ministries.find((m) => m.id === score.group);
      if (ministry === undefined) continue; // sets with no known ministry count only under all ministries
      const key = ministry?.slug ?? ALL_MINISTRIES_KEY;
      const row = rowOf(key, score, fromMonday, toMonday, computedAt);
      rows.push(row);
      const view = calibrationView(row);
      groups.push({ ...view, name: ministry?.name ?? 'alle ministeries', verdict: this.verdictOf(view) });
    }
    await this.calibration.replaceAll(rows);
    return { end, fromMonday: mondays.length ? fromMonday : null, toMonday: mondays.length ? toMonday : null, groups };
  }

  /** The samples of every group as of asOf, counted in SQL, with the curves drawn from them so far. */
  private survivalTables(asOf: KamerDate): Promise<SurvivalTables> {
    return this.tables.get(JSON.stringify(['survival', asOf]), async () => ({
      samples: samplesFromCounts(await this.histories.sampleCounts(this.policy, asOf)),
      curves: new Map(),
    }));
  }

  private async model(ids: readonly number[], asOf: KamerDate): Promise<Model> {
    const [history, tables, stored, ministries] = await Promise.all([
      this.histories.ofSets(this.policy, ids),
      this.survivalTables(asOf),
      this.calibration.all(),
      this.calibration.ministries(),
    ]);
    const calibrations = new Map<number, ForecastCalibrationView>();
    for (const row of stored) {
      const id = row.ministryKey === ALL_MINISTRIES_KEY ? ALL_MINISTRIES : ministries.find((m) => m.slug === row.ministryKey)?.id;
      if (id !== undefined) calibrations.set(id, calibrationView(row));
    }
    return {
      history,
      indexById: new Map(Array.from(history.ids, (id, i) => [id, i])),
      forecaster: new AnswerForecaster(history, toDayNumber(asOf), this.policy.forecast, tables),
      calibrations,
    };
  }

  private view(model: Model, index: number, f: AgeForecast, asOf: KamerDate): AnswerForecastView {
    const h = model.history;
    const submitted = h.submitted[index];
    const date = (age: number | null) => (age === null ? null : fromDayNumber(submitted + age));
    const calibration = f.basis === 'insufficient' ? null : (model.calibrations.get(f.basis === 'ministry' ? h.groups[index] : ALL_MINISTRIES) ?? null);
    return {
      asOf,
      daysOpen: f.daysOpen,
      deferred: f.deferred,
      basis: f.basis,
      comparableSets: f.atRisk,
      expectedOn: date(f.medianAge),
      interval: f.intervalAges ? { level: this.policy.forecast.intervalLevel, from: date(f.intervalAges.from)!, to: date(f.intervalAges.to) } : null,
      term: fromDayNumber(f.deferred ? h.extendedTermDay[index] : h.termDay[index]),
      probabilityWithinTerm: f.probabilityWithinTerm,
      verdict: f.basis === 'insufficient' ? 'insufficient' : this.verdictOf(calibration),
      calibration,
    };
  }

  private verdictOf(calibration: ForecastCalibrationView | null): ForecastVerdict {
    const p = this.policy.forecast;
    if (!calibration || calibration.coverage === null || calibration.scored < p.minimumScored) return 'untested';
    return calibration.coverage >= p.coverageLow && calibration.coverage <= p.coverageHigh ? 'calibrated' : 'off';
  }
}

function rowOf(ministryKey: string, s: BacktestScore, fromMonday: KamerDate, toMonday: KamerDate, computedAt: string): ForecastCalibrationEntity {
  const { predictions, withoutInterval, scored, covered, medianAbsoluteErrorDays } = s;
  return { ministryKey, fromMonday, toMonday, predictions, withoutInterval, scored, covered, medianAbsoluteErrorDays, computedAt };
}

function calibrationView(row: ForecastCalibrationEntity): ForecastCalibrationView {
  return {
    ministry: row.ministryKey,
    fromMonday: row.fromMonday,
    toMonday: row.toMonday,
    predictions: row.predictions,
    scored: row.scored,
    coverage: row.scored > 0 ? row.covered / row.scored : null,
    medianAbsoluteErrorDays: row.medianAbsoluteErrorDays,
    computedAt: row.computedAt,
  };
}
