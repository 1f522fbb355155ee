import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readDuePhrase, type ParsedCommitment } from '#parsing';
import fs from 'node:fs';
// The extractor itself, which the library's public surface does not export.
import { extractCommitments } from '../../../parsing/src/commitments/index.js';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { resolveDue } from '../rules/commitment-due-date.rule.js';
import { formatKamerDate, isKamerDate } from '../rules/kamer-date.util.js';
import { parseWithDueDates } from './commitment-due-dates.js';

// Properties of the one due-date grammar (libs/parsing reads, libs/domain resolves), over generated due phrases in
// promises: every phrase the parser emits resolves or says why not; an explicit date never resolves later than itself;
// the same phrase resolves the same in both document formats. The seed is pinned in test/support/fast-check.setup.ts.

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const year = fc.integer({ min: 2015, max: 2030 });
const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 1, max: 31 });
const optionalYear = fc.option(year, { nil: null }).map((y) => (y === null ? '' : ` ${y}`));

/** An explicit date with what a minister puts before it, and the date it names (null without a year). */
const explicitDate = fc
  .record({
    prefix: fc.constantFrom('voor', 'vóór', 'uiterlijk', 'uiterlijk op', 'niet later dan', 'rond', 'per', 'op', 'ruim voor het sluiten van de periode ('),
    day,
    month,
    year: fc.option(year, { nil: null }),
  })
  .map(({ prefix, day: d, month: m, year: y }) => ({
    phrase: `${prefix}${prefix.endsWith('(') ? '' : ' '}${d} ${MONTHS[m - 1]}${y === null ? '' : ` ${y}`}${prefix.endsWith('(') ? ')' : ''}`,
    named: y === null ? null : formatKamerDate(y, m, d),
  }));

const otherPhrase = fc.oneof(
  fc.tuple(fc.constantFrom('in', 'begin', 'medio', 'eind', 'voor', 'uiterlijk', 'na'), month, optionalYear).map(([p, m, y]) => `${p} ${MONTHS[m - 1]}${y}`),
  fc
    .tuple(
      fc.constantFrom('voor', 'in', 'na', 'rond', 'tijdens', 'vóór'),
      fc.constantFrom(
        'de zomer',
        'het voorjaar',
        'het najaar',
        'de winter',
        'het kerstreces',
        'het zomerreces',
        'het herfstreces',
        'het meireces',
        'het voorjaarsreces',
        'de kerst',
        'het reces',
      ),
      fc.option(year, { nil: null }),
    )
    .map(([p, s, y]) => `${p} ${s}${y === null || s.includes('reces') || s === 'de kerst' ? '' : ` van ${y}`}`),
  fc.tuple(fc.constantFrom('eerste', 'tweede', 'derde', 'vierde', 'laatste'), optionalYear).map(([o, y]) => `in het ${o} kwartaal${y ? ` van${y}` : ''}`),
  fc
    .tuple(
      fc.constantFrom('in de eerste helft van', 'in de tweede helft van', 'in', 'vóór', 'eind', 'begin', 'medio', 'in de loop van', 'voor het einde van'),
      year,
    )
    .map(([p, y]) => `${p} ${y}`),
  fc.constantFrom(
    'volgend jaar',
    'nog dit jaar',
    'dit najaar',
    'komend voorjaar',
    'begin volgend jaar',
    'voor het einde van het jaar',
    'deze week',
    'volgende maand',
    'dit kwartaal',
  ),
  fc
    .tuple(
      fc.constantFrom('binnen', 'over'),
      fc.constantFrom('een', 'twee', 'drie', 'zes', 'tien', '6', '14'),
      fc.constantFrom('dagen', 'weken', 'maanden', 'jaar'),
    )
    .map((p) => p.join(' ')),
  fc.constantFrom('zo spoedig mogelijk', 'op korte termijn', 'de komende weken', 'binnenkort', 'binnen afzienbare tijd', 'z.s.m.'),
  fc.constantFrom(
    'voor Prinsjesdag',
    'rond Prinsjesdag',
    'voor de begrotingsbehandeling',
    'bij de Voorjaarsnota',
    'op Verantwoordingsdag',
    'in de eerstvolgende voortgangsrapportage',
    'in de volgende verzamelbrief',
    'in de eerstvolgende Raad',
  ),
);
const anyPhrase = fc.oneof(
  explicitDate.map((d) => d.phrase),
  otherPhrase,
);

/** The promise around a phrase, the phrase after the verb or opening the sentence. */
const promise = fc
  .tuple(anyPhrase, fc.boolean())
  .map(([phrase, first]) =>
    first
      ? `${phrase[0].toUpperCase()}${phrase.slice(1)} zal ik uw Kamer over de uitkomsten informeren.`
      : `Ik zal uw Kamer ${phrase} informeren over de uitkomsten.`,
  );

function extracted(sentence: string): ParsedCommitment[] {
  return extractCommitments([{ number: 1, text: 'Bent u bereid de Kamer te informeren?', answer: sentence }]);
}

// The reasons a phrase may name no date: said, never "not understood".
const STATED_REASONS = /^default-horizon:(?:no-stated-date|condition|open-ended|no-calendar-date:(?:next-document|next-meeting|cabinet-term))$/;

describe('every due phrase the parser emits resolves, or says why not', () => {
  it('the phrase is found, read and resolved to a date; an implied one names a reason; re-reading its text gives the same date', () => {
    fc.assert(
      fc.property(promise, fc.date({ min: new Date('2014-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (sentence, made) => {
        const madeOn = made.toISOString().slice(0, 10);
        const [commitment] = extracted(sentence);
        expect(commitment?.dueText).toEqual(expect.any(String));
        expect(commitment.due.kind).not.toMatch(/^(?:none|unrecognised)$/);
        const resolved = resolveDue(commitment.due, madeOn, DEFAULT_POLICY);
        expect(isKamerDate(resolved.dueDate)).toBe(true);
        if (resolved.implied) expect(resolved.rule).toMatch(STATED_REASONS);
        // Without a year as written ("2023", "dit jaar"), the first such time on or after the day made is meant.
        const yearAsWritten = 'year' in commitment.due && commitment.due.year !== null && commitment.due.year !== 'next';
        if (!resolved.implied && !yearAsWritten) expect(resolved.dueDate >= madeOn).toBe(true);
        expect(resolveDue(readDuePhrase(commitment.dueText), madeOn, DEFAULT_POLICY).dueDate).toBe(resolved.dueDate);
      }),
    );
  });
});

describe('an explicit date never resolves later than itself', () => {
  it('whatever stands before it, and whenever the promise was made', () => {
    fc.assert(
      fc.property(
        explicitDate.filter((d) => d.named !== null),
        fc.boolean(),
        fc.date({ min: new Date('2014-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }),
        ({ phrase, named }, first, made) => {
          const sentence = first ? `${phrase[0].toUpperCase()}${phrase.slice(1)} zal ik uw Kamer informeren.` : `Ik zal uw Kamer ${phrase} informeren.`;
          const [commitment] = extracted(sentence);
          const resolved = resolveDue(commitment.due, made.toISOString().slice(0, 10), DEFAULT_POLICY);
          expect(resolved.implied).toBe(false);
          // "31 juni" is clamped to 30 June: the named date as the calendar has it.
          const [y, m, d] = named!.split('-').map(Number);
          expect(resolved.dueDate <= formatKamerDate(y, m, d)).toBe(true);
          expect(resolved.dueDate).toBe(formatKamerDate(y, m, d));
        },
      ),
    );
  });
});

describe('the same phrase resolves the same in both document formats', () => {
  const seeds = new URL('../../../../seeds/', import.meta.url);
  const read = (prefix: string) =>
    fs.readFileSync(
      new URL(
        fs.readdirSync(seeds).find((f) => f.startsWith(prefix))!,
        seeds,
      ),
      'utf8',
    );
  // Seed 000 (listing) answered on the day seed 003 (page) was, so both promises are made on 2022-06-29.
  const listing = read('000').replace('Beantwoord 28 februari 2022 (na 28 dagen)', 'Beantwoord 29 juni 2022 (na 149 dagen)');
  const page = read('003');
  const pageAnswer1 = page.slice(page.indexOf('Antwoord 1\n') + 'Antwoord 1\n'.length, page.indexOf('\nVraag 2\n'));

  it('a listing and a page with the same answer give the same due specification and date', () => {
    fc.assert(
      fc.property(promise, (sentence) => {
        const inListing = parseWithDueDates(listing.replace('\n  Ja.\n', `\n  ${sentence}\n`), DEFAULT_POLICY);
        const inPage = parseWithDueDates(page.replace(pageAnswer1, `\n${sentence}\n`), DEFAULT_POLICY);
        expect([inListing.format, inPage.format]).toEqual(['listing', 'page']);
        const pick = (c: ParsedCommitment[]) => c.filter((x) => x.questionNumber === 1).map(({ dueText, due, dueDate }) => ({ dueText, due, dueDate }));
        expect(pick(inListing.commitments)).toHaveLength(1);
        expect(pick(inPage.commitments)).toEqual(pick(inListing.commitments));
      }),
      { numRuns: 60 },
    );
  });
});
