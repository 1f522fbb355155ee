import { addDays } from '../../rules/kamer-date.util.js';
import type { QuestionSetAlertRule } from './alert-rule.types.js';
import { isRecent } from './lookback.util.js';

/** The set passed its extended term (after a deferral) with no answer. */
export const overdueAfterDeferralRule: QuestionSetAlertRule = ({ key, verdict }, asOf, lookbackDays) => {
  if (verdict.status !== 'overdue_deferred' || verdict.extendedTerm === null) return [];
  if (!isRecent(addDays(verdict.extendedTerm, 1), asOf, lookbackDays)) return [];
  return [{ rule: 'overdue_after_deferral', subjectKey: key, termDate: verdict.extendedTerm, days: verdict.daysOverTerm }];
};
