import type { AnswerTermFacts, AnswerTermVerdict } from '../rules/answer-term.types.js';
import type { KamerDate } from '../rules/kamer-date.util.js';

export type TimelineEventKind = 'submitted' | 'deferral' | 'term' | 'extended_term' | 'answered' | 'withdrawn';

export interface TimelineEvent {
  date: KamerDate;
  event: TimelineEventKind;
  /** For a deferral: sent on or before the term. */
  inTime?: boolean;
}

const ORDER: Record<TimelineEventKind, number> = { submitted: 0, deferral: 1, answered: 2, withdrawn: 3, term: 4, extended_term: 5 };

/**
 * The dates that decide a set's status, oldest first: as of `asOf`, so an answer or a deferral dated later is not
 * there yet; the terms are, even when still ahead, because they are the dates to watch. On one day, the answer comes
 * before the term it meets.
 */
export function questionTimeline(facts: AnswerTermFacts, verdict: AnswerTermVerdict, asOf: KamerDate): TimelineEvent[] {
  const events: TimelineEvent[] = [{ date: facts.submittedOn, event: 'submitted' }];
  for (const d of verdict.deferrals) events.push({ date: d.date, event: 'deferral', inTime: d.inTime });
  events.push({ date: verdict.term, event: 'term' });
  if (verdict.extendedTerm) events.push({ date: verdict.extendedTerm, event: 'extended_term' });
  if (facts.answeredOn && facts.answeredOn <= asOf) events.push({ date: facts.answeredOn, event: 'answered' });
  if (verdict.status === 'withdrawn' && facts.withdrawnOn) events.push({ date: facts.withdrawnOn, event: 'withdrawn' });
  return events.sort((a, b) => (a.date === b.date ? ORDER[a.event] - ORDER[b.event] : a.date < b.date ? -1 : 1));
}
