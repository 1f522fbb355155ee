import type { QuestionListItem } from '../question-set/question-view.js';
import { UNANSWERED_STATUSES } from '../rules/answer-term.types.js';
import { addDays, type KamerDate } from '../rules/kamer-date.util.js';
import type { TermEvent } from './dashboard-view.js';

/**
 * The terms and extended terms to put in a calendar as of `asOf`: those of sets still unanswered (an overdue term
 * stays as a reminder, however old) and every other term dated within `windowDays` before asOf or later.
 * Withdrawn sets have no term to watch. Oldest first.
 */
export function termEventsOf(items: readonly QuestionListItem[], asOf: KamerDate, windowDays: number): TermEvent[] {
  const from = addDays(asOf, -windowDays);
  const events: TermEvent[] = [];
  for (const item of items) {
    if (!item.status || item.status === 'withdrawn' || !item.term) continue;
    const open = UNANSWERED_STATUSES.includes(item.status);
    const base = { key: item.key, zaak: item.zaak, title: item.title, status: item.status, minister: item.minister };
    if (open || item.term >= from) events.push({ ...base, kind: 'term', date: item.term });
    if (item.extendedTerm && (open || item.extendedTerm >= from)) events.push({ ...base, kind: 'extended_term', date: item.extendedTerm });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key) || a.kind.localeCompare(b.kind));
}
