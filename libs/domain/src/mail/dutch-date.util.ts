import { isoDayOfWeek, parseKamerDate, type KamerDate } from '../rules/kamer-date.util.js';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

// A digest run formats the same few hundred dates for every subscriber: remember them (bounded).
const cache = new Map<string, string>();

/** '2026-11-23' → '23 november 2026', or 'maandag 23 november 2026' with the weekday. */
export function dutchDate(date: KamerDate, withWeekday = false): string {
  const key = withWeekday ? `w${date}` : date;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const parts = parseKamerDate(date);
  if (!parts) return date;
  const text = `${parts.day} ${MONTHS[parts.month - 1]} ${parts.year}`;
  const result = withWeekday ? `${WEEKDAYS[isoDayOfWeek(date) - 1]} ${text}` : text;
  if (cache.size > 20_000) cache.clear();
  cache.set(key, result);
  return result;
}
