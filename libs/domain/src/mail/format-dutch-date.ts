import { DUTCH_MONTHS, DUTCH_WEEKDAYS } from '#parsing';
import { isoDayOfWeek, parseKamerDate, type KamerDate } from '../rules/kamer-date.util.js';

// A digest run formats the same few hundred dates for every subscriber: remember them (bounded).
const cache = new Map<string, string>();

/** '2026-11-23' → '23 november 2026', or 'maandag 23 november 2026' with the weekday. */
export function dutchDate(date: KamerDate, withWeekday = false): string {
  const key = withWeekday ? `w${date}` : date;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const parts = parseKamerDate(date);
  if (!parts) return date;
  const text = `${parts.day} ${DUTCH_MONTHS[parts.month - 1]} ${parts.year}`;
  const result = withWeekday ? `${DUTCH_WEEKDAYS[isoDayOfWeek(date) - 1]} ${text}` : text;
  if (cache.size > 20_000) cache.clear();
  cache.set(key, result);
  return result;
}
