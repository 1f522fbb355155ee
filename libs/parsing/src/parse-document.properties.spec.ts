import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import fs from 'node:fs';
import { ParseError, type ParsedDocument } from './contract/parsed-document.js';
import { detectFormat } from './format/format-detector.js';
import { parseDocument } from './parse-document.js';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const REALDOCS = new URL('../../../test/fixtures/realdocs/', import.meta.url);
const TEXTS = [
  ...fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(new URL(f, SEEDS), 'utf8')),
  ...fs
    .readdirSync(REALDOCS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(new URL(f, REALDOCS), 'utf8')),
];
const SEED_LINES = [...new Set(TEXTS.flatMap((t) => t.split('\n')))];
// Lines that steer the parser, garbled ones included.
const TRICKY_LINES = [
  'Kamervraag 2022Z01519',
  'Kamervraag 2022Z0151X',
  ' • Vraag 1',
  ' • Vraag 2 en 3',
  ' • Vraag 1 t/m 999',
  'Vraag 1',
  'Vraag 4 en 1',
  'Antwoord 1',
  'Antwoord 7',
  'Mededeling',
  ' • Mededeling - 29 november 2021',
  ' • Mededeling - 31 februari 2020',
  'Toelichting:',
  'Ingediend 31 januari 2022',
  'Beantwoord 28 februari 2022 (na 999999 dagen)',
  'Indieners (',
  'Beantwoord door ((((',
  'Onderwerpen',
  'Vragen van het lid (ingezonden )',
  'Antwoord van Minister (ontvangen 1 jan 2020)',
  'Mededeling van ( (ontvangen',
  '  1. x↩︎',
  '[overzicht]',
  'Nummer: 2022D1, datum: ',
  'Kamervraag document nummer:',
  'Volledige titel:',
  '',
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What every accepted document satisfies, whatever went in. */
function expectWellFormed(doc: ParsedDocument): void {
  expect(['listing', 'page']).toContain(doc.format);
  for (const date of [doc.submittedOn, doc.answeredOn, ...doc.deferrals.map((d) => d.date)]) if (date !== null) expect(date).toMatch(DATE);
  expect(doc.questions.length).toBeGreaterThan(0);
  const numbers = doc.questions.map((q) => q.number);
  expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
  expect(doc.warnings.length).toBeLessThanOrEqual(101);
}

function expectOnlyParseErrors(text: string): void {
  let doc: ParsedDocument;
  try {
    doc = parseDocument(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).not.toMatch(/internal parser error/);
    return;
  }
  expectWellFormed(doc);
}

const seedText = fc.constantFrom(...TEXTS);
const PROPERTY_RUNS = { numRuns: 300 };

describe('parseDocument never throws anything but ParseError', () => {
  it('on random strings (any code unit, including lone surrogates and controls)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), expectOnlyParseErrors), PROPERTY_RUNS);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), expectOnlyParseErrors), PROPERTY_RUNS);
  });

  it('on documents assembled from real and tricky lines', () => {
    const line = fc.oneof(fc.constantFrom(...SEED_LINES), fc.constantFrom(...TRICKY_LINES));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => expectOnlyParseErrors(lines.join('\n'))),
      PROPERTY_RUNS,
    );
  });

  it('on truncated documents', () => {
    fc.assert(
      fc.property(seedText, fc.double({ min: 0, max: 1, noNaN: true }), (text, at) => {
        expectOnlyParseErrors(text.slice(0, Math.floor(text.length * at)));
      }),
      PROPERTY_RUNS,
    );
  });

  it('on documents with lines deleted or duplicated', () => {
    const edit = fc.record({ index: fc.nat(), duplicate: fc.boolean() });
    fc.assert(
      fc.property(seedText, fc.array(edit, { minLength: 1, maxLength: 12 }), (text, edits) => {
        const lines = text.split('\n');
        for (const { index, duplicate } of edits) {
          const at = index % lines.length;
          if (duplicate) lines.splice(at, 0, lines[at]);
          else if (lines.length > 1) lines.splice(at, 1);
        }
        expectOnlyParseErrors(lines.join('\n'));
      }),
      PROPERTY_RUNS,
    );
  });

  it('on documents with characters swapped or replaced', () => {
    const edit = fc.record({ a: fc.nat(), b: fc.nat(), replacement: fc.option(fc.string({ unit: 'binary', maxLength: 3 })) });
    fc.assert(
      fc.property(seedText, fc.array(edit, { minLength: 1, maxLength: 20 }), (text, edits) => {
        const chars = [...text];
        for (const { a, b, replacement } of edits) {
          const i = a % chars.length;
          const j = b % chars.length;
          if (replacement === null) [chars[i], chars[j]] = [chars[j], chars[i]];
          else chars[i] = replacement;
        }
        expectOnlyParseErrors(chars.join(''));
      }),
      PROPERTY_RUNS,
    );
  });

  it('detectFormat never throws and agrees with parseDocument on what it accepts', () => {
    fc.assert(
      fc.property(seedText, fc.nat(), (text, cut) => {
        const truncated = text.slice(0, cut % (text.length + 1));
        const format = detectFormat(truncated);
        try {
          expect(parseDocument(truncated).format).toBe(format);
        } catch (error) {
          expect(error).toBeInstanceOf(ParseError);
        }
      }),
      PROPERTY_RUNS,
    );
  });
});

function medianMs(run: () => void, times = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}

/** k copies of a run of question blocks, each copy's questions marked with its number so that no copy repeats another. */
function copies(blocks: string, k: number): string {
  const parts: string[] = [];
  for (let j = 0; j < k; j++) parts.push(blocks.replaceAll('?', ` (${j})?`));
  return parts.join('');
}

// A guard against quadratic behaviour, not a speed test: 8× the input may take at most 30× the time.
describe('parse time grows linearly with the input', () => {
  const seed003 = TEXTS[3];
  const head = seed003.slice(0, seed003.indexOf('\nVraag 1') + 1);
  const body = seed003.slice(head.length, seed003.indexOf('  1. https'));
  const listing = TEXTS[0];
  const listingHead = listing.slice(0, listing.indexOf(' • Vraag 1'));
  const listingBody = listing.slice(listingHead.length, listing.indexOf('\n\nKamervraag document nummer'));

  it.each([
    // Each copy is made distinct: a section repeated word for word is refused at its first repeated question.
    ['a page whose question blocks repeat', (k: number) => head + copies(body, k)],
    ['a listing whose question blocks repeat', (k: number) => listingHead + copies(listingBody, k)],
    ['a whole seed repeated', (k: number) => listing.repeat(k)],
    [
      'one long header line',
      (k: number) => `Kamervraag 2022Z01519\n\n${'titel '.repeat(2000 * k)}\nIndieners ${'A (B), '.repeat(1000 * k)}\n • Vraag 1\n  x?\n`,
    ],
  ])('%s', (_name, build) => {
    const small = build(12);
    const large = build(96);
    medianMs(() => parseDocument(small), 3); // warm up
    const ratio =
      medianMs(() => parseDocument(large)) /
      Math.max(
        medianMs(() => parseDocument(small)),
        0.05,
      );
    expect(ratio).toBeLessThan(30);
  });

  it('parses a 50 MB document without blowing up', () => {
    const huge = head + copies(body, Math.ceil(50e6 / body.length));
    const start = Date.now();
    const doc = parseDocument(huge);
    expect(doc.questions).toHaveLength(10);
    expect(Date.now() - start).toBeLessThan(20_000);
  });
});
