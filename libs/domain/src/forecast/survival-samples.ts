import { NEVER, NO_MINISTRY, type PreparedHistory } from './forecast-history.js';

/**
 * The history of one group (a ministry, or all of them) as it was known on one day, sorted by time: for each set
 * submitted by then, the days to its answer (event) or the days it had been seen unanswered (censored: still open,
 * or withdrawn, which ends what can be seen of it), and the age at which its first deferral arrived, if it had by then.
 */
export interface SurvivalSamples {
  readonly length: number;
  readonly times: Int32Array;
  readonly events: Uint8Array;
  /** NEVER when no deferral had arrived by the day (or before the answer). */
  readonly deferralAges: Int32Array;
}

export const ALL_MINISTRIES = -2;

/** The samples of every ministry, and of all ministries together under ALL_MINISTRIES, as known on day `asOf`. */
export function samplesAsOf(h: PreparedHistory, asOf: number): Map<number, SurvivalSamples> {
  const members = new Map<number, number[]>();
  const all: number[] = [];
  for (let i = 0; i < h.size; i += 1) {
    if (h.submitted[i] > asOf) continue;
    all.push(i);
    const group = h.groups[i];
    if (group === NO_MINISTRY) continue;
    let list = members.get(group);
    if (!list) members.set(group, (list = []));
    list.push(i);
  }
  const result = new Map<number, SurvivalSamples>();
  for (const [group, list] of members) result.set(group, build(h, list, asOf));
  result.set(ALL_MINISTRIES, build(h, all, asOf));
  return result;
}

/** How many sets of one group had the same sample (time, event, deferral age) as of a day: a row of an aggregate. */
export interface SampleCount {
  group: number;
  time: number;
  /** 1: answered at `time`; 0: censored. */
  event: number;
  deferralAge: number;
  count: number;
}

/**
 * The same samples as samplesAsOf, from counts of identical samples per group (a GROUP BY in SQL: the history itself
 * is never read row by row). Within a time the order differs, which no curve depends on: the product-limit estimator
 * counts the answers and censorings of each time.
 */
export function samplesFromCounts(counts: readonly SampleCount[]): Map<number, SurvivalSamples> {
  const byGroup = new Map<number, SampleCount[]>();
  const all: SampleCount[] = [];
  for (const c of counts) {
    all.push(c);
    if (c.group === NO_MINISTRY) continue;
    let list = byGroup.get(c.group);
    if (!list) byGroup.set(c.group, (list = []));
    list.push(c);
  }
  const result = new Map<number, SurvivalSamples>();
  for (const [group, list] of byGroup) result.set(group, expand(list));
  result.set(ALL_MINISTRIES, expand(all));
  return result;
}

function expand(list: readonly SampleCount[]): SurvivalSamples {
  const sorted = [...list].sort((a, b) => a.time - b.time);
  const n = sorted.reduce((sum, c) => sum + c.count, 0);
  const times = new Int32Array(n);
  const events = new Uint8Array(n);
  const deferralAges = new Int32Array(n);
  let at = 0;
  for (const c of sorted) {
    times.fill(c.time, at, at + c.count);
    events.fill(c.event, at, at + c.count);
    deferralAges.fill(c.deferralAge, at, at + c.count);
    at += c.count;
  }
  return { length: n, times, events, deferralAges };
}

/** Only facts dated on or before asOf enter: an answer, withdrawal or deferral after it had not happened yet. */
function build(h: PreparedHistory, list: readonly number[], asOf: number): SurvivalSamples {
  const n = list.length;
  const rawTimes = new Int32Array(n);
  const rawEvents = new Uint8Array(n);
  const rawDeferrals = new Int32Array(n);
  let maxTime = 0;
  list.forEach((i, k) => {
    const end = Math.min(h.answered[i], h.withdrawn[i], asOf);
    rawTimes[k] = end - h.submitted[i];
    rawEvents[k] = h.answered[i] <= asOf && h.answered[i] === end ? 1 : 0;
    rawDeferrals[k] = h.firstDeferral[i] <= end ? h.firstDeferral[i] - h.submitted[i] : NEVER;
    if (rawTimes[k] > maxTime) maxTime = rawTimes[k];
  });
  // Counting sort by time: ages are whole days, a few thousand at most, and a backtest sorts once per Monday.
  const counts = new Int32Array(maxTime + 2);
  for (let k = 0; k < n; k += 1) counts[rawTimes[k] + 1] += 1;
  for (let t = 1; t < counts.length; t += 1) counts[t] += counts[t - 1];
  const times = new Int32Array(n);
  const events = new Uint8Array(n);
  const deferralAges = new Int32Array(n);
  for (let k = 0; k < n; k += 1) {
    const at = counts[rawTimes[k]]++;
    times[at] = rawTimes[k];
    events[at] = rawEvents[k];
    deferralAges[at] = rawDeferrals[k];
  }
  return { length: n, times, events, deferralAges };
}

/** The first index whose time is greater than t (the samples are sorted by time). */
export function firstAfter(samples: SurvivalSamples, t: number): number {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (samples.times[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
