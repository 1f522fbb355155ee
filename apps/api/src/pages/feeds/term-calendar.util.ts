import { addDays, type PublicQuestionFilter, type TermEvent } from '#domain';
import { answerStatusTag } from '../render/status-labels.js';
import { filterLabel } from './filter-label.util.js';
import { contentLine, icalText } from './ical-text.util.js';

const date = (kamerDate: string) => kamerDate.replaceAll('-', '');

/** 20261205T013000Z: when the calendar was made (DTSTAMP). */
function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The terms as an iCalendar file: one all-day event per set and kind (term, extended term), with a uid that stays
 * the same across downloads, so a subscribed calendar (Outlook, Google) updates an event instead of adding one.
 * Every text that comes from a document or the request is escaped (icalText) and every line folded by octets.
 */
export function termCalendar(events: readonly TermEvent[], filter: PublicQuestionFilter, publicUrl: string, now: Date = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:termijnwacht',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', icalText(`termijnwacht: termijnen (${filterLabel(filter)})`)),
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const e of events) {
    const id = e.zaak ?? e.key;
    const what = e.kind === 'term' ? 'Termijn' : 'Verlengde termijn';
    const url = `${publicUrl}/vragen/${encodeURIComponent(e.key)}`;
    const description = [`Status: ${answerStatusTag(e.status).label}.`, e.minister ? `Bewindspersoon: ${e.minister}.` : '', url].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      contentLine('UID', `${encodeURIComponent(e.key)}-${e.kind}@termijnwacht`),
      contentLine('SUMMARY', icalText(`${what} Kamervragen ${id}: ${e.title ?? 'zonder titel'}`)),
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${date(e.date)}`,
      `DTEND;VALUE=DATE:${date(addDays(e.date, 1))}`,
      contentLine('DESCRIPTION', icalText(description)),
      contentLine('URL', url),
      'STATUS:CONFIRMED',
      contentLine('CATEGORIES', ['Kamervragen', what].map(icalText).join(',')),
      'X-MICROSOFT-CDO-BUSYSTATUS:FREE',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}
