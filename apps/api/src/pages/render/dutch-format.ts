import { dutchDate } from '#domain';

// How numbers read on the pages: Dutch decimals (36,5), whole percentages, a dash for "no data".

export const NO_DATA = '—';

export function formatNumber(value: number | null, decimals = 1): string {
  if (value === null || Number.isNaN(value)) return NO_DATA;
  return value.toLocaleString('nl-NL', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

export function formatShare(share: number | null): string {
  return share === null ? NO_DATA : `${Math.round(share * 100)}%`;
}

/** The CSV keeps the fraction as computed (0.333), not the rounded text. */
export function csvNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

export function formatLongDate(date: string, withWeekday = false): string {
  return dutchDate(date, withWeekday);
}
