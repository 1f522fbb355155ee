import { addDays, type CommitmentView } from '#domain';
import { COMMITMENT_STATUS_TAGS } from '../render/status-labels.js';
import { contentLine, icalText } from './ical-text.util.js';

const date = (kamerDate: string) => kamerDate.replaceAll('-', '');

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The due dates of commitments as an iCalendar file: one all-day event per commitment on its due date, with a uid
 * that stays the same when an editor corrects the date, so a subscribed calendar moves the event. Written like the
 * term calendar (termCalendar): every text escaped per RFC 5545 (icalText) and every line folded by octets.
 */
export function commitmentCalendar(commitments: readonly CommitmentView[], name: string, publicUrl: string, now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:termijnwacht',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', icalText(`termijnwacht: toezeggingen (${name})`)),
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const c of commitments) {
    if (c.dueDate === null) continue;
    const link = c.questionSetKey ? `${publicUrl}/vragen/${encodeURIComponent(c.questionSetKey)}` : `${publicUrl}/toezeggingen`;
    const description = [c.text, `Status: ${COMMITMENT_STATUS_TAGS[c.status].label}.`, c.actor ? `Wie: ${c.actor}.` : '', link].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      contentLine('UID', `commitment-${c.id}@termijnwacht`),
      contentLine('SUMMARY', icalText(`Toezegging uiterlijk: ${shorten(c.text, 90)}`)),
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${date(c.dueDate)}`,
      `DTEND;VALUE=DATE:${date(addDays(c.dueDate, 1))}`,
      contentLine('DESCRIPTION', icalText(description)),
      contentLine('URL', link),
      'STATUS:CONFIRMED',
      'CATEGORIES:Toezeggingen',
      'X-MICROSOFT-CDO-BUSYSTATUS:FREE',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}
