import { kamerDateOf } from '../rules/kamer-date-of.util.js';

/**
 * The Amsterdam calendar day of an OData timestamp ("2025-03-04T00:00:00+01:00", "2026-10-15T00:00:00Z").
 * The Kamer writes midnight local time (the policy's zone), which in UTC is the evening before: slicing the string would be off by one.
 */
export function kamerDate(timestamp: string | null | undefined, timeZone: string): string | null {
  if (!timestamp) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(timestamp)) return timestamp;
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return null;
  return kamerDateOf(instant, timeZone);
}
