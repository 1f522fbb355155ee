import type { RecessPeriod } from '../policy/policy.js';
import { addDays, daysInMonth, formatKamerDate, isoDayOfWeek, type KamerDate } from './kamer-date.util.js';

// Calendar anchors the due-date phrases resolve to. All take a year and return a Kamer date.

export const MONTH_NAMES = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

export function yearOf(date: KamerDate): number {
  return Number(date.slice(0, 4));
}

export function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.toLowerCase() as (typeof MONTH_NAMES)[number]) + 1;
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

/** The first day of the recess of `kind` that begins in `year`, from the policy's recess data, else estimated. */
export function recessStart(kind: RecessKind, year: number, recesses: readonly RecessPeriod[]): { date: KamerDate; estimated: boolean } {
  const starts = recesses.filter((r) => sameKind(r, kind) && yearOf(r.from) === year).map((r) => r.from).sort();
  return starts.length > 0 ? { date: starts[0], estimated: false } : { date: ESTIMATED_START[kind](year), estimated: true };
}

