import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { ParseError } from './contract/parsed-document.js';
import { parseDocument } from './parse-document.js';

const REALDOCS = new URL('../../../test/fixtures/realdocs/', import.meta.url);
const SEEDS = new URL('../../../seeds/', import.meta.url);

function read(folder: URL, prefix: string): string {
  return fs.readFileSync(
    new URL(
      fs.readdirSync(folder).find((f) => f.startsWith(prefix))!,
      folder,
    ),
    'utf8',
  );
}

function refusal(text: string): ParseError {
  try {
    parseDocument(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error('the document was accepted');
}

describe('documents parseDocument refuses', () => {
  it('bad_001: a page cut off before its first question, named at the line where it stops', () => {
    const error = refusal(read(REALDOCS, 'bad_001'));
    expect(error.line).toBe(21);
    expect(error.message).toBe('line 21: the document ends before its first question (no "Vraag 1"): it looks cut off');
  });

  it('bad_002: a fragment that starts at "Vraag 1" with nothing identifying the set, named at line 1', () => {
    const error = refusal(read(REALDOCS, 'bad_002'));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/^line 1: nothing identifies the question set/);
  });

  it('bad_003: a garbled submission date, named at its line', () => {
    const error = refusal(read(REALDOCS, 'bad_003'));
    expect(error.line).toBe(5);
    expect(error.message).toContain('"31 februari 2023" is not a valid date');
  });

  it('empty, whitespace-only and non-string input', () => {
    for (const text of ['', '   \n\t\r\n  ', '\ufeff']) expect(refusal(text).message).toMatch(/empty/);
    expect(refusal(42 as unknown as string).message).toMatch(/not text/);
  });

  it('binary input: NUL bytes (naming the line) or mostly control characters', () => {
    expect(refusal('Kamervraag 2022Z01519\n\nab\u0000cd').line).toBe(3);
    expect(refusal('\u0000\u0001binary\u0000'.repeat(100)).message).toMatch(/binary/);
    expect(refusal('\u0001\u0002\u0003\u0004\u0005abc\u0006\u0007').message).toMatch(/binary or in the wrong encoding/);
  });

  it('a text of another kind, saying what was expected and where', () => {
    const error = refusal('Notulen van de vergadering van 3 maart 2022\n\nAanwezig: de voorzitter.\n');
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/not a written-questions document: expected a listing that starts "Kamervraag 2022Z01519"/);
    expect(refusal('\n\n  Lorem ipsum\n').line).toBe(3);
  });

  it('a listing cut off before its first question', () => {
    const seed = read(SEEDS, '000');
    const cut = seed.slice(0, seed.indexOf(' • Vraag 1'));
    const error = refusal(cut);
    expect(error.line).toBe(11);
    expect(error.message).toMatch(/ends before its first question/);
  });

  it('a listing fragment that starts at " • Vraag 1"', () => {
    const seed = read(SEEDS, '000');
    expect(refusal(seed.slice(seed.indexOf(' • Vraag 1'))).line).toBe(1);
  });

  it.each([
    ['Beantwoord 28 februari 2022', 'Beantwoord 30 februari 2022', 6],
    ['Ingediend 31 januari 2022', 'Ingediend 31 janury 2022', 5],
    ['Ingediend 31 januari 2022', 'Ingediend gisteren', 5],
  ])('a garbled listing date: %s → %s', (from, to, line) => {
    expect(refusal(read(SEEDS, '000').replace(from, to)).line).toBe(line);
  });

  it('a garbled deferral notice date in a listing', () => {
    const text = read(SEEDS, '002').replace('Mededeling - 29 november 2021', 'Mededeling - 29 novembre 2021');
    const error = refusal(text);
    expect(error.message).toMatch(/deferral notice date "29 novembre 2021" is not a valid date/);
    expect(text.split('\n')[error.line! - 1]).toContain('Mededeling');
  });

  // The seed writes these dates with a non-breaking space, hence the patterns.
  it.each([
    [/ingezonden 7.juni 2022/, 'ingezonden 7 juin 2022', 25],
    [/ontvangen 29.juni 2022/, 'ontvangen 31 juni 2022', 27],
    [/datum: 2022-06-29/, 'datum: 2022-06-31', 8],
  ])('a garbled page date: %s → %s', (from, to, line) => {
    expect(refusal(read(SEEDS, '003').replace(from, to)).line).toBe(line);
  });

  it('messages are plain English sentences with the line, never an internal error', () => {
    for (const name of ['bad_001', 'bad_002', 'bad_003']) {
      const error = refusal(read(REALDOCS, name));
      expect(error.message).toMatch(/^line \d+: [a-z]/);
      expect(error.message).not.toMatch(/internal/);
    }
  });
});

describe('damaged documents parseDocument accepts, with warnings', () => {
  it('a listing cut off after some questions keeps them and warns that the footer is missing', () => {
    const seed = read(SEEDS, '000');
    const doc = parseDocument(seed.slice(0, seed.indexOf(' • Vraag 6')));
    expect(doc.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.warnings).toEqual([expect.stringMatching(/no footer .* cut off after question 5/)]);
  });

  it('a page cut off after a question warns that its answer is missing', () => {
    const seed = read(SEEDS, '003');
    const doc = parseDocument(seed.slice(0, seed.indexOf('Antwoord 4')));
    expect(doc.questions).toHaveLength(4);
    expect(doc.questions[3].answer).toBeNull();
    expect(doc.warnings).toEqual([expect.stringMatching(/^line \d+: question 4 has no answer: the document may be cut off$/)]);
  });

  it('gaps and duplicates in the question numbers', () => {
    const seed = read(SEEDS, '000').replace(' • Vraag 3\n', ' • Vraag 2\n').replace(' • Vraag 9\n', ' • Vraag 10\n');
    const doc = parseDocument(seed);
    expect(doc.questions.map((q) => q.number)).toEqual([1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14]);
    expect(doc.warnings).toEqual([
      'line 23: question 2 appears more than once; the first one is kept',
      'line 62: question 10 appears more than once; the first one is kept',
      'question numbers are not consecutive: 3, 9 missing',
    ]);
  });

  it('an unknown topic is kept as written, with a warning', () => {
    const doc = parseDocument(read(SEEDS, '001').replace('Onderwerpen economie ict', 'Onderwerpen economie ruimtevaart ict'));
    expect(doc.topics).toEqual(['economie', 'ruimtevaart', 'ict']);
    expect(doc.warnings).toEqual(['line 9: topic "ruimtevaart" is not in the government theme list; kept as written']);
  });

  it('a "(na N dagen)" that disagrees with the dates', () => {
    const doc = parseDocument(read(SEEDS, '000').replace('(na 28 dagen)', '(na 27 dagen)'));
    expect(doc.answeredOn).toBe('2022-02-28');
    expect(doc.warnings).toEqual(['line 6: "na 27 dagen" disagrees with the dates, which are 28 days apart']);
  });
});
