import { addDays } from '../../rules/kamer-date.util.js';
import type { QuestionSetAlertRule } from './alert-rule.types.js';
import { isRecent } from './lookback.util.js';

/** The set passed its term with no answer and no deferral: news from the first day after the term. */
export const overdueRule: QuestionSetAlertRule = ({ key, verdict }, asOf, lookbackDays) => {
  if (verdict.status !== 'overdue') return [];
  if (!isRecent(addDays(verdict.term, 1), asOf, lookbackDays)) return [];
  return [{ rule: 'overdue', subjectKey: key, termDate: verdict.term, days: verdict.daysOverTerm }];
};
