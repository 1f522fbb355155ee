import { describe, expect, it } from '@jest/globals';
import { resolveResponsibles, type ResponsibleSources } from './resolve-responsibles.rule.js';

const NONE = { ministrySlug: null, ministerLabel: null };
const sources = (overrides: Partial<ResponsibleSources>): ResponsibleSources => ({
  submittedOn: '2024-10-01',
  answeredOn: null,
  answerers: [],
  addressees: [],
  stored: NONE,
  ...overrides,
});
const short = (s: ResponsibleSources) => resolveResponsibles(s).map((r) => [r.ministrySlug, r.minister]);

describe('resolveResponsibles', () => {
  it('gives a bare "Beantwoord door" name its post on the day of submission (seed 002, 2021Z19796)', () => {
    const answerers = [
      { name: 'Ferdinand Grapperhaus', role: null },
      { name: 'Raymond Knops', role: null },
      { name: 'Stef Blok', role: null },
    ];
    expect(short(sources({ submittedOn: '2021-11-09', answeredOn: '2022-04-07', answerers }))).toEqual([
      ['jenv', 'Minister van Justitie en Veiligheid (Grapperhaus)'],
      ['bzk', 'Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Knops)'],
      ['ez', 'Minister van Economische Zaken (Blok)'],
    ]);
  });

  it('keeps a role the document gives and skips its "vice" hat (seed 000)', () => {
    const answerers = [{ name: 'Wopke Hoekstra', role: 'viceminister-president, minister buitenlandse zaken' }];
    expect(short(sources({ submittedOn: '2022-01-31', answerers }))).toEqual([['bz', 'Minister van Buitenlandse Zaken (Hoekstra)']]);
  });

  it('adds every addressee the answerer does not stand for, named after the holder that day (realdoc 015)', () => {
    const s = sources({
      submittedOn: '2024-10-03',
      answerers: [{ name: 'Jansen', role: 'staatssecretaris van Infrastructuur en Waterstaat' }],
      addressees: [
        'minister van Klimaat en Groene Groei',
        'minister van Sociale Zaken en Werkgelegenheid',
        'staatssecretaris van Infrastructuur en Waterstaat',
      ],
    });
    expect(short(s)).toEqual([
      ['ienw', 'Staatssecretaris van Infrastructuur en Waterstaat (Jansen)'],
      ['kgg', 'Minister van Klimaat en Groene Groei (Hermans)'],
      ['szw', 'Minister van Sociale Zaken en Werkgelegenheid (Van Hijum)'],
    ]);
  });

  it('names the addressee of an unanswered set from the table (realdoc 013: the Mededeling of Faber)', () => {
    expect(short(sources({ submittedOn: '2024-10-24', addressees: ['minister van Asiel en Migratie'] }))).toEqual([
      ['aenm', 'Minister van Asiel en Migratie (Faber-van de Klashorst)'],
    ]);
  });

  it('does not repeat an addressee the answerer is (realdoc 009), and names a shared post without a person', () => {
    const answerers = [{ name: 'Van Weel', role: 'minister van Justitie en Veiligheid' }];
    expect(short(sources({ submittedOn: '2024-10-18', answerers, addressees: ['minister van Justitie en Veiligheid'] }))).toEqual([
      ['jenv', 'Minister van Justitie en Veiligheid (Van Weel)'],
    ]);
    // Coenradie and Struycken were both staatssecretaris van Justitie en Veiligheid in October 2024.
    expect(short(sources({ submittedOn: '2024-10-18', addressees: ['staatssecretaris van Justitie en Veiligheid'] }))).toEqual([
      ['jenv', 'Staatssecretaris van Justitie en Veiligheid'],
    ]);
  });

  it('falls back to what a writer stored only when no document names anyone, and to nothing at all', () => {
    expect(short(sources({ stored: { ministrySlug: 'fin', ministerLabel: 'Minister A' } }))).toEqual([['fin', 'Minister A']]);
    expect(short(sources({ stored: { ministrySlug: 'fin', ministerLabel: 'Minister A' }, addressees: ['minister van Defensie'] }))).toEqual([
      ['def', 'Minister van Defensie (Brekelmans)'],
    ]);
    expect(resolveResponsibles(sources({}))).toEqual([]);
  });

  it('keeps a name the table does not know under that person, in no ministry', () => {
    expect(short(sources({ submittedOn: '2005-01-01', answerers: [{ name: 'Piet Jansen', role: null }] }))).toEqual([[null, 'Piet Jansen']]);
  });
});
