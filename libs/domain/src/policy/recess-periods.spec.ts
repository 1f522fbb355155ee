import { describe, expect, it } from '@jest/globals';
import { daysBetween, isKamerDate, isoDayOfWeek } from '../rules/kamer-date.util.js';
import { RECESS_PERIODS } from './recess-periods.js';

describe('RECESS_PERIODS', () => {
  it('holds valid, ordered, non-overlapping periods', () => {
    for (const r of RECESS_PERIODS) {
      expect(isKamerDate(r.from) && isKamerDate(r.to)).toBe(true);
      expect(r.to >= r.from).toBe(true);
    }
    for (let i = 1; i < RECESS_PERIODS.length; i++) expect(RECESS_PERIODS[i].from > RECESS_PERIODS[i - 1].to).toBe(true);
  });

  it('runs each recess from a Friday up to a Monday', () => {
    for (const r of RECESS_PERIODS) expect([r.name, isoDayOfWeek(r.from), isoDayOfWeek(r.to)]).toEqual([r.name, 5, 1]);
  });

  it('covers the five recesses of every year 2018 through 2026', () => {
    for (let year = 2018; year <= 2026; year++) {
      const kinds = RECESS_PERIODS.filter((r) => r.from.startsWith(String(year)))
        .map((r) => r.kind)
        .sort();
      expect([year, kinds]).toEqual([year, ['herfstreces', 'kerstreces', 'meireces', 'voorjaarsreces', 'zomerreces']]);
    }
  });

  it('has plausible lengths and seasons', () => {
    for (const r of RECESS_PERIODS) {
      const days = daysBetween(r.from, r.to);
      if (r.kind === 'zomerreces') {
        expect(r.from.slice(5, 7)).toBe('07');
        expect(days).toBeGreaterThanOrEqual(52);
        expect(days).toBeLessThanOrEqual(66);
      }
      if (r.kind === 'kerstreces') expect(r.from.slice(5, 7)).toBe('12');
      if (r.kind !== 'zomerreces') expect(days).toBeLessThanOrEqual(31);
    }
  });

  it('matches the dates the Kamer published for 2023–2024', () => {
    const published = [
      ['meireces', '2023-04-21', '2023-05-08'],
      ['zomerreces', '2023-07-07', '2023-09-04'],
      ['herfstreces', '2023-10-13', '2023-10-23'],
      ['kerstreces', '2023-12-22', '2024-01-15'],
      ['voorjaarsreces', '2024-02-16', '2024-02-26'],
      ['meireces', '2024-04-26', '2024-05-13'],
      ['zomerreces', '2024-07-05', '2024-09-02'],
    ];
    for (const [kind, from, to] of published) expect(RECESS_PERIODS).toContainEqual(expect.objectContaining({ kind, from, to }));
  });
});
