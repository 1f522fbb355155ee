import type { DueSpec, DueYear } from '#parsing';
import type { Policy } from '../policy/policy.js';
import { monthEnd, nthWeekdayOfMonth, quarterEnd, recessPeriod, yearOf, type RecessKind } from './due-date-calendar.util.js';
import { addDays, addMonths, assertKamerDate, formatKamerDate, isoDayOfWeek, type KamerDate } from './kamer-date.util.js';

// Resolves a due specification (read from the phrase by libs/parsing, the one due-date grammar) against the date the
// promise was made, the recess calendar and the policy. Pure: no clock, no text.
// - A phrase without a year means the first such date on or after the day the promise was made ("in het voorjaar" said
//   in September is next spring); a year as written (2023, dit jaar, volgend jaar) is taken as said.
// - An explicit date is kept as named, whatever its relation ("voor", "uiterlijk", "niet later dan", "rond"): an alert
//   fires once it has passed, and a date the minister named never resolves later than itself.
// - A period resolves to its last day ("in maart" → 31 March), "voor" a period to its first ("voor april" → 1 April,
//   "vóór 2025" → 31 December 2024), "voor de zomer" / "voor het kerstreces" to the day the recess begins.
// - "rond de zomer" → the last day of the zomerreces: around the summer takes in the recess, and a promise kept by the
//   time the Kamer sits again is kept; the recess calendar says when that is, year by year.

export interface DueDateResolution {
  dueDate: KamerDate;
  /** true when the specification names no date and the policy's default horizon was used. */
  implied: boolean;
  /** Which rule produced the date, e.g. 'recess-start:zomerreces', 'quarter-end', 'default-horizon:no-phrase'. */
  rule: string;
}

type Resolved = { dueDate: KamerDate; rule: string };

/** build(year) for the stated year, or for the year made when that is on or after madeOn, else the next year. */
function inYearOrNext(year: DueYear, madeOn: KamerDate, build: (year: number) => KamerDate, strictlyAfter = false): KamerDate {
  const made = yearOf(madeOn);
  if (typeof year === 'number') return build(year);
  if (year === 'this') return build(made);
  if (year === 'next') return build(made + 1);
  const date = build(made);
  return (strictlyAfter ? date > madeOn : date >= madeOn) ? date : build(made + 1);
}

function recessDate(kind: RecessKind, edge: 'from' | 'to', year: DueYear, madeOn: KamerDate, policy: Policy): Resolved {
  let estimated = false;
  const dueDate = inYearOrNext(year, madeOn, (y) => {
    const period = recessPeriod(kind, y, policy.recesses);
    estimated = period.estimated;
    return period[edge];
  });
  return { dueDate, rule: `${edge === 'from' ? 'recess-start' : 'recess-end'}${estimated ? '-estimated' : ''}:${kind}` };
}

/** "voor het reces": the first recess of any kind that begins on or after the day made. */
function nextRecess(madeOn: KamerDate, policy: Policy): Resolved {
  const kinds: RecessKind[] = ['voorjaarsreces', 'meireces', 'zomerreces', 'herfstreces', 'kerstreces'];
  const starts = kinds.map((k) => recessDate(k, 'from', null, madeOn, policy)).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return starts[0];
}

/** The last day of the month after the one `date` falls in. */
function monthEndAfter(date: KamerDate): KamerDate {
  const next = addMonths(formatKamerDate(yearOf(date), Number(date.slice(5, 7)), 1), 1);
  return monthEnd(yearOf(next), Number(next.slice(5, 7)));
}

const SEASON_END: Record<string, [number, number]> = { spring: [6, 30], summer: [8, 31], autumn: [12, 31], winter: [2, 28] };
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

function seasonDate(spec: Extract<DueSpec, { kind: 'season' }>, madeOn: KamerDate, policy: Policy): Resolved {
  const { season, relation, year } = spec;
  if (season === 'summer' && (relation === 'before' || relation === 'by')) return recessDate('zomerreces', 'from', year, madeOn, policy);
  if (season === 'summer' && relation === 'around') return recessDate('zomerreces', 'to', year, madeOn, policy);
  if (season === 'summer' && relation === 'after') return { dueDate: inYearOrNext(year, madeOn, (y) => formatKamerDate(y, 9, 30)), rule: 'after-summer' };
  if (relation === 'before') return { dueDate: inYearOrNext(year, madeOn, (y) => formatKamerDate(y, SEASON_START[season], 1)), rule: `season-start:${season}` };
  // The winter that begins in December ends in February of the next year.
  const end = (y: number): KamerDate => (season === 'winter' ? monthEnd(y + 1, 2) : formatKamerDate(y, ...SEASON_END[season]));
  // "deze winter" said in January is the winter that began in December.
  if (season === 'winter' && year === null && relation !== 'after' && end(yearOf(madeOn) - 1) >= madeOn)
    return { dueDate: end(yearOf(madeOn) - 1), rule: 'season-end:winter' };
  if (relation === 'after') return { dueDate: inYearOrNext(year, madeOn, (y) => monthEndAfter(end(y))), rule: `after-season:${season}` };
  return { dueDate: inYearOrNext(year, madeOn, end), rule: `season-end:${season}` };
}

function monthDate(spec: Extract<DueSpec, { kind: 'month' }>, madeOn: KamerDate): Resolved {
  const { month, part, relation, year } = spec;
  const [build, rule]: [(y: number) => KamerDate, string] =
    part === 'begin'
      ? [(y) => formatKamerDate(y, month, 10), 'month-begin']
      : part === 'middle'
        ? [(y) => formatKamerDate(y, month, 15), 'month-middle']
        : part === 'whole' && relation === 'before'
          ? [(y) => formatKamerDate(y, month, 1), 'month-start']
          : part === 'whole' && relation === 'after'
            ? [(y) => monthEndAfter(formatKamerDate(y, month, 1)), 'after-month']
            : [(y) => monthEnd(y, month), 'month-end'];
  return { dueDate: inYearOrNext(year, madeOn, build), rule };
}

function yearDate(spec: Extract<DueSpec, { kind: 'year' }>, madeOn: KamerDate): Resolved | null {
  const { part, relation, year } = spec;
  if (part === 'begin') return { dueDate: inYearOrNext(year, madeOn, (y) => formatKamerDate(y, 3, 31)), rule: 'begin-year' };
  if (part === 'middle') return { dueDate: inYearOrNext(year, madeOn, (y) => formatKamerDate(y, 6, 30)), rule: 'mid-year' };
  if (part === 'whole' && relation === 'before') return { dueDate: inYearOrNext(year, madeOn, (y) => formatKamerDate(y - 1, 12, 31)), rule: 'before-year' };
  if (part === 'whole' && relation === 'after') return null;
  return { dueDate: inYearOrNext(year, madeOn, (y) => formatKamerDate(y, 12, 31)), rule: 'year-end' };
}

function relativeDate(spec: Extract<DueSpec, { kind: 'relative' }>, madeOn: KamerDate): Resolved {
  const { amount, unit } = spec;
  if (!spec.calendar) {
    const dueDate =
      unit === 'day'
        ? addDays(madeOn, amount)
        : unit === 'week'
          ? addDays(madeOn, 7 * amount)
          : addMonths(madeOn, amount * (unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12));
    return { dueDate, rule: 'within-period' };
  }
  // "deze week" → the coming Sunday; "volgende maand" → the end of next month; "dit kwartaal" → the quarter's end.
  if (unit === 'week' || unit === 'day') return { dueDate: addDays(madeOn, 7 - isoDayOfWeek(madeOn) + 7 * amount), rule: 'calendar-period-end' };
  const months = unit === 'month' ? amount : unit === 'quarter' ? 3 * amount : 12 * amount;
  const shifted = addMonths(formatKamerDate(yearOf(madeOn), Number(madeOn.slice(5, 7)), 1), months);
  const [y, m] = [yearOf(shifted), Number(shifted.slice(5, 7))];
  const end = unit === 'month' ? monthEnd(y, m) : unit === 'quarter' ? quarterEnd(y, Math.ceil(m / 3)) : formatKamerDate(y, 12, 31);
  return { dueDate: end, rule: 'calendar-period-end' };
}

/** "na het zomerreces", "kort na Prinsjesdag": what is promised after a moment is due four weeks after it, not on it. */
const AFTER_MOMENT_DAYS = 28;

function eventDate(spec: Extract<DueSpec, { kind: 'parliamentary-event' }>, madeOn: KamerDate): Resolved | null {
  const on = eventDay(spec, madeOn);
  if (!on || spec.relation !== 'after') return on;
  return { dueDate: addDays(on.dueDate, AFTER_MOMENT_DAYS), rule: `after-${on.rule}` };
}

function eventDay(spec: Extract<DueSpec, { kind: 'parliamentary-event' }>, madeOn: KamerDate): Resolved | null {
  const { event, year } = spec;
  // Prinsjesdag is the third Tuesday of September; the budgets it brings are what the begrotingsbehandelingen debate.
  if (event === 'prinsjesdag') return { dueDate: inYearOrNext(year, madeOn, (y) => nthWeekdayOfMonth(y, 9, 2, 3)), rule: 'prinsjesdag' };
  // The Voorjaarsnota reaches the Kamer before 1 June; Verantwoordingsdag is the third Wednesday of May.
  if (event === 'voorjaarsnota') return { dueDate: inYearOrNext(year, madeOn, (y) => formatKamerDate(y, 6, 1)), rule: 'voorjaarsnota' };
  if (event === 'verantwoordingsdag') return { dueDate: inYearOrNext(year, madeOn, (y) => nthWeekdayOfMonth(y, 5, 3, 3)), rule: 'verantwoordingsdag' };
  return null;
}

/** The date a specification names, or the reason it names none. */
function resolveStated(spec: DueSpec, madeOn: KamerDate, policy: Policy): Resolved | string {
  switch (spec.kind) {
    case 'date':
      return { dueDate: inYearOrNext(spec.year, madeOn, (y) => formatKamerDate(y, spec.month, spec.day), true), rule: 'explicit-date' };
    case 'month':
      return monthDate(spec, madeOn);
    case 'quarter':
      return { dueDate: inYearOrNext(spec.year, madeOn, (y) => quarterEnd(y, spec.quarter)), rule: 'quarter-end' };
    case 'half-year':
      return { dueDate: inYearOrNext(spec.year, madeOn, (y) => monthEnd(y, spec.half === 1 ? 6 : 12)), rule: 'half-year-end' };
    case 'year':
      return yearDate(spec, madeOn) ?? 'open-ended';
    case 'season':
      return seasonDate(spec, madeOn, policy);
    case 'recess': {
      if (spec.recess === 'next') return nextRecess(madeOn, policy);
      if (spec.relation === 'after') {
        const end = recessDate(spec.recess, 'to', spec.year, madeOn, policy);
        return { dueDate: addDays(end.dueDate, AFTER_MOMENT_DAYS), rule: `after-recess:${spec.recess}` };
      }
      return recessDate(spec.recess, spec.relation === 'in' || spec.relation === 'around' ? 'to' : 'from', spec.year, madeOn, policy);
    }
    case 'parliamentary-event':
      return eventDate(spec, madeOn) ?? `no-calendar-date:${spec.event}`;
    case 'relative':
      return relativeDate(spec, madeOn);
    case 'asap':
      return 'no-stated-date';
    case 'condition':
      return 'condition';
    case 'unrecognised':
      return 'unrecognised-phrase';
    case 'none':
      return 'no-phrase';
  }
}

/**
 * Resolves a due specification against the date the commitment was made. A specification that names no date
 * ("zo spoedig mogelijk", a condition, the next progress report, no phrase) gets madeOn +
 * policy.commitmentDefaultHorizonDays, marked implied, with the reason in `rule` ('default-horizon:<reason>').
 */
export function resolveDue(spec: DueSpec, madeOn: KamerDate, policy: Policy): DueDateResolution {
  assertKamerDate(madeOn, 'madeOn');
  const stated = resolveStated(spec, madeOn, policy);
  if (typeof stated === 'string') return { dueDate: addDays(madeOn, policy.commitmentDefaultHorizonDays), implied: true, rule: `default-horizon:${stated}` };
  return { ...stated, implied: false };
}
