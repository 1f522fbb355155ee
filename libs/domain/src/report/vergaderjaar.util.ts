import { formatKamerDate, isoDayOfWeek, type KamerDate } from '../rules/kamer-date.util.js';

/** Prinsjesdag: the third Tuesday of September (Grondwet art. 65), the day a vergaderjaar opens. */
export function prinsjesdag(year: number): KamerDate {
  const first = formatKamerDate(year, 9, 1);
  const firstTuesday = 1 + ((2 - isoDayOfWeek(first) + 7) % 7);
  return formatKamerDate(year, 9, firstTuesday + 14);
}

/**
 * The parliamentary year (vergaderjaar) a date falls in, as the Kamer writes it: '2021-2022' runs from Prinsjesdag
 * 2021 up to the day before Prinsjesdag 2022 (the same years as in document ids like ah-tk-20212022-1915).
 */
export function vergaderjaarOf(date: KamerDate): string {
  const year = Number(date.slice(0, 4));
  const start = date >= prinsjesdag(year) ? year : year - 1;
  return `${start}-${start + 1}`;
}
