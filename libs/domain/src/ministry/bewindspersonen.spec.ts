import { describe, expect, it } from '@jest/globals';
import { BEWINDSPERSONEN } from './bewindspersonen.data.js';
import { bewindspersoonNameMatches } from './bewindspersoon-name.util.js';
import { holderOn, holdersOn } from './holder-on.util.js';
import { MINISTRIES } from './ministry-catalogue.js';
import { postOn, postsOn } from './post-on.util.js';

describe('BEWINDSPERSONEN', () => {
  it('names a catalogued ministry and a well-formed period in every row', () => {
    const slugs = new Set(MINISTRIES.map((m) => m.slug));
    for (const row of BEWINDSPERSONEN) {
      expect(slugs.has(row.ministry)).toBe(true);
      expect(row.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (row.to !== null) expect(row.to >= row.from).toBe(true);
      expect(row.post).toMatch(/^(minister|staatssecretaris|minister-president)\b/);
    }
  });

  it('has a minister-president on every day from Rutte I on', () => {
    for (const date of ['2010-10-14', '2012-11-05', '2017-10-26', '2022-01-10', '2024-07-01', '2024-07-02', '2026-02-22', '2026-02-23']) {
      expect(holderOn('minister-president', date)?.ministry).toBe('az');
    }
  });
});

describe('postOn', () => {
  // 2021Z19796 (seed 002), submitted 9 November 2021: "Beantwoord door Ferdinand Grapperhaus (CDA), Raymond Knops (CDA), Stef Blok (VVD)".
  it.each([
    ['Grapperhaus', '2021-11-09', 'jenv', 'minister van Justitie en Veiligheid'],
    ['Ferdinand Grapperhaus', '2021-11-09', 'jenv', 'minister van Justitie en Veiligheid'],
    ['Raymond Knops', '2021-11-09', 'bzk', 'staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties'],
    ['Stef Blok', '2021-11-09', 'ez', 'minister van Economische Zaken en Klimaat'],
    ['Stef Blok', '2019-07-18', 'bz', 'minister van Buitenlandse Zaken'],
    ['Van der Wal-Zeggelink', '2023-05-01', 'lnv', 'minister voor Natuur en Stikstof'],
    ['Faber – van de Klashorst', '2024-10-01', 'aenm', 'minister van Asiel en Migratie'],
    ['Yeşilgöz', '2023-01-01', 'jenv', 'minister van Justitie en Veiligheid'],
    ['Van ’t Wout', '2021-03-01', 'ez', 'minister van Economische Zaken en Klimaat'],
  ])('%s on %s → %s', (name, date, ministry, post) => {
    expect(postOn(name, date)).toMatchObject({ ministry, post });
  });

  it('lets the date decide between two people of one surname', () => {
    expect(postOn('Rutte', '2020-01-01')?.name).toBe('Mark Rutte');
    expect(postOn('Rutte', '2025-10-01')?.name).toBe('Arno Rutte');
    expect(postOn('Wiersma', '2022-06-01')?.name).toBe('Dennis Wiersma');
    expect(postOn('Wiersma', '2025-01-01')?.name).toBe('Femke Wiersma');
  });

  it('names nobody out of office, unknown, or who could be two people', () => {
    expect(postOn('Grapperhaus', '2022-06-01')).toBeNull();
    expect(postOn('Jansen', '2020-01-01')).toBeNull();
    const twins = [
      { name: 'Anna de Boer', post: 'minister van Financiën', ministry: 'fin', from: '2020-01-01', to: null },
      { name: 'Bert de Boer', post: 'minister van Defensie', ministry: 'def', from: '2020-01-01', to: null },
    ];
    expect(postsOn('De Boer', '2021-01-01', twins)).toEqual([]);
    expect(postOn('Bert de Boer', '2021-01-01', twins)?.ministry).toBe('def');
  });

  it('lists both posts of one person, the longest-held first', () => {
    expect(postsOn('Van Weel', '2025-07-01').map((p) => p.ministry)).toEqual(['jenv', 'aenm']);
  });
});

describe('holderOn', () => {
  it('reads a post however it is written', () => {
    expect(holderOn('minister justitie en veiligheid', '2021-11-09')?.name).toBe('Ferdinand Grapperhaus');
    expect(holderOn('Minister van Buitenlandse Zaken', '2022-02-28')?.name).toBe('Wopke Hoekstra');
    expect(holderOn('minister van Buitenlandse Zaken', '2025-09-05')?.name).toBe('David van Weel');
    expect(holderOn('minister van Buitenlandse Zaken', '2025-08-22')?.name).toBe('Caspar Veldkamp');
  });

  it('gives every holder of a shared staatssecretaris post', () => {
    expect(
      holdersOn('staatssecretaris van Financiën', '2021-01-01')
        .map((h) => h.name)
        .sort(),
    ).toEqual(['Alexandra van Huffelen', 'Hans Vijlbrief']);
  });
});

describe('bewindspersoonNameMatches', () => {
  it('matches surnames and given names, not other people', () => {
    expect(bewindspersoonNameMatches('Ferd Grapperhaus', 'Ferdinand Grapperhaus')).toBe(true);
    expect(bewindspersoonNameMatches('Kees Grapperhaus', 'Ferdinand Grapperhaus')).toBe(false);
    expect(bewindspersoonNameMatches('Haus', 'Ferdinand Grapperhaus')).toBe(false);
    expect(bewindspersoonNameMatches('van der Burg', 'Eric van der Burg')).toBe(true);
    expect(bewindspersoonNameMatches('', 'Eric van der Burg')).toBe(false);
  });
});
