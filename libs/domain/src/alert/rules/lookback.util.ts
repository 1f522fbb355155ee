import { daysBetween, type KamerDate } from '../../rules/kamer-date.util.js';

/** An event dated `eventDate` is news on `asOf` for `lookbackDays` days, the day itself included; never before it happened. */
export function isRecent(eventDate: KamerDate, asOf: KamerDate, lookbackDays: number): boolean {
  const age = daysBetween(eventDate, asOf);
  return age >= 0 && age < lookbackDays;
}
