import { describe, expect, it } from '@jest/globals';
import { TZDate, tz } from '@date-fns/tz';
import { addDays as fnsAddDays, addMonths as fnsAddMonths, format } from 'date-fns';
import fc from 'fast-check';
import { kamerDateOf } from './kamer-date-of.util.js';
import { addDays, addMonths, assertKamerDate, daysBetween, fromDayNumber, isKamerDate, isoDayOfWeek, toDayNumber } from './kamer-date.util.js';

const AMS = 'Europe/Amsterdam';
const amsterdam = tz(AMS);

/** Arbitrary Kamer dates 1990..2060, built through date-fns in Amsterdam (the reference implementation). */
const kamerDate = fc
  .integer({ min: 0, max: 70 * 366 })
  .map((offset) => format(fnsAddDays(new TZDate(1990, 0, 1, AMS), offset), 'yyyy-MM-dd', { in: amsterdam }));

describe('Kamer date arithmetic', () => {
  it('round-trips day numbers and knows the epoch', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(toDayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
    expect(toDayNumber('1900-03-01') - toDayNumber('1900-02-28')).toBe(1);
  });

  it('adds calendar days across both DST switches without drifting a day', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-03-08', 21)).toBe('2026-03-29');
    expect(addDays('2026-03-20', 21)).toBe('2026-04-10');
    expect(addDays('2025-10-25', 1)).toBe('2025-10-26');
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27');
    expect(addDays('2025-10-05', 21)).toBe('2025-10-26');
    expect(addDays('2025-10-20', 21)).toBe('2025-11-10');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });

  it('agrees with date-fns in Europe/Amsterdam for any date and offset', () => {
    fc.assert(
      fc.property(kamerDate, fc.integer({ min: -800, max: 800 }), (date, days) => {
        const [y, m, d] = date.split('-').map(Number);
        const reference = format(fnsAddDays(new TZDate(y, m - 1, d, AMS), days), 'yyyy-MM-dd', { in: amsterdam });
        expect(addDays(date, days)).toBe(reference);
        expect(daysBetween(date, reference)).toBe(days);
      }),
    );
  });

  it('adds months like date-fns, clamping to the month end', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-15', 2)).toBe('2024-01-15');
    fc.assert(
      fc.property(kamerDate, fc.integer({ min: 0, max: 36 }), (date, months) => {
        const [y, m, d] = date.split('-').map(Number);
        const reference = format(fnsAddMonths(new TZDate(y, m - 1, d, AMS), months), 'yyyy-MM-dd', { in: amsterdam });
        expect(addMonths(date, months)).toBe(reference);
      }),
    );
  });

  it('knows the day of the week', () => {
    expect(isoDayOfWeek('2023-09-19')).toBe(2); // Prinsjesdag 2023, a Tuesday
    expect(isoDayOfWeek('2026-03-29')).toBe(7);
    fc.assert(
      fc.property(kamerDate, (date) => {
        const [y, m, d] = date.split('-').map(Number);
        expect(isoDayOfWeek(date)).toBe(Number(format(new TZDate(y, m - 1, d, AMS), 'i')));
      }),
    );
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isKamerDate('2022-02-28')).toBe(true);
    for (const bad of ['2022-02-29', '2022-13-01', '2022-00-10', '22-02-28', '2022-2-28', '2022-02-28T00:00', '', null, 20220228]) {
      expect(isKamerDate(bad)).toBe(false);
    }
    expect(() => assertKamerDate('2022-02-30', 'answeredOn')).toThrow(/answeredOn must be a calendar date/);
    expect(() => addDays('31-01-2022', 1)).toThrow(RangeError);
  });
});

describe('kamerDateOf', () => {
  it('gives the Amsterdam calendar day around the spring-forward switch of 2026-03-29', () => {
    expect(kamerDateOf(new Date('2026-03-28T22:59:59Z'), AMS)).toBe('2026-03-28'); // 23:59:59 CET
    expect(kamerDateOf(new Date('2026-03-28T23:00:00Z'), AMS)).toBe('2026-03-29'); // 00:00 CET
    expect(kamerDateOf(new Date('2026-03-29T01:00:00Z'), AMS)).toBe('2026-03-29'); // 03:00 CEST, just after the switch
    expect(kamerDateOf(new Date('2026-03-29T21:59:59Z'), AMS)).toBe('2026-03-29'); // 23:59:59 CEST
    expect(kamerDateOf(new Date('2026-03-29T22:00:00Z'), AMS)).toBe('2026-03-30'); // 00:00 CEST
  });

  it('gives the Amsterdam calendar day around the fall-back switch of 2025-10-26', () => {
    expect(kamerDateOf(new Date('2025-10-25T21:59:59Z'), AMS)).toBe('2025-10-25'); // 23:59:59 CEST
    expect(kamerDateOf(new Date('2025-10-25T22:00:00Z'), AMS)).toBe('2025-10-26'); // 00:00 CEST
    expect(kamerDateOf(new Date('2025-10-26T01:30:00Z'), AMS)).toBe('2025-10-26'); // 02:30 CET, the repeated hour
    expect(kamerDateOf(new Date('2025-10-26T22:59:59Z'), AMS)).toBe('2025-10-26'); // 23:59:59 CET
    expect(kamerDateOf(new Date('2025-10-26T23:00:00Z'), AMS)).toBe('2025-10-27'); // 00:00 CET
  });

  it('uses the zone it is given, and rejects an invalid Date', () => {
    expect(kamerDateOf(new Date('2026-01-01T23:30:00Z'), 'UTC')).toBe('2026-01-01');
    expect(kamerDateOf(new Date('2026-01-01T23:30:00Z'), AMS)).toBe('2026-01-02');
    expect(() => kamerDateOf(new Date('not a date'), AMS)).toThrow(RangeError);
  });
});
