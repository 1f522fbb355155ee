import { addDays, daysBetween, type KamerDate } from '../../rules/kamer-date.util.js';
import type { AlertCandidate, CommitmentSubject } from './alert-rule.types.js';
import { isRecent } from './lookback.util.js';

/** An open commitment passed its due date (stated or implied) unfulfilled: news from the day after. */
export function commitmentOverdueRule(commitment: CommitmentSubject, asOf: KamerDate, lookbackDays: number): AlertCandidate[] {
  if (commitment.dueDate >= asOf) return [];
  if (!isRecent(addDays(commitment.dueDate, 1), asOf, lookbackDays)) return [];
  return [{ rule: 'commitment_overdue', subjectKey: `commitment-${commitment.id}`, termDate: commitment.dueDate, days: daysBetween(commitment.dueDate, asOf) }];
}
