import type { QuestionListItem } from '../question-set/question-view.js';
import { addDays, type KamerDate } from '../rules/kamer-date.util.js';
import type { OverdueEvent } from './dashboard-view.js';

const PAST_TERM = new Set(['overdue', 'overdue_deferred', 'answered_late']);

/**
 * The sets that went past the term that applied to them (the extended term after a deferral) on a day from
 * `windowDays` before asOf up to asOf, newest first. The day is the one after that term: the first day the set
 * stood on the Monday list's count. A set answered late since still went overdue that day, so it stays in.
 */
export function overdueEventsOf(items: readonly QuestionListItem[], asOf: KamerDate, windowDays: number): OverdueEvent[] {
  const from = addDays(asOf, -windowDays);
  const events: OverdueEvent[] = [];
  for (const item of items) {
    if (!item.status || !PAST_TERM.has(item.status) || !item.term) continue;
    const term = item.extendedTerm ?? item.term;
    const becameOverdueOn = addDays(term, 1);
    if (becameOverdueOn < from || becameOverdueOn > asOf) continue;
    events.push({
      key: item.key,
      zaak: item.zaak,
      title: item.title,
      term,
      becameOverdueOn,
      deferred: item.deferralCount > 0,
      status: item.status,
      answeredOn: item.answeredOn !== null && item.answeredOn <= asOf ? item.answeredOn : null,
      minister: item.minister,
      submitters: item.submitters,
    });
  }
  return events.sort((a, b) => b.becameOverdueOn.localeCompare(a.becameOverdueOn) || a.key.localeCompare(b.key));
}
