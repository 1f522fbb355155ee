import { kamerDateOf, type KamerDate, type Policy } from '#domain';
import type { PageQuery } from './page-query.js';

/** `?asOf=` when given, else today: the Amsterdam calendar date, read from the clock here and nowhere in the rules. */
export function asOfFrom(query: PageQuery, policy: Policy): { asOf: KamerDate; given: boolean; today: KamerDate } {
  const today = kamerDateOf(new Date(), policy.timeZone);
  const given = query.date('asOf');
  return { asOf: given ?? today, given: given !== null, today };
}
