import type { KamerDate } from './kamer-date.util.js';

// One formatter per zone, made once: the sync converts every timestamp it reads, so this is on a hot path.
// The en-CA locale writes dates as YYYY-MM-DD.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date an instant falls on in `timeZone` (pass policy.timeZone): "today" for the apps, which read the
 * clock and hand the result to the rules. The zone is needed here, and only here: 23:30 UTC is already tomorrow in
 * Amsterdam, by one hour in winter (CET) and two in summer (CEST).
 */
export function kamerDateOf(instant: Date, timeZone: string): KamerDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('kamerDateOf: invalid Date');
  return formatterFor(timeZone).format(instant);
}
