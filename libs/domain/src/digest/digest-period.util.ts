import type { DigestCadence } from '../queue/job-item.js';
import { addDays, daysBetween, isoDayOfWeek, type KamerDate } from '../rules/kamer-date.util.js';
import { dutchDate } from '../mail/format-dutch-date.js';

export interface DigestPeriod {
  cadence: DigestCadence;
  /** Names the period in idempotency keys: '2026-W48' (ISO week) or '2026-11-23'. One digest per subscriber per key. */
  key: string;
  /** How far back a first digest looks for answers. */
  days: number;
  heading: string;
}

/** ISO 8601 week of a date: the week belongs to the year of its Thursday. */
export function isoWeek(date: KamerDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoDayOfWeek(date));
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1 };
}

export function digestPeriod(cadence: DigestCadence, asOf: KamerDate): DigestPeriod {
  if (cadence === 'daily') {
    return { cadence, key: asOf, days: 1, heading: `Dagoverzicht schriftelijke vragen, ${dutchDate(asOf, true)}` };
  }
  const { year, week } = isoWeek(asOf);
  return { cadence, key: `${year}-W${String(week).padStart(2, '0')}`, days: 7, heading: `Weekoverzicht schriftelijke vragen, week ${week} van ${year}` };
}
