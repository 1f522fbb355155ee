import 'reflect-metadata';
import { InvalidInputError } from '#domain';
import { csvTableOf, publicFilterOf, readPageQuery } from './page-query.js';

function refusal(raw: Record<string, unknown>): { field: string; message: string } {
  try {
    readPageQuery(raw);
  } catch (error) {
    if (error instanceof InvalidInputError) return { field: error.field, message: error.message };
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
}

describe('readPageQuery: a page query string, read as people link and bookmark pages', () => {
  it('takes the last of repeated values, trims, and treats an empty value as not given', () => {
    const query = readPageQuery({ ministry: ['vws', ' fin '], q: '   ', asOf: '2022-03-01' });
    expect(query.ministry).toBe('fin');
    expect(query.q).toBeUndefined();
    expect(query.asOf).toBe('2022-03-01');
  });

  it('reads a list from repeated values and from commas, without empties', () => {
    expect(readPageQuery({ status: ['open, overdue', '', 'answered_late'] }).status).toEqual(['open', 'overdue', 'answered_late']);
    expect(readPageQuery({ status: ',' }).status).toBeUndefined();
  });

  it('ignores parameters no page reads (a campaign tag must not break a link), control characters included', () => {
    const query = readPageQuery({ utm_source: 'nieuwsbrief\n', ministry: 'vws' });
    expect(query).not.toHaveProperty('utm_source');
    expect(publicFilterOf(query)).toEqual({ ministry: 'vws' });
  });

  it('turns the page number into a number, and refuses what is not a whole number from 1', () => {
    expect(readPageQuery({ page: '3' }).page).toBe(3);
    for (const page of ['0', '-1', '1.5', '0x6', '1e3', 'twee', '1234567']) {
      expect(refusal({ page })).toEqual({ field: 'page', message: 'page: verwacht een heel getal vanaf 1' });
    }
  });

  it('refuses a date that is no date, naming the parameter', () => {
    expect(refusal({ asOf: '2023-02-31' })).toEqual({ field: 'asOf', message: 'asOf: verwacht een datum als JJJJ-MM-DD' });
    expect(refusal({ dueTo: '1-7-2025' }).field).toBe('dueTo');
  });

  it('refuses a control character in any parameter a page reads, even one trimming would remove (feed header injection)', () => {
    expect(refusal({ ministry: 'x)\r\nBEGIN:VEVENT' })).toEqual({
      field: 'ministry',
      message: 'ministry: mag geen stuurtekens (zoals een regeleinde) bevatten',
    });
    expect(refusal({ asOf: '2022-03-01\n' }).field).toBe('asOf');
  });

  it('refuses text over 200 characters, an unknown sort and an unknown scope', () => {
    expect(refusal({ topic: 'x'.repeat(201) })).toEqual({ field: 'topic', message: 'topic: hoogstens 200 tekens' });
    expect(refusal({ sort: 'random' }).field).toBe('sort');
    expect(refusal({ scope: 'some' }).field).toBe('scope');
  });

  it('names the CSV table asked for, or none', () => {
    expect(csvTableOf(readPageQuery({ format: 'csv', tabel: 'ministeries' }))).toBe('ministeries');
    expect(csvTableOf(readPageQuery({ format: 'csv' }))).toBe('');
    expect(csvTableOf(readPageQuery({ tabel: 'ministeries' }))).toBeNull();
  });
});
