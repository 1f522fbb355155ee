import { describe, expect, it } from '@jest/globals';
import type { TermEvent } from '#domain';
import { termCalendar } from './term-calendar.util.js';

const event = (title: string): TermEvent => ({
  key: '2022Z01519',
  zaak: '2022Z01519',
  title,
  kind: 'term',
  date: '2022-02-22',
  status: 'open',
  minister: 'Minister van Financiën',
});
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

// Issue 14, findings 1 and 15: RFC 5545 §3.1 (lines of at most 75 octets, folded with CRLF + space) and §3.3.11
// (TEXT escapes backslash, semicolon, comma and line breaks). The `ics` package folded by characters.
describe('termCalendar', () => {
  it('folds every line at 75 octets, never inside a UTF-8 character, and unfolds to the same text', () => {
    const title = 'Vragen over café’s, cliënten en überhaupt 😀 '.repeat(6);
    const ics = termCalendar([event(title)], { minister: 'Müller 😀 '.repeat(12).trim() }, 'http://termijnwacht.test');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(unfold(ics)).toContain(`SUMMARY:Termijn Kamervragen 2022Z01519: ${title.replaceAll(',', '\\,')}`);
    expect(unfold(ics)).toContain(`X-WR-CALNAME:termijnwacht: termijnen (bewindspersoon ${'Müller 😀 '.repeat(12).trim()})`);
  });

  it('escapes line breaks and separators in any text, so no text can start a property or an event of its own', () => {
    const forged = 'x\r\nBEGIN:VEVENT\r\nSUMMARY:forged\rURL:http://evil.test\nEND:VEVENT;a,b\\';
    const ics = termCalendar([event(forged)], { ministry: forged }, 'http://termijnwacht.test');
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(1);
    expect(ics).not.toMatch(/^(SUMMARY:forged|URL:http:\/\/evil)/m);
    expect(unfold(ics)).toContain('x\\nBEGIN:VEVENT\\nSUMMARY:forged\\nURL:http://evil.test\\nEND:VEVENT\\;a\\,b\\\\');
  });

  it('writes an empty, valid calendar when no term matches', () => {
    expect(termCalendar([], {}, 'http://x.test').split('\r\n')).toEqual(
      expect.arrayContaining(['BEGIN:VCALENDAR', 'X-WR-CALNAME:termijnwacht: termijnen (alle vragen)', 'END:VCALENDAR']),
    );
  });
});
