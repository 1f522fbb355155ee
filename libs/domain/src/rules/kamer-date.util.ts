// The domain's calendar is the one in libs/parsing (dates/calendar.ts): parsing is the lower layer and reads dates
// with the same arithmetic, so there is one implementation of each calendar function.
export {
  addDays,
  addMonths,
  assertKamerDate,
  dayNumberOf,
  daysBetween,
  daysInMonth,
  formatKamerDate,
  fromDayNumber,
  isKamerDate,
  isoDayOfWeek,
  laterOf,
  parseKamerDate,
  toDayNumber,
  type KamerDate,
} from '#parsing';
