import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { findDuePhrase, resolveDueDate } from './commitment-due-date.rule.js';
import { DUE_PHRASE_RULES } from './due-phrase.patterns.js';

function due(phrase: string | null, madeOn: string): string {
  return resolveDueDate(phrase, madeOn, DEFAULT_POLICY).dueDate;
}

describe('resolveDueDate: recesses and seasons', () => {
  it('voor de zomer → the start of that year’s zomerreces, or next year’s when made after it began', () => {
    expect(resolveDueDate('voor de zomer', '2022-03-15', DEFAULT_POLICY)).toEqual({
      dueDate: '2022-07-08', implied: false, rule: 'recess-start:zomerreces',
    });
    expect(due('voor de zomer', '2022-07-08')).toBe('2022-07-08');
    expect(due('voor de zomer', '2022-07-20')).toBe('2023-07-07');
    expect(due('Vóór de zomer', '2023-01-05')).toBe('2023-07-07');
    expect(due('voor het zomerreces', '2023-01-10')).toBe('2023-07-07');
    expect(due('voor de zomer van 2024', '2022-03-01')).toBe('2024-07-05');
  });

  it('estimates the zomerreces (first Friday of July) for a year the recess data does not cover', () => {
    expect(resolveDueDate('voor de zomer', '2030-03-01', DEFAULT_POLICY)).toEqual({
      dueDate: '2030-07-05', implied: false, rule: 'recess-start-estimated:zomerreces',
    });
  });

  it('voor het kerstreces and the other recesses → the recess begins', () => {
    expect(due('voor het kerstreces', '2022-06-01')).toBe('2022-12-23');
    expect(due('voor het kerstreces', '2022-12-28')).toBe('2023-12-22'); // made during the kerstreces
    expect(due('voor het kerstreces', '2023-01-05')).toBe('2023-12-22');
    expect(due('voor de kerst', '2023-11-01')).toBe('2023-12-22');
    expect(due('voor het herfstreces', '2023-09-01')).toBe('2023-10-13');
    expect(due('voor het krokusreces', '2023-11-01')).toBe('2024-02-16');
    expect(due('voor het voorjaarsreces', '2023-11-01')).toBe('2024-02-16');
    expect(resolveDueDate('voor het meireces', '2024-01-01', DEFAULT_POLICY)).toMatchObject({
      dueDate: '2024-04-26', rule: 'recess-start:meireces',
    });
  });

  it('na de zomer → 30 September; in de zomer → 31 August', () => {
    expect(resolveDueDate('na de zomer', '2022-03-15', DEFAULT_POLICY)).toEqual({ dueDate: '2022-09-30', implied: false, rule: 'after-summer' });
    expect(due('na de zomer', '2022-10-10')).toBe('2023-09-30');
    expect(due('direct na het zomerreces', '2022-03-15')).toBe('2022-09-30');
    expect(due('in de zomer', '2022-03-15')).toBe('2022-08-31');
  });

  it('in het voorjaar → 30 June; in het najaar → 31 December', () => {
    expect(due('in het voorjaar', '2022-02-01')).toBe('2022-06-30');
    expect(due('in het voorjaar', '2022-09-01')).toBe('2023-06-30');
    expect(due('in het voorjaar van 2024', '2022-09-01')).toBe('2024-06-30');
    expect(due('in het najaar', '2022-05-01')).toBe('2022-12-31');
    expect(due('dit najaar', '2022-05-01')).toBe('2022-12-31');
  });
});

describe('resolveDueDate: years, halves and quarters', () => {
  it.each([
    ['voor het einde van het jaar', '2022-05-01', '2022-12-31'],
    ['voor het eind van dit jaar', '2022-05-01', '2022-12-31'],
    ['eind dit jaar', '2022-05-01', '2022-12-31'],
    ['voor het einde van 2023', '2022-05-01', '2023-12-31'],
    ['uiterlijk eind 2023', '2022-05-01', '2023-12-31'],
    ['in de loop van volgend jaar', '2022-05-01', '2023-12-31'],
    ['nog dit jaar', '2022-05-01', '2022-12-31'],
    ['in 2024', '2022-05-01', '2024-12-31'],
  ])('%s (made %s) → %s', (phrase, madeOn, expected) => {
    expect(resolveDueDate(phrase, madeOn, DEFAULT_POLICY)).toEqual({ dueDate: expected, implied: false, rule: 'year-end' });
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
    expect(resolveDueDate("Q2 '24", '2022-06-01', DEFAULT_POLICY)).toEqual({ dueDate: '2024-06-30', implied: false, rule: 'quarter-end' });
  });

  it('medio 2023 → 30 June; begin 2024 → 31 March; halves end 30 June and 31 December', () => {
    expect(resolveDueDate('medio 2023', '2022-06-01', DEFAULT_POLICY)).toEqual({ dueDate: '2023-06-30', implied: false, rule: 'mid-year' });
    expect(due('medio volgend jaar', '2022-06-01')).toBe('2023-06-30');
    expect(resolveDueDate('begin 2024', '2023-06-01', DEFAULT_POLICY)).toEqual({ dueDate: '2024-03-31', implied: false, rule: 'begin-year' });
    expect(due('begin volgend jaar', '2022-10-01')).toBe('2023-03-31');
    expect(due('aan het begin van het nieuwe jaar', '2022-10-01')).toBe('2023-03-31');
    expect(due('in de eerste helft van 2024', '2022-10-01')).toBe('2024-06-30');
    expect(due('in de tweede helft van het jaar', '2022-10-01')).toBe('2022-12-31');
  });
});

describe('resolveDueDate: dates, months and periods', () => {
  it('voor 1 januari → that date; without a year, the next one after the day made', () => {
    expect(resolveDueDate('voor 1 januari', '2022-10-01', DEFAULT_POLICY)).toEqual({ dueDate: '2023-01-01', implied: false, rule: 'explicit-date' });
    expect(due('voor 1 januari 2024', '2022-10-01')).toBe('2024-01-01');
    expect(due('voor 1 januari', '2023-01-01')).toBe('2024-01-01');
    expect(due('uiterlijk op vrijdag 3 maart', '2023-01-10')).toBe('2023-03-03');
    expect(due('vóór 31 februari', '2023-01-10')).toBe('2023-02-28');
  });

  it('months: begin → 10th, medio → 15th, voor → 1st, in / eind → last day', () => {
    expect(resolveDueDate('eind maart', '2023-01-10', DEFAULT_POLICY)).toEqual({ dueDate: '2023-03-31', implied: false, rule: 'month-end' });
    expect(due('in juli 2022', '2022-06-29')).toBe('2022-07-31');
    expect(due('begin mei', '2023-01-10')).toBe('2023-05-10');
    expect(due('medio juni 2024', '2023-01-10')).toBe('2024-06-15');
    expect(due('voor april', '2023-01-10')).toBe('2023-04-01');
    expect(due('in de loop van oktober', '2023-01-10')).toBe('2023-10-31');
    expect(due('in februari', '2023-03-10')).toBe('2024-02-29');
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
    for (const [phrase, expected] of cases) {
      expect(resolveDueDate(phrase, '2022-03-01', DEFAULT_POLICY)).toEqual({ dueDate: expected, implied: false, rule: 'within-period' });
    }
  });

  it('voor de begrotingsbehandeling / rond Prinsjesdag → the third Tuesday of September', () => {
    expect(resolveDueDate('voor de begrotingsbehandeling', '2023-05-01', DEFAULT_POLICY)).toEqual({
      dueDate: '2023-09-19', implied: false, rule: 'prinsjesdag',
    });
    expect(due('rond Prinsjesdag', '2023-10-01')).toBe('2024-09-17');
    expect(due('bij de Miljoenennota', '2022-01-01')).toBe('2022-09-20');
    expect(due('bij de Voorjaarsnota', '2023-02-01')).toBe('2023-06-01');
    expect(due('op Verantwoordingsdag', '2023-02-01')).toBe('2023-05-17');
  });
});

describe('resolveDueDate: no stated date', () => {
  it.each(['zo spoedig mogelijk', 'op korte termijn', 'binnenkort', 'zo snel mogelijk', 'de komende weken', 'binnen enkele weken'])(
    '%s → madeOn + the default horizon, implied',
    (phrase) => {
      expect(resolveDueDate(phrase, '2022-03-01', DEFAULT_POLICY)).toEqual({
        dueDate: '2022-05-30', implied: true, rule: 'default-horizon:no-stated-date',
      });
    },
  );

  it('no phrase or an unknown one → the default horizon, implied, with the reason', () => {
    expect(resolveDueDate(null, '2022-03-01', DEFAULT_POLICY)).toEqual({ dueDate: '2022-05-30', implied: true, rule: 'default-horizon:no-phrase' });
    expect(resolveDueDate('  ', '2022-03-01', DEFAULT_POLICY).rule).toBe('default-horizon:no-phrase');
    expect(resolveDueDate('te zijner tijd', '2022-03-01', DEFAULT_POLICY)).toEqual({
      dueDate: '2022-05-30', implied: true, rule: 'default-horizon:unrecognised-phrase',
    });
    expect(resolveDueDate(null, '2022-03-01', { ...DEFAULT_POLICY, commitmentDefaultHorizonDays: 30 }).dueDate).toBe('2022-03-31');
  });

  it('rejects a malformed madeOn', () => {
    expect(() => resolveDueDate('voor de zomer', '1 maart 2022', DEFAULT_POLICY)).toThrow(/madeOn/);
  });
});

describe('findDuePhrase', () => {
  it.each([
    ['Ik zal uw Kamer voor de zomer informeren over de uitkomsten.', 'voor de zomer'],
    ['Het kabinet zal de Kamer in het eerste kwartaal van 2023 per brief informeren.', 'in het eerste kwartaal van 2023'],
    ['Ik streef ernaar uw Kamer zo spoedig mogelijk te informeren.', 'zo spoedig mogelijk'],
    ['Ik zal de Kamer voor het einde van het jaar een brief sturen.', 'voor het einde van het jaar'],
    ['Ik zal de vragen binnen drie weken beantwoorden.', 'binnen drie weken'],
    ['Vóór 1 januari 2024 ontvangt u de evaluatie.', 'Vóór 1 januari 2024'],
    ['Ik verwacht u rond Prinsjesdag te informeren.', 'rond Prinsjesdag'],
    ['Nederland zal tijdens de ministeriële conferentie in juli 2022 aandacht vragen voor dit punt.', 'in juli 2022'],
    ['Na de zomer volgt een evaluatie, en voor het einde van het jaar een brief.', 'Na de zomer'],
    ['In 2021 waren er 50 meldingen; ik zal de Kamer voor de zomer informeren.', 'voor de zomer'],
    ['Ik zal de Kamer in 2024 informeren.', 'in 2024'],
    ['Ik zal bezien of de Telecommunicatiewet moet worden aangepast.', null],
    ['De Voorjaarsnotaprocedure en het meireces zijn geen termijn.', null],
  ])('%s', (sentence, expected) => {
    expect(findDuePhrase(sentence)).toBe(expected);
  });

  it('finds only phrases that resolve to the same rule they were found by', () => {
    const fragments = ['Ik zal', 'uw Kamer', 'voor de zomer', 'in het najaar van 2024', 'binnen twee weken', 'medio 2025',
      'begin volgend jaar', 'eind maart', 'Q4', 'zo snel mogelijk', 'rond Prinsjesdag', 'informeren', ',', 'voor 1 juni'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 8 }), (words) => {
        const sentence = words.join(' ');
        const phrase = findDuePhrase(sentence);
        if (phrase === null) return;
        expect(sentence).toContain(phrase);
        expect(findDuePhrase(phrase)).toBe(phrase);
        expect(resolveDueDate(phrase, '2023-02-01', DEFAULT_POLICY).rule).not.toMatch(/unrecognised|no-phrase/);
      }),
    );
  });
});

/** Star height counting only unbounded quantifiers (*, +, {n,}): above 1 means a quantified group holds one. */
function unboundedStarHeight(source: string): number {
  const stack: boolean[] = []; // per open group: does it contain an unbounded quantifier?
  let height = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { inClass = c !== ']'; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const inner = stack.pop() ?? false;
      const unboundedAfter = /^(?:[*+]|\{\d+,\})/.test(source.slice(i + 1));
      if (inner && unboundedAfter) height = Math.max(height, 2);
      if (inner || unboundedAfter) stack.forEach((_, k) => (stack[k] = true));
    } else if (c === '*' || c === '+' || /^\{\d+,\}/.test(source.slice(i))) {
      height = Math.max(height, 1);
      stack.forEach((_, k) => (stack[k] = true));
    }
  }
  return height;
}

describe('the due-phrase patterns stay linear', () => {
  it('no pattern repeats a group that itself holds an unbounded quantifier', () => {
    expect(unboundedStarHeight('(a+)+')).toBe(2);
    expect(unboundedStarHeight('(?:a\\s+b)?c*')).toBe(1);
    for (const { pattern } of DUE_PHRASE_RULES) {
      // The source is in the assertion so a failure names the pattern.
      expect([pattern.source, unboundedStarHeight(pattern.source) <= 1]).toEqual([pattern.source, true]);
    }
  });

  it('scans hostile input of 200k characters quickly', () => {
    const hostile = [
      'voor '.repeat(40_000),
      `voor${' '.repeat(200_000)}x`,
      'in het '.repeat(30_000),
      'binnen de komende '.repeat(12_000),
      'eerste '.repeat(30_000),
      'v'.repeat(200_000),
      '1 '.repeat(100_000),
    ];
    const started = performance.now();
    for (const text of hostile) findDuePhrase(text);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('a month with its year standing alone', () => {
  it('resolves "(juli 2022)" to the end of that month', () => {
    expect(resolveDueDate('juli 2022', '2022-06-29', DEFAULT_POLICY)).toMatchObject({ dueDate: '2022-07-31', implied: false });
    expect(resolveDueDate('(september 2023)', '2023-05-01', DEFAULT_POLICY)).toMatchObject({ dueDate: '2023-09-30', implied: false });
  });
});
