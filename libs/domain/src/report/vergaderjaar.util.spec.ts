import { describe, expect, it } from '@jest/globals';
import { prinsjesdag, vergaderjaarOf } from './vergaderjaar.util.js';

describe('prinsjesdag', () => {
  it.each([
    [2019, '2019-09-17'],
    [2020, '2020-09-15'],
    [2021, '2021-09-21'],
    [2022, '2022-09-20'],
    [2023, '2023-09-19'],
    [2024, '2024-09-17'],
    [2025, '2025-09-16'],
  ])('is the third Tuesday of September %i: %s', (year, date) => {
    expect(prinsjesdag(year)).toBe(date);
  });
});

describe('vergaderjaarOf', () => {
  it('starts a new year on Prinsjesdag, not on 1 September', () => {
    expect(vergaderjaarOf('2021-09-01')).toBe('2020-2021');
    expect(vergaderjaarOf('2021-09-20')).toBe('2020-2021');
    expect(vergaderjaarOf('2021-09-21')).toBe('2021-2022');
  });

  it('puts January to September in the year that began the autumn before', () => {
    expect(vergaderjaarOf('2022-01-31')).toBe('2021-2022');
    expect(vergaderjaarOf('2022-06-07')).toBe('2021-2022');
    expect(vergaderjaarOf('2019-07-18')).toBe('2018-2019');
    expect(vergaderjaarOf('2021-12-31')).toBe('2021-2022');
  });
});
