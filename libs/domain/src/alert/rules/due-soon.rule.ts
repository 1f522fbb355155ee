import { daysBetween } from '../../rules/kamer-date.util.js';
import type { QuestionSetAlertRule } from './alert-rule.types.js';

/**
 * The term that applies ends within dueSoonDays (0 = today) and no answer is in. A deferral moves the applicable
 * term, so the extended term gets its own due-soon alert.
 */
export const dueSoonRule: QuestionSetAlertRule = ({ key, verdict }, asOf, _lookbackDays, dueSoonDays) => {
  if (verdict.status !== 'open' && verdict.status !== 'open_deferred') return [];
  const daysLeft = daysBetween(asOf, verdict.applicableTerm);
  if (daysLeft < 0 || daysLeft > dueSoonDays) return [];
  return [{ rule: 'due_soon', subjectKey: key, termDate: verdict.applicableTerm, days: daysLeft }];
};
