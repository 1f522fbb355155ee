import { describe, expect, it } from '@jest/globals';
import { readDuePhrase } from '#parsing';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { resolveDue } from './commitment-due-date.rule.js';

// The calendar half of the due-date grammar: specifications (as libs/parsing reads them from the phrases) resolved
// against the day the promise was made. The phrases are read by the parser's reader, so these are also the phrase
// examples of DESIGN.md and the issue end to end.

function resolve(phrase: string | null, madeOn: string) {
  return resolveDue(readDuePhrase(phrase), madeOn, DEFAULT_POLICY);
}
function due(phrase: string | null, madeOn: string): string {
  return resolve(phrase, madeOn).dueDate;
}

describe('the examples of issue 12', () => {
  it('"niet later dan 1 juli 2025" → 2025-07-01 (was 2025-07-31)', () => {
    expect(readDuePhrase('niet later dan 1 juli 2025')).toEqual({ kind: 'date', relation: 'by', day: 1, month: 7, year: 2025 });
    expect(resolve('niet later dan 1 juli 2025', '2025-03-01')).toEqual({ dueDate: '2025-07-01', implied: false, rule: 'explicit-date' });
  });

  it('"(1 december 2023)" after "ruim vóór …" → no later than 2023-12-01 (was 2023-12-31)', () => {
    expect(due('1 december 2023', '2023-06-01')).toBe('2023-12-01');
    expect(due('(1 december 2023)', '2023-06-01')).toBe('2023-12-01');
  });

  it('"rond de zomer" → the last day of that year’s zomerreces (was no date)', () => {
    expect(resolve('rond de zomer', '2025-03-01')).toEqual({ dueDate: '2025-09-01', implied: false, rule: 'recess-end:zomerreces' });
    expect(due('rond de zomer', '2022-03-01')).toBe('2022-09-05');
    expect(due('rond de zomer', '2022-09-10')).toBe('2023-09-04'); // made after that summer's recess
  });
});

describe('resolveDue: recesses and seasons', () => {
  it('voor de zomer → the start of that year’s zomerreces, or next year’s when made after it began', () => {
    expect(resolve('voor de zomer', '2022-03-15')).toEqual({ dueDate: '2022-07-08', implied: false, rule: 'recess-start:zomerreces' });
    expect(due('voor de zomer', '2022-07-08')).toBe('2022-07-08');
    expect(due('voor de zomer', '2022-07-20')).toBe('2023-07-07');
    expect(due('Vóór de zomer', '2023-01-05')).toBe('2023-07-07');
    expect(due('voor het zomerreces', '2023-01-10')).toBe('2023-07-07');
    expect(due('voor de zomer van 2024', '2022-03-01')).toBe('2024-07-05');
    expect(due('voor de zomervakantie', '2023-01-10')).toBe('2023-07-07');
  });

  it('estimates a recess (first Friday of July; nine weeks) for a year the recess data does not cover', () => {
    expect(resolve('voor de zomer', '2030-03-01')).toEqual({ dueDate: '2030-07-05', implied: false, rule: 'recess-start-estimated:zomerreces' });
    expect(resolve('rond de zomer', '2030-03-01')).toEqual({ dueDate: '2030-09-02', implied: false, rule: 'recess-end-estimated:zomerreces' });
  });

  it('voor het kerstreces and the other recesses → the recess begins', () => {
    expect(due('voor het kerstreces', '2022-06-01')).toBe('2022-12-23');
    expect(due('voor het kerstreces', '2022-12-28')).toBe('2023-12-22'); // made during the kerstreces
    expect(due('voor het kerstreces', '2023-01-05')).toBe('2023-12-22');
    expect(due('voor de kerst', '2023-11-01')).toBe('2023-12-22');
    expect(due('voor het herfstreces', '2023-09-01')).toBe('2023-10-13');
    expect(due('voor het krokusreces', '2023-11-01')).toBe('2024-02-16');
    expect(due('voor het voorjaarsreces', '2023-11-01')).toBe('2024-02-16');
    expect(resolve('voor het meireces', '2024-01-01')).toMatchObject({ dueDate: '2024-04-26', rule: 'recess-start:meireces' });
    expect(due('voor het reces', '2023-03-01')).toBe('2023-04-21'); // the first recess to come: the meireces
  });

  it('tijdens het zomerreces → its last day; direct na het zomerreces → four weeks after it', () => {
    expect(due('tijdens het zomerreces', '2023-03-01')).toBe('2023-09-04');
    expect(due('direct na het zomerreces', '2022-03-15')).toBe('2022-10-03');
  });

  it('na de zomer → 30 September; in de zomer → 31 August', () => {
    expect(resolve('na de zomer', '2022-03-15')).toEqual({ dueDate: '2022-09-30', implied: false, rule: 'after-summer' });
    expect(due('na de zomer', '2022-10-10')).toBe('2023-09-30');
    expect(due('in de zomer', '2022-03-15')).toBe('2022-08-31');
  });

  it('in het voorjaar → 30 June; in het najaar → 31 December; voor het najaar → 1 September', () => {
    expect(due('in het voorjaar', '2022-02-01')).toBe('2022-06-30');
    expect(due('in het voorjaar', '2022-09-01')).toBe('2023-06-30');
    expect(due('in het voorjaar van 2024', '2022-09-01')).toBe('2024-06-30');
    expect(due('in het najaar', '2022-05-01')).toBe('2022-12-31');
    expect(due('dit najaar', '2022-05-01')).toBe('2022-12-31');
    expect(due('voor het najaar', '2022-05-01')).toBe('2022-09-01');
    expect(due('deze winter', '2023-11-01')).toBe('2024-02-29');
  });
});

describe('resolveDue: years, halves and quarters', () => {
  it.each([
    ['voor het einde van het jaar', '2022-05-01', '2022-12-31'],
    ['voor het eind van dit jaar', '2022-05-01', '2022-12-31'],
    ['eind dit jaar', '2022-05-01', '2022-12-31'],
    ['voor het einde van 2023', '2022-05-01', '2023-12-31'],
    ['uiterlijk eind 2023', '2022-05-01', '2023-12-31'],
    ['ultimo 2023', '2022-05-01', '2023-12-31'],
    ['in de loop van volgend jaar', '2022-05-01', '2023-12-31'],
    ['nog dit jaar', '2022-05-01', '2022-12-31'],
    ['in 2024', '2022-05-01', '2024-12-31'],
    ['voor de jaarwisseling', '2022-05-01', '2022-12-31'],
  ])('%s (made %s) → %s', (phrase, madeOn, expected) => {
    expect(resolve(phrase, madeOn)).toEqual({ dueDate: expected, implied: false, rule: 'year-end' });
  });

  it('vóór a year → the last day of the year before', () => {
    expect(resolve('vóór 2025', '2024-02-01')).toEqual({ dueDate: '2024-12-31', implied: false, rule: 'before-year' });
  });

  it('quarters end on the last day of their third month', () => {
    expect(due('in het eerste kwartaal van 2023', '2022-06-01')).toBe('2023-03-31');
    expect(due('in het eerste kwartaal', '2022-06-01')).toBe('2023-03-31');
    expect(due('in het tweede kwartaal', '2022-06-01')).toBe('2022-06-30');
    expect(due('in het derde kwartaal', '2022-06-01')).toBe('2022-09-30');
    expect(due('in het vierde kwartaal van 2022', '2022-06-01')).toBe('2022-12-31');
    expect(due('het laatste kwartaal van dit jaar', '2022-06-01')).toBe('2022-12-31');
    expect(due('Q1 2023', '2022-06-01')).toBe('2023-03-31');
    expect(due('Q3', '2022-06-01')).toBe('2022-09-30');
    expect(resolve("Q2 '24", '2022-06-01')).toEqual({ dueDate: '2024-06-30', implied: false, rule: 'quarter-end' });
  });

  it('medio 2023 → 30 June; begin 2024 → 31 March; halves end 30 June and 31 December', () => {
    expect(resolve('medio 2023', '2022-06-01')).toEqual({ dueDate: '2023-06-30', implied: false, rule: 'mid-year' });
    expect(due('medio volgend jaar', '2022-06-01')).toBe('2023-06-30');
    expect(resolve('begin 2024', '2023-06-01')).toEqual({ dueDate: '2024-03-31', implied: false, rule: 'begin-year' });
    expect(due('begin volgend jaar', '2022-10-01')).toBe('2023-03-31');
    expect(due('aan het begin van het nieuwe jaar', '2022-10-01')).toBe('2023-03-31');
    expect(due('in de eerste helft van 2024', '2022-10-01')).toBe('2024-06-30');
    expect(due('in de tweede helft van het jaar', '2022-10-01')).toBe('2022-12-31');
  });
});

describe('resolveDue: dates, months and periods', () => {
  it('voor 1 januari → that date; without a year, the next one after the day made', () => {
    expect(resolve('voor 1 januari', '2022-10-01')).toEqual({ dueDate: '2023-01-01', implied: false, rule: 'explicit-date' });
    expect(due('voor 1 januari 2024', '2022-10-01')).toBe('2024-01-01');
    expect(due('voor 1 januari', '2023-01-01')).toBe('2024-01-01');
    expect(due('uiterlijk op vrijdag 3 maart', '2023-01-10')).toBe('2023-03-03');
    expect(due('vóór 31 februari', '2023-01-10')).toBe('2023-02-28');
    expect(due('rond 15 mei', '2023-01-10')).toBe('2023-05-15');
  });

  it('months: begin → 10th, medio → 15th, voor → 1st, in / eind → last day', () => {
    expect(resolve('eind maart', '2023-01-10')).toEqual({ dueDate: '2023-03-31', implied: false, rule: 'month-end' });
    expect(due('in juli 2022', '2022-06-29')).toBe('2022-07-31');
    expect(due('begin mei', '2023-01-10')).toBe('2023-05-10');
    expect(due('medio juni 2024', '2023-01-10')).toBe('2024-06-15');
    expect(due('voor april', '2023-01-10')).toBe('2023-04-01');
    expect(due('in de loop van oktober', '2023-01-10')).toBe('2023-10-31');
    expect(due('in februari', '2023-03-10')).toBe('2024-02-29');
    expect(due('juli 2022', '2022-06-29')).toBe('2022-07-31');
    expect(due('(september 2023)', '2023-05-01')).toBe('2023-09-30');
  });

  it('binnen N dagen / weken / maanden, in words or digits → madeOn + that', () => {
    const cases: Array<[string, string]> = [
      ['binnen drie weken', '2022-03-22'],
      ['binnen twee maanden', '2022-05-01'],
      ['binnen 6 weken', '2022-04-12'],
      ['binnen tien dagen', '2022-03-11'],
      ['binnen één week', '2022-03-08'],
      ['binnen twaalf maanden', '2023-03-01'],
      ['binnen een half jaar', '2022-09-01'],
      ['over 14 dagen', '2022-03-15'],
      ['de komende twee jaar', '2024-03-01'],
    ];
    for (const [phrase, expected] of cases)
      expect([phrase, resolve(phrase, '2022-03-01')]).toEqual([phrase, { dueDate: expected, implied: false, rule: 'within-period' }]);
  });

  it('deze week / volgende maand / dit kwartaal → the end of that calendar period', () => {
    expect(due('deze week', '2024-03-12')).toBe('2024-03-17');
    expect(due('volgende maand', '2024-03-12')).toBe('2024-04-30');
    expect(due('dit kwartaal', '2024-03-12')).toBe('2024-03-31');
  });

  it('voor de begrotingsbehandeling / rond Prinsjesdag → the third Tuesday of September', () => {
    expect(resolve('voor de begrotingsbehandeling', '2023-05-01')).toEqual({ dueDate: '2023-09-19', implied: false, rule: 'prinsjesdag' });
    expect(due('rond Prinsjesdag', '2023-10-01')).toBe('2024-09-17');
    expect(due('bij de Miljoenennota', '2022-01-01')).toBe('2022-09-20');
    expect(due('bij de Voorjaarsnota', '2023-02-01')).toBe('2023-06-01');
    expect(due('op Verantwoordingsdag', '2023-02-01')).toBe('2023-05-17');
  });
});

describe('resolveDue: no stated date, with the reason', () => {
  it.each(['zo spoedig mogelijk', 'op korte termijn', 'binnenkort', 'zo snel mogelijk', 'de komende weken', 'binnen enkele weken'])(
    '%s → madeOn + the default horizon, implied',
    (phrase) => {
      expect(resolve(phrase, '2022-03-01')).toEqual({ dueDate: '2022-05-30', implied: true, rule: 'default-horizon:no-stated-date' });
    },
  );

  it('no phrase, an unknown one, a condition or a document without a date → the default horizon, implied, with the reason', () => {
    expect(resolve(null, '2022-03-01')).toEqual({ dueDate: '2022-05-30', implied: true, rule: 'default-horizon:no-phrase' });
    expect(resolve('  ', '2022-03-01').rule).toBe('default-horizon:no-phrase');
    expect(resolve('te zijner tijd', '2022-03-01')).toEqual({ dueDate: '2022-05-30', implied: true, rule: 'default-horizon:unrecognised-phrase' });
    expect(resolve('in de eerstvolgende voortgangsrapportage', '2022-03-01').rule).toBe('default-horizon:no-calendar-date:next-document');
    expect(resolveDue({ kind: 'condition', text: 'zodra het rapport verschijnt' }, '2022-03-01', DEFAULT_POLICY).rule).toBe('default-horizon:condition');
    expect(resolveDue({ kind: 'none' }, '2022-03-01', { ...DEFAULT_POLICY, commitmentDefaultHorizonDays: 30 }).dueDate).toBe('2022-03-31');
  });

  it('rejects a malformed madeOn', () => {
    expect(() => resolveDue({ kind: 'asap' }, '1 maart 2022', DEFAULT_POLICY)).toThrow(/madeOn/);
  });
});
