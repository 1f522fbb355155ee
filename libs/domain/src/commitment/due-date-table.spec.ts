import { describe, expect, it } from '@jest/globals';
import { readDuePhrase } from '#parsing';
import fs from 'node:fs';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { resolveDue } from '../rules/commitment-due-date.rule.js';
import { addDays } from '../rules/kamer-date.util.js';
import { parseWithDueDates } from './commitment-due-dates.js';

// Phrase → date as a clerk would write it down, for every due phrase in test/fixtures (the labelled commitments, real
// and written), the examples of DESIGN.md and those of issue 12. null: no date stated; the policy's horizon applies,
// marked implied. Recess dates are the Kamer's recess calendar (libs/domain/src/policy/recess-periods.ts).

const ROOT = new URL('../../../../', import.meta.url);
const IMPLIED = null;

/** Real documents: the phrase as the extractor cuts it, resolved against the document's own answer date. */
const REAL: Array<[source: string, file: string, phrase: string, date: string | null]> = [
  ['seed 003', 'seeds/003_979daba05cd82d33.txt', 'juli 2022', '2022-07-31'], // answered 2022-06-29: "(juli 2022)", the month's end
  ['realdoc 010', 'test/fixtures/realdocs/010_ah-tk-20232024-403.txt', 'zo spoedig mogelijk', IMPLIED],
  ['realdoc 011', 'test/fixtures/realdocs/011_ah-tk-20222023-3649.txt', '1 december 2023', '2023-12-01'], // "ruim vóór … (1 december 2023)"
  ['realdoc 014', 'test/fixtures/realdocs/014_ah-tk-20242025-580.txt', 'komend voorjaar', '2025-06-30'], // answered 2024-11-18
  ['realdoc 014', 'test/fixtures/realdocs/014_ah-tk-20242025-580.txt', 'dit voorjaar', '2025-06-30'], // said in November: the coming spring
  ['realdoc 014', 'test/fixtures/realdocs/014_ah-tk-20242025-580.txt', 'de komende periode', IMPLIED],
  ['realdoc 015', 'test/fixtures/realdocs/015_ah-tk-20242025-586.txt', 'begin volgend jaar', '2025-03-31'],
  ['realdoc 016', 'test/fixtures/realdocs/016_ah-tk-20232024-1433.txt', 'in juni', '2024-06-30'], // answered 2024-04-05
];

/** The written sentences of the labelled set, and DESIGN.md's examples, as if promised on Tuesday 12 March 2024. */
const MADE_ON = '2024-03-12';
const WRITTEN: Record<string, string | null> = {
  '22 juli': '2024-07-22',
  'begin 2025': '2025-03-31',
  'begin volgend jaar': '2025-03-31',
  'binnen drie weken': '2024-04-02',
  'binnen twee maanden': '2024-05-12',
  'binnen zes maanden': '2024-09-12',
  'de komende weken': IMPLIED,
  'dit jaar': '2024-12-31',
  'dit najaar': '2024-12-31',
  'dit voorjaar': '2024-06-30',
  'eind 2024': '2024-12-31',
  'in 2025': '2025-12-31',
  'in de Voorjaarsnota': '2024-06-01',
  'in de eerstvolgende Raad': IMPLIED,
  'in de eerstvolgende voortgangsrapportage': IMPLIED,
  'in de komende maanden': IMPLIED,
  'in de loop van 2025': '2025-12-31',
  'in de voortgangsbrief': IMPLIED,
  'in het eerste kwartaal van 2025': '2025-03-31',
  'in het najaar': '2024-12-31',
  'in het najaar van 2024': '2024-12-31',
  'in het voorjaar': '2024-06-30',
  'in het voorjaar van 2024': '2024-06-30',
  'in het voorjaar van 2025': '2025-06-30',
  'in juni 2025': '2025-06-30',
  'medio 2025': '2025-06-30',
  'na de zomer': '2024-09-30',
  'nog dit jaar': '2024-12-31',
  'per 1 januari 2026': '2026-01-01',
  'rond de zomer': '2024-09-02', // the last day of the zomerreces 2024
  'uiterlijk 1 maart 2025': '2025-03-01',
  'volgend jaar': '2025-12-31',
  'voor 1 april 2025': '2025-04-01',
  'voor 1 december': '2024-12-01',
  'voor 1 januari 2025': '2025-01-01',
  'voor 1 juli': '2024-07-01',
  'voor Prinsjesdag': '2024-09-17',
  'voor de begrotingsbehandeling': '2024-09-17',
  'voor de zomer': '2024-07-05', // the zomerreces 2024 begins
  'voor het einde van dit jaar': '2024-12-31',
  'voor het einde van het jaar': '2024-12-31',
  'voor het kerstreces': '2024-12-20', // the kerstreces 2024 begins
  'voor het zomerreces': '2024-07-05',
  'zo spoedig mogelijk': IMPLIED,
  spoedig: IMPLIED, // "zullen u spoedig nagezonden worden" (corpus 49): no date stated, like "zo spoedig mogelijk"
  // DESIGN.md, beyond the above
  'in het eerste kwartaal van 2023': '2023-03-31', // a year as written, even when past
  // issue 12
  'niet later dan 1 juli 2025': '2025-07-01',
};

function clerkDate(dueDate: string, implied: boolean): string | null {
  return implied ? IMPLIED : dueDate;
}

describe('phrase → date as a clerk would write it', () => {
  it.each(Object.entries(WRITTEN))('"%s" (made 12 March 2024) → %s', (phrase, expected) => {
    const resolved = resolveDue(readDuePhrase(phrase), MADE_ON, DEFAULT_POLICY);
    expect(clerkDate(resolved.dueDate, resolved.implied)).toBe(expected);
    if (expected === IMPLIED) expect(resolved.dueDate).toBe(addDays(MADE_ON, DEFAULT_POLICY.commitmentDefaultHorizonDays));
  });

  it.each(REAL)('%s: "%s" in the document, resolved on import → %s', (_source, file, phrase, expected) => {
    const parsed = parseWithDueDates(fs.readFileSync(new URL(file, ROOT), 'utf8'), DEFAULT_POLICY);
    const found = parsed.commitments.filter((c) => c.dueText === phrase);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.dueDate).toBe(expected);
  });
});

/** The labelled corpus (test/fixtures/commitments/corpus/documents.json): each phrase resolved against its answer's date. */
const CORPUS: Array<[source: string, madeOn: string, phrase: string, date: string | null]> = [
  ['corpus 09', '2018-12-03', 'in het voorjaar 2019', '2019-06-30'],
  ['corpus 09', '2018-12-03', 'uiterlijk januari 2019', '2019-01-31'],
  ['corpus 20', '2019-06-01', 'in de komende periode', IMPLIED], // the stored page gives the year only
  ['corpus 20', '2019-06-01', 'eind dit jaar', '2019-12-31'],
  ['corpus 26', '2022-11-24', 'komend voorjaar', '2023-06-30'],
  ['corpus 33', '2024-05-16', 'in de komende periode', IMPLIED],
  ['corpus 37', '2023-10-18', 'op korte termijn', IMPLIED],
  ['corpus 39', '2023-12-04', 'voor de kerst', '2023-12-22'], // the kerstreces 2023 begins
  ['corpus 44', '2016-02-01', 'in het voorjaar van 2016', '2016-06-30'],
  ['corpus 49', '2021-09-30', 'spoedig', IMPLIED],
  ['corpus 57', '2022-12-07', 'in het voorjaar', '2023-06-30'], // said in December: the coming spring
  ['corpus 60', '2022-05-13', 'de komende periode', IMPLIED],
  ['corpus 62', '2017-11-27', 'volgend voorjaar', '2018-06-30'],
  ['corpus 65', '2024-06-05', 'de komende tijd', IMPLIED],
  ['corpus 60', '2022-05-13', 'rond de zomer van 2022', '2022-09-05'], // the end of the zomerreces 2022 in the recess calendar
  ['corpus 72', '2018-03-15', 'zo spoedig mogelijk', IMPLIED],
  ['corpus 73', '2024-09-23', 'jaarlijks vóór het zomerreces', '2025-07-04'], // the next zomerreces begins
  ['corpus 86', '2022-09-30', 'op 16 november van dit jaar', '2022-11-16'],
  ['corpus 91', '2017-11-27', 'aan het einde van het jaar', '2017-12-31'],
  ['corpus 95', '2016-06-29', 'twee keer per jaar', '2016-12-29'], // the first instalment, half a year on
  ['corpus 97', '2020-04-06', 'uiterlijk 30 april', '2020-04-30'],
  ['corpus 99', '2019-06-14', 'uiterlijk voor het einde van het zomerreces', '2019-09-02'], // the zomerreces 2019 ends
  ['corpus 101', '2016-02-12', 'eind 2016', '2016-12-31'],
  ['corpus 101', '2016-02-12', 'Voor het eind van het jaar', '2016-12-31'],
  ['corpus 102', '2021-06-22', 'voor het zomerreces', '2021-07-09'], // the zomerreces 2021 begins
  ['corpus 102', '2021-06-22', 'voor Prinsjesdag', '2021-09-21'],
  ['corpus 102', '2021-06-22', 'eind van het jaar', '2021-12-31'],
  ['corpus 102', '2021-06-22', 'voor het begrotingsdebat', '2021-09-21'], // dated like the budget treatment, by Prinsjesdag
  ['corpus 201', '2015-11-06', 'zo snel mogelijk', IMPLIED],
  ['corpus 217', '2025-03-04', 'in aanloop naar de volgende tenderprocedures', IMPLIED], // no date: the next tender is not scheduled in the text
  ['corpus 217', '2025-03-04', 'eind 2025', '2025-12-31'],
  ['corpus 239', '2024-02-20', 'voor de zomer van 2024', '2024-07-05'], // the zomerreces 2024 begins
  ['corpus 240', '2021-11-18', 'in het voorjaar van 2022', '2022-06-30'],
  ['corpus 241', '2023-05-26', 'zo snel als mogelijk', IMPLIED],
  ['corpus 242', '2019-01-01', 'in 2019', '2019-12-31'], // the stored page gives the year only
  ['corpus 253', '2018-08-17', 'dit najaar', '2018-12-31'],
  ['corpus 260', '2024-03-15', 'de komende vijftien jaar', '2039-03-15'], // the end of the span
  ['corpus 307', '2024-03-28', 'periodiek', IMPLIED], // names no period
  ['corpus 307', '2024-03-28', 'direct', IMPLIED], // "immediately" when more is known: no date
  ['corpus 322', '2020-05-08', 'binnenkort', IMPLIED],
  // Week numbers are not read: a clerk would write Monday 27 November 2017 (week 48); the horizon applies instead.
  ['corpus 340', '2017-11-23', 'voorafgaand aan de voorziene behandeling van de begroting JenV in week 48', IMPLIED],
  ['corpus 344', '2015-11-26', 'Vanaf 2016', '2016-01-01'], // a measure from a year is due on its first day
  ['corpus 344', '2015-11-26', 'In 2016', '2016-12-31'],
  ['corpus 367', '2016-06-29', 'te zijner tijd', IMPLIED], // "in due course"
  ['corpus 373', '2022-11-01', 'halfjaarlijks', '2023-05-01'], // the first instalment, one period on
  ['corpus 393', '2022-10-14', 'periodiek', IMPLIED],
  // A yearly promise is dated by its next instalment after the answer. Corpus 398 and 399 are themselves that year's
  // instalment, which a clerk would see and date the next year's (2026-07-03, 2025-07-04); recurrence is not modelled.
  ['corpus 398', '2025-07-04', 'Ieder jaar voor de zomer', '2025-07-04'],
  ['corpus 399', '2024-06-20', 'Ieder jaar voor de zomer', '2024-07-05'],
  ['corpus 400', '2022-06-09', 'ieder jaar rond deze tijd voor het zomerreces', '2022-07-08'], // the zomerreces 2022 begins
  ['corpus 404', '2022-07-15', 'in de zomer', '2022-08-31'],
  ['corpus 404', '2022-07-15', 'kort na Prinsjesdag van dit jaar', '2022-10-18'], // four weeks after Prinsjesdag 2022
  ['corpus 602', '2018-06-14', 'jaarlijks', '2019-06-14'],
  ['corpus 604', '2019-04-15', 'in 2021', '2021-12-31'],
  ['corpus 617', '2018-12-12', 'zo spoedig mogelijk daarna', IMPLIED],
  ['corpus 621', '2017-11-10', 'voor 1 december 2017', '2017-12-01'],
  ['corpus 625', '2018-01-01', 'niet later dan 19 november aanstaande', '2018-11-19'], // the stored page gives the year only
  ['corpus 626', '2019-01-01', 'uiterlijk begin juni', '2019-06-10'], // the stored page gives the year only
  ['corpus 629', '2021-12-06', 'maart 2022', '2022-03-31'],
  ['corpus 636', '2021-06-16', 'in 2022', '2022-12-31'],
  ['corpus 636', '2021-06-16', 'tijdig', IMPLIED],
  ['corpus 641', '2019-08-26', 'jaarlijks', '2020-08-26'],
  ['corpus 643', '2022-02-28', 'uiterlijk 1 april', '2022-04-01'],
  ['corpus 369', '2018-01-01', 'in het najaar', '2018-12-31'], // the stored page gives the year only
  ['corpus 386', '2024-07-22', 'in het eerste kwartaal van 2025', '2025-03-31'],
  ['corpus 404', '2022-07-15', 'na de zomer', '2022-09-30'],
  ['corpus 511', '2020-10-13', 'in december', '2020-12-31'],
  ['corpus 536', '2018-06-22', 'In de komende periode', IMPLIED],
  ['corpus 720', '2021-06-17', 'in september 2021', '2021-09-30'],
  ['corpus 730', '2023-04-04', 'Dit najaar', '2023-12-31'],
  ['corpus 730', '2023-04-04', 'in 2025', '2025-12-31'],
  ['corpus 730', '2023-04-04', 'medio 2024', '2024-06-30'],
];

describe('phrase → date in the labelled corpus', () => {
  it.each(CORPUS)('%s (made %s): "%s" → %s', (_source, madeOn, phrase, expected) => {
    const resolved = resolveDue(readDuePhrase(phrase), madeOn, DEFAULT_POLICY);
    expect(clerkDate(resolved.dueDate, resolved.implied)).toBe(expected);
  });

  it('has a row for every due phrase of the corpus', () => {
    interface Doc {
      id: string;
      answers: { labels: { isCommitment: boolean; dueText?: string | null }[] }[];
    }
    const docs = (JSON.parse(fs.readFileSync(new URL('test/fixtures/commitments/corpus/documents.json', ROOT), 'utf8')) as { documents: Doc[] }).documents;
    const phrases = new Set(
      docs
        .flatMap((d) => d.answers.flatMap((a) => a.labels))
        .filter((l) => l.isCommitment && l.dueText)
        .map((l) => l.dueText!),
    );
    expect([...phrases].filter((p) => !CORPUS.some(([, , phrase]) => phrase === p))).toEqual([]);
  });
});

describe('the table covers every due phrase of the labelled commitments in test/fixtures', () => {
  interface Labelled {
    set: string;
    source: string;
    isCommitment: boolean;
    dueText?: string | null;
  }
  const labelled = JSON.parse(fs.readFileSync(new URL('test/fixtures/commitments/labelled.json', ROOT), 'utf8')) as Labelled[];
  const phrases = labelled.filter((l) => l.isCommitment && l.dueText);

  it('real documents: each (document, phrase) has its row; written sentences: each phrase has its row', () => {
    expect(phrases.length).toBeGreaterThan(50);
    const missing = phrases
      .filter((l) =>
        l.set === 'real' ? !REAL.some(([source, , phrase]) => l.source.startsWith(`${source} `) && phrase === l.dueText) : !(l.dueText! in WRITTEN),
      )
      .map((l) => `${l.source}: ${l.dueText}`);
    expect(missing).toEqual([]);
  });
});
