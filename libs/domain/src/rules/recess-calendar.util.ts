import type { RecessPeriod } from '../policy/policy.js';
import { fromDayNumber, toDayNumber, type KamerDate } from './kamer-date.util.js';

type Interval = readonly [from: number, to: number];

// Recess lists are small and built once per policy; the sorted day-number intervals are cached per list object so a
// report over thousands of question sets does not re-parse them for every set.
const intervalCache = new WeakMap<readonly RecessPeriod[], readonly Interval[]>();

function intervalsOf(recesses: readonly RecessPeriod[]): readonly Interval[] {
  let intervals = intervalCache.get(recesses);
  if (!intervals) {
    intervals = recesses.map((r): Interval => [toDayNumber(r.from), toDayNumber(r.to)]).sort((a, b) => a[0] - b[0]);
    intervalCache.set(recesses, intervals);
  }
  return intervals;
}

function inAny(intervals: readonly Interval[], day: number): boolean {
  return intervals.some(([from, to]) => day >= from && day <= to);
}

/** Whether the Kamer is in recess on `date` (both ends of a recess are recess days). */
export function isRecessDay(date: KamerDate, recesses: readonly RecessPeriod[]): boolean {
  return inAny(intervalsOf(recesses), toDayNumber(date));
}

/**
 * The day on which `days` counted days after `start` have passed, when recess days do not count: counting starts the
 * day after `start`, and a start inside a recess starts counting after it. The result is never a recess day.
 */
export function addCountedDays(start: KamerDate, days: number, recesses: readonly RecessPeriod[]): KamerDate {
  const intervals = intervalsOf(recesses);
  let day = toDayNumber(start);
  for (let counted = 0; counted < days;) {
    day += 1;
    if (!inAny(intervals, day)) counted += 1;
  }
  return fromDayNumber(day);
}
