import { describe, expect, it } from '@jest/globals';
import { digestPeriod, isoWeek } from './digest-period.util.js';

describe('digest periods', () => {
  it.each([
    ['2022-02-28', 2022, 9],
    ['2026-11-23', 2026, 48],
    ['2021-01-03', 2020, 53],
    ['2024-12-30', 2025, 1],
    ['2023-01-01', 2022, 52],
  ])('%s is ISO week %i-W%i', (date, year, week) => expect(isoWeek(date)).toEqual({ year, week }));

  it('a week has one key whichever day it is run on; a day is its own key', () => {
    expect(digestPeriod('weekly', '2022-02-28').key).toBe('2022-W09');
    expect(digestPeriod('weekly', '2022-03-06').key).toBe('2022-W09');
    expect(digestPeriod('weekly', '2022-03-07').key).toBe('2022-W10');
    expect(digestPeriod('daily', '2022-03-07')).toMatchObject({ key: '2022-03-07', heading: 'Dagoverzicht schriftelijke vragen, maandag 7 maart 2022' });
  });
});
