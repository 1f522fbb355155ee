import type { ForecastPolicy } from '../policy/policy.js';
import { NEVER, NO_MINISTRY, type PreparedHistory } from './forecast-history.js';
import { kaplanMeierSorted, survivalAt, survivalQuantile, type KaplanMeierRow } from './kaplan-meier.rule.js';
import { ALL_MINISTRIES, firstAfter, samplesAsOf, type SurvivalSamples } from './survival-samples.js';

/** Where the forecast came from: the set's own ministry, all ministries (too few comparable sets), or nowhere. */
export type ForecastBasisKind = 'ministry' | 'all' | 'insufficient';

/** The forecast for one open set in days since its submission. */
export interface AgeForecast {
  basis: ForecastBasisKind;
  /** Comparable sets still unanswered at the same age, in the group used: the risk set the estimate starts from. */
  atRisk: number;
  /** Days open as of the date. */
  daysOpen: number;
  /** A deferral had arrived by the date: compared only with sets that had one by the same age. */
  deferred: boolean;
  /** The age at which half of the comparable sets were answered; null when fewer than half ever were. */
  medianAge: number | null;
  /** The interval holding policy.intervalLevel of the answers; `to` null: later than anything observed. */
  intervalAges: { from: number; to: number | null } | null;
  /** P(answered on or before the term that applies as of the date); 0 once that term has passed. */
  probabilityWithinTerm: number | null;
}

export interface Conditional {
  table: KaplanMeierRow[];
  atRisk: number;
}

/**
 * What the forecasts of one day are drawn from, apart from the sets forecast: the samples of every group as known that
 * day, and the curves drawn from them so far (by group, age and deferral state). Shareable between forecasters of the
 * same day and the same data, so a list forecast again draws no curve twice.
 */
export interface SurvivalTables {
  samples: Map<number, SurvivalSamples>;
  curves: Map<string, Conditional>;
}

/**
 * Forecasts for the sets open on one day, from what was known that day only: for a set open N days, the Kaplan–Meier
 * curve of the sets of its ministry that were still unanswered after N days and had (or had not) received a deferral
 * by that age, as the set itself had (or had not). That curve is the distribution of the answer day given everything
 * the date knows. Curves are shared by sets of the same ministry, age and deferral state.
 */
export class AnswerForecaster {
  private readonly samples: Map<number, SurvivalSamples>;
  private readonly curves: Map<string, Conditional>;
  // Scratch buffers for the filtered samples of one curve, reused: a backtest draws millions of curves.
  private scratchTimes = new Int32Array(0);
  private scratchEvents = new Uint8Array(0);

  constructor(
    private readonly history: PreparedHistory,
    /** The day number of the date. */
    private readonly asOf: number,
    private readonly policy: ForecastPolicy,
    /**
     * The samples as of the day (and curves drawn from them): by default from `history` itself; given, when `history`
     * holds only the sets to forecast and the samples were counted elsewhere (samplesFromCounts).
     */
    tables: SurvivalTables = { samples: samplesAsOf(history, asOf), curves: new Map() },
  ) {
    this.samples = tables.samples;
    this.curves = tables.curves;
  }

  /** The forecast for set i of the history; null when it is not open on the date (answered, withdrawn, not submitted). */
  forecast(i: number): AgeForecast | null {
    const h = this.history;
    if (h.submitted[i] > this.asOf || h.answered[i] <= this.asOf || h.withdrawn[i] <= this.asOf) return null;
    const daysOpen = this.asOf - h.submitted[i];
    const deferred = h.firstDeferral[i] <= this.asOf;
    const termAge = (deferred ? h.extendedTermDay[i] : h.termDay[i]) - h.submitted[i];
    const own = h.groups[i] === NO_MINISTRY ? null : this.curve(h.groups[i], daysOpen, deferred);
    const useOwn = own !== null && own.atRisk >= this.policy.minimumAtRisk;
    const chosen = useOwn ? own : this.curve(ALL_MINISTRIES, daysOpen, deferred)!;
    const basis: ForecastBasisKind = useOwn ? 'ministry' : chosen.atRisk >= this.policy.minimumAtRisk ? 'all' : 'insufficient';
    if (basis === 'insufficient') return { basis, atRisk: chosen.atRisk, daysOpen, deferred, medianAge: null, intervalAges: null, probabilityWithinTerm: null };
    const tail = (1 - this.policy.intervalLevel) / 2;
    const from = survivalQuantile(chosen.table, tail);
    return {
      basis,
      atRisk: chosen.atRisk,
      daysOpen,
      deferred,
      medianAge: survivalQuantile(chosen.table, 0.5),
      intervalAges: from === null ? null : { from, to: survivalQuantile(chosen.table, 1 - tail) },
      probabilityWithinTerm: daysOpen >= termAge ? 0 : 1 - survivalAt(chosen.table, termAge),
    };
  }

  /** The product-limit curve of the group's sets unanswered after `daysOpen` days, in the same deferral state. */
  private curve(group: number, daysOpen: number, deferred: boolean): Conditional | null {
    const samples = this.samples.get(group);
    if (!samples) return null;
    const key = `${group}/${daysOpen}/${deferred ? 1 : 0}`;
    const found = this.curves.get(key);
    if (found) return found;
    const start = firstAfter(samples, daysOpen);
    if (this.scratchTimes.length < samples.length - start) {
      this.scratchTimes = new Int32Array(samples.length);
      this.scratchEvents = new Uint8Array(samples.length);
    }
    let k = 0;
    for (let j = start; j < samples.length; j += 1) {
      const deferredThen = samples.deferralAges[j] !== NEVER && samples.deferralAges[j] <= daysOpen;
      if (deferredThen !== deferred) continue;
      this.scratchTimes[k] = samples.times[j];
      this.scratchEvents[k] = samples.events[j];
      k += 1;
    }
    const made: Conditional = { table: kaplanMeierSorted(this.scratchTimes, this.scratchEvents, 0, k, true), atRisk: k };
    this.curves.set(key, made);
    return made;
  }
}
