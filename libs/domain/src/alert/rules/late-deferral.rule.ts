import { daysBetween } from '../../rules/kamer-date.util.js';
import type { QuestionSetAlertRule } from './alert-rule.types.js';
import { isRecent } from './lookback.util.js';

/**
 * A deferral notice dated after the term arrived: one alert per day with a late notice, keyed by that date.
 * Two notices on the same day (a resend, or the same notice from two sources) are one event for the reader,
 * and the alert key (rule, subject, termDate) must stay unique.
 */
export const lateDeferralRule: QuestionSetAlertRule = ({ key, verdict }, asOf, lookbackDays) => {
  if (verdict.status === 'withdrawn') return [];
  const lateDates = new Set(verdict.deferrals.filter((d) => !d.inTime && isRecent(d.date, asOf, lookbackDays)).map((d) => d.date));
  return [...lateDates].map((date) => ({ rule: 'late_deferral' as const, subjectKey: key, termDate: date, days: daysBetween(verdict.term, date) }));
};
