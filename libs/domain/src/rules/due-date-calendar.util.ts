import type { RecessPeriod } from '../policy/policy.js';
import { addDays, daysInMonth, formatKamerDate, isoDayOfWeek, type KamerDate } from './kamer-date.util.js';

// Calendar anchors the due-date phrases resolve to. All take a year and return a Kamer date.

export function yearOf(date: KamerDate): number {
  return Number(date.slice(0, 4));
}

export function monthEnd(year: number, month: number): KamerDate {
  return formatKamerDate(year, month, daysInMonth(year, month));
}

export function quarterEnd(year: number, quarter: number): KamerDate {
  return monthEnd(year, quarter * 3);
}

/** The n-th given ISO weekday (1 = Monday) of a month: Prinsjesdag is the third Tuesday of September. */
export function nthWeekdayOfMonth(year: number, month: number, isoWeekday: number, n: number): KamerDate {
  const first = formatKamerDate(year, month, 1);
  const offset = (isoWeekday - isoDayOfWeek(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** The last given ISO weekday on or before a date. */
export function weekdayOnOrBefore(date: KamerDate, isoWeekday: number): KamerDate {
  return addDays(date, -((isoDayOfWeek(date) - isoWeekday + 7) % 7));
}

export type RecessKind = 'zomerreces' | 'kerstreces' | 'herfstreces' | 'meireces' | 'voorjaarsreces';

const FRIDAY = 5;

// Used only for a year the recess data does not cover: the Friday on which that recess usually begins.
const ESTIMATED_START: Record<RecessKind, (year: number) => KamerDate> = {
  zomerreces: (y) => nthWeekdayOfMonth(y, 7, FRIDAY, 1),
  kerstreces: (y) => weekdayOnOrBefore(formatKamerDate(y, 12, 24), FRIDAY),
  herfstreces: (y) => nthWeekdayOfMonth(y, 10, FRIDAY, 3),
  meireces: (y) => weekdayOnOrBefore(formatKamerDate(y, 4, 27), FRIDAY),
  voorjaarsreces: (y) => nthWeekdayOfMonth(y, 2, FRIDAY, 3),
};

function sameKind(recess: RecessPeriod, kind: RecessKind): boolean {
  return recess.kind === kind || (kind === 'voorjaarsreces' && recess.kind === 'krokusreces');
}

// Used with ESTIMATED_START: the usual length in days from the Friday it begins to the Monday it ends.
const ESTIMATED_LENGTH: Record<RecessKind, number> = { zomerreces: 59, kerstreces: 24, herfstreces: 10, meireces: 17, voorjaarsreces: 10 };

/** The recess of `kind` that begins in `year` (first and last day), from the policy's recess data, else estimated. */
export function recessPeriod(kind: RecessKind, year: number, recesses: readonly RecessPeriod[]): { from: KamerDate; to: KamerDate; estimated: boolean } {
  const known = recesses.filter((r) => sameKind(r, kind) && yearOf(r.from) === year).sort((a, b) => a.from.localeCompare(b.from));
  if (known.length > 0) return { from: known[0].from, to: known[0].to, estimated: false };
  const from = ESTIMATED_START[kind](year);
  return { from, to: addDays(from, ESTIMATED_LENGTH[kind]), estimated: true };
}
