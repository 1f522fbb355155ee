import { describe, expect, it } from '@jest/globals';
import { daysBetween, isoFromParts } from './calendar.js';
import { parseDutchDate, parseIsoDate } from './dutch-date.util.js';

describe('parseDutchDate', () => {
  it.each([
    ['31 januari 2022', '2022-01-31'],
    ['7 juni 2022)', '2022-06-07'],
    ['29 november 2021', '2021-11-29'],
    ['1e oktober 2021', '2021-10-01'],
    ['1 okt. 2021', '2021-10-01'],
    ['29 Nov 2021', '2021-11-29'],
    ['  3  Maart   2020 (na 5 dagen)', '2020-03-03'],
    ['29 februari 2024', '2024-02-29'],
    ['15 sept 2023', '2023-09-15'],
  ])('%s → %s', (text, iso) => expect(parseDutchDate(text)).toBe(iso));

  it.each(['31 februari 2023', '45 maart 2O24', '29 februari 2023', '0 mei 2020', '12 brumaire 2020', '1 mei 20245', 'gisteren', '', '31 april 2022'])(
    'refuses %p',
    (text) => expect(parseDutchDate(text)).toBeNull(),
  );
});

describe('parseIsoDate and calendar helpers', () => {
  it('reads real ISO days only', () => {
    expect(parseIsoDate('2022-06-29, bijgewerkt')).toBe('2022-06-29');
    expect(parseIsoDate('2022-06-31')).toBeNull();
    expect(parseIsoDate('2022-13-01')).toBeNull();
    expect(parseIsoDate('2022-06-290')).toBeNull();
  });

  it('counts calendar days across months, leap days and DST changes', () => {
    expect(daysBetween('2022-01-31', '2022-02-28')).toBe(28);
    expect(daysBetween('2021-11-09', '2022-04-07')).toBe(149);
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(isoFromParts(1799, 1, 1)).toBeNull();
  });
});
