import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, type CommitmentView } from '#domain';
import { COMMITMENT_STATUS_TAGS } from '../render/status-labels.js';

function dateArray(date: string): DateArray {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The due dates of commitments as an iCalendar file: one all-day event per commitment on its due date, with a uid
 * that stays the same when an editor corrects the date, so a subscribed calendar moves the event.
 */
export function commitmentCalendar(commitments: readonly CommitmentView[], name: string, publicUrl: string): string {
  const dated = commitments.filter((c) => c.dueDate !== null);
  const calName = `termijnwacht: toezeggingen (${name})`;
  if (dated.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:termijnwacht', 'METHOD:PUBLISH', `X-WR-CALNAME:${calName.replace(/[\\;,]/g, (c) => `\\${c}`)}`, 'END:VCALENDAR', ''].join('\r\n');
  }
  const events: EventAttributes[] = dated.map((c) => {
    const link = c.questionSetKey ? `${publicUrl}/vragen/${encodeURIComponent(c.questionSetKey)}` : `${publicUrl}/toezeggingen`;
    return {
      uid: `commitment-${c.id}@termijnwacht`,
      start: dateArray(c.dueDate!),
      end: dateArray(addDays(c.dueDate!, 1)),
      title: `Toezegging uiterlijk: ${shorten(c.text, 90)}`,
      description: [c.text, `Status: ${COMMITMENT_STATUS_TAGS[c.status].label}.`, c.actor ? `Wie: ${c.actor}.` : '', link].filter(Boolean).join('\n'),
      url: link,
      categories: ['Toezeggingen'],
      status: 'CONFIRMED',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      productId: 'termijnwacht',
      calName,
    };
  });
  const { error, value } = createEvents(events, { productId: 'termijnwacht', calName });
  if (error || value === null) throw error ?? new Error('ics: no calendar produced');
  return value;
}
