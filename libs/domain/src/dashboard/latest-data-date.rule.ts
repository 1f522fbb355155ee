import type { KamerDate } from '../rules/kamer-date.util.js';

/** The latest of the dates given (ISO dates compare as text), or null when there is none. */
export function latestDataDate(dates: readonly (KamerDate | null)[]): KamerDate | null {
  return dates.reduce<KamerDate | null>((latest, d) => (d !== null && (latest === null || d > latest) ? d : latest), null);
}
