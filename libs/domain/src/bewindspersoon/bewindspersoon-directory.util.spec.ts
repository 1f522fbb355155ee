import { describe, expect, it } from '@jest/globals';
import { bewindspersonenDirectory, bewindspersoonSlugAt, bewindspersoonSlugOf, headsOfMinistry } from './bewindspersoon-directory.util.js';

// A small table of our own: one person in three posts with a gap, two holders of one post, a namesake elsewhere.
const TABLE = [
  { name: 'Stef Blok', post: 'minister voor Wonen en Rijksdienst', ministry: 'bzk', from: '2012-11-05', to: '2017-10-25' },
  { name: 'Stef Blok', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2018-03-07', to: '2021-05-24' },
  { name: 'Stef Blok', post: 'minister van Economische Zaken en Klimaat', ministry: 'ez', from: '2021-05-25', to: '2022-01-09' },
  { name: 'Micky Adriaansens', post: 'minister van Economische Zaken en Klimaat', ministry: 'ez', from: '2022-01-10', to: null },
  { name: 'Paul Blokhuis', post: 'staatssecretaris van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: '2017-10-26', to: '2022-01-09' },
  { name: 'Hans Vijlbrief', post: 'staatssecretaris van Economische Zaken en Klimaat', ministry: 'ez', from: '2022-01-10', to: null },
];

describe('bewindspersonenDirectory', () => {
  it('one entry per person with every post, the ministries in order, and the tenure from the first day to the last', () => {
    const blok = bewindspersonenDirectory(TABLE).find((e) => e.slug === 'stef-blok')!;
    expect(blok.periods.map((p) => p.ministry)).toEqual(['bzk', 'bz', 'ez']);
    expect([blok.from, blok.to]).toEqual(['2012-11-05', '2022-01-09']);
    expect(bewindspersonenDirectory(TABLE).find((e) => e.slug === 'micky-adriaansens')!.to).toBeNull();
    // The most recent to take office first.
    expect(
      bewindspersonenDirectory(TABLE)
        .map((e) => e.slug)
        .slice(0, 2),
    ).toEqual(['hans-vijlbrief', 'micky-adriaansens']);
  });
});

describe('links from a label', () => {
  it('the person a label names on the first of the dates they held a post', () => {
    expect(bewindspersoonSlugOf('Minister van Economische Zaken (Blok)', ['2021-11-09'], TABLE)).toBe('stef-blok');
    expect(bewindspersoonSlugOf('Minister van Economische Zaken (Adriaansens)', ['2021-11-09', '2022-04-07'], TABLE)).toBe('micky-adriaansens');
    expect(bewindspersoonSlugOf('Staatssecretaris van Economische Zaken en Klimaat', ['2023-01-01'], TABLE)).toBeNull();
    expect(bewindspersoonSlugOf(null, ['2023-01-01'], TABLE)).toBeNull();
  });

  it('at a ministry: the one person of that name who served there (Blok, not Blokhuis)', () => {
    expect(bewindspersoonSlugAt('Minister van Buitenlandse Zaken (Blok)', 'bz', TABLE)).toBe('stef-blok');
    expect(bewindspersoonSlugAt('Minister van Buitenlandse Zaken (Blok)', 'vws', TABLE)).toBeNull();
  });

  it('the heads of a ministry in order, without its staatssecretarissen', () => {
    expect(headsOfMinistry('ez', TABLE).map((h) => h.name)).toEqual(['Stef Blok', 'Micky Adriaansens']);
  });
});
