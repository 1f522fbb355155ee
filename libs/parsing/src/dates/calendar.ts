// The one calendar of the project (libs/parsing reads dates with it, libs/domain reckons with it, as
// rules/kamer-date.util.ts). Kamer dates are calendar days ('YYYY-MM-DD') with no time of day. All arithmetic on them is done on day
// numbers (days since 1970-01-01 in the proleptic Gregorian calendar, Hinnant's civil-date algorithm): a calendar
// day plus N calendar days is the same in every time zone, so no zone and no DST switch can shift a result, and no
// Date object (nor a clock) is involved. The zone matters only when an instant becomes a Kamer date: kamerDateOf().

/** A calendar day in Europe/Amsterdam, written 'YYYY-MM-DD'. */
export type KamerDate = string;

/** Days in a month of the Gregorian calendar (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The year, month (1..12) and day of a valid Kamer date, or null when the text is not one. */
// Read by character codes rather than a regex: reports evaluate the rules over 100,000 sets, and this is their hot path.
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

export function parseKamerDate(text: string): { year: number; month: number; day: number } | null {
  if (typeof text !== 'string' || text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isKamerDate(text: unknown): text is KamerDate {
  return typeof text === 'string' && parseKamerDate(text) !== null;
}

/** Throws a RangeError naming the field when `value` is not a valid 'YYYY-MM-DD' date: a caller's bug, not data. */
export function assertKamerDate(value: unknown, field: string): asserts value is KamerDate {
  if (!isKamerDate(value)) throw new RangeError(`${field} must be a calendar date 'YYYY-MM-DD', got ${JSON.stringify(value)}`);
}

/** Day number of a calendar date (1970-01-01 is 0). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function toDayNumber(date: KamerDate): number {
  const parts = parseKamerDate(date);
  if (!parts) throw new RangeError(`not a calendar date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  return dayNumberOf(parts.year, parts.month, parts.day);
}

export function fromDayNumber(dayNumber: number): KamerDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return formatKamerDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** 'YYYY-MM-DD' from parts; the day is clamped to the month's length (31 February → 28/29 February). */
export function formatKamerDate(year: number, month: number, day: number): KamerDate {
  const d = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(date: KamerDate, days: number): KamerDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar months, clamped to the end of a shorter month (2023-01-31 + 1 month = 2023-02-28), as date-fns does. */
export function addMonths(date: KamerDate, months: number): KamerDate {
  const parts = parseKamerDate(date);
  if (!parts) throw new RangeError(`not a calendar date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  const index = parts.year * 12 + (parts.month - 1) + months;
  return formatKamerDate(Math.floor(index / 12), (index % 12) + 1, parts.day);
}

/** Signed number of calendar days from `from` to `to` (to − from). */
export function daysBetween(from: KamerDate, to: KamerDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export function isoDayOfWeek(date: KamerDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The later of two Kamer dates; 'YYYY-MM-DD' compares correctly as text. */
export function laterOf(a: KamerDate, b: KamerDate): KamerDate {
  return a >= b ? a : b;
}

// The years a Kamer document can name: a year outside is a typo ("20O4", "3021"), not a date.
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

/** "YYYY-MM-DD" for a real calendar day from a document's parts, else null ("31 februari", month 13, year 20O4). */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return formatKamerDate(year, month, day);
}
