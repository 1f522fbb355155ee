import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, type PublicQuestionFilter, type TermEvent } from '#domain';
import { answerStatusTag } from '../render/status-labels.js';
import { filterLabel } from './filter-label.util.js';

function dateArray(date: string): DateArray {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

/**
 * The terms as an iCalendar file: one all-day event per set and kind (term, extended term), with a uid that stays
 * the same across downloads, so a subscribed calendar (Outlook, Google) updates an event instead of adding one.
 */
export function termCalendar(events: readonly TermEvent[], filter: PublicQuestionFilter, publicUrl: string): string {
  const attributes: EventAttributes[] = events.map((e) => {
    const id = e.zaak ?? e.key;
    const what = e.kind === 'term' ? 'Termijn' : 'Verlengde termijn';
    return {
      uid: `${encodeURIComponent(e.key)}-${e.kind}@termijnwacht`,
      start: dateArray(e.date),
      end: dateArray(addDays(e.date, 1)),
      title: `${what} Kamervragen ${id}: ${e.title ?? 'zonder titel'}`,
      description: [`Status: ${answerStatusTag(e.status).label}.`, e.minister ? `Bewindspersoon: ${e.minister}.` : '', `${publicUrl}/vragen/${encodeURIComponent(e.key)}`].filter(Boolean).join('\n'),
      url: `${publicUrl}/vragen/${encodeURIComponent(e.key)}`,
      categories: ['Kamervragen', what],
      status: 'CONFIRMED',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      productId: 'termijnwacht',
      calName: `termijnwacht: termijnen (${filterLabel(filter)})`,
    };
  });
  if (attributes.length === 0) return emptyCalendar(filter);
  const { error, value } = createEvents(attributes, { productId: 'termijnwacht', calName: `termijnwacht: termijnen (${filterLabel(filter)})` });
  if (error || value === null) throw error ?? new Error('ics: no calendar produced');
  return value;
}

// ics refuses an empty list; a subscription to a filter with no terms yet is still a valid, empty calendar.
function emptyCalendar(filter: PublicQuestionFilter): string {
  const name = `termijnwacht: termijnen (${filterLabel(filter)})`.replace(/[\\;,]/g, (c) => `\\${c}`);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:termijnwacht', 'METHOD:PUBLISH', `X-WR-CALNAME:${name}`, 'END:VCALENDAR', ''].join('\r\n');
}
