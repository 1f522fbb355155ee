import { describe, expect, it } from '@jest/globals';
import { parsePageAnswerers } from '../page/page-answerers.parser.js';
import { parseAddressees } from './addressees.parser.js';
import { findAddressees } from './find-addressees.util.js';
import { parseListingAnswerers } from './listing-answerers.parser.js';
import { parseSubmitters } from './submitters.parser.js';

describe('parseSubmitters', () => {
  it.each([
    [
      'Sjoerd Sjoerdsma (D66), Jeanet van der Laan (D66)',
      [
        ['Sjoerd Sjoerdsma', 'D66'],
        ['Jeanet van der Laan', 'D66'],
      ],
    ],
    [
      'Ceder (ChristenUnie) en Van der Staaij (SGP)',
      [
        ['Ceder', 'ChristenUnie'],
        ['Van der Staaij', 'SGP'],
      ],
    ],
    [
      'Michon-Derkzen, Brekelmans en Rajkowski (allen VVD)',
      [
        ['Michon-Derkzen', 'VVD'],
        ['Brekelmans', 'VVD'],
        ['Rajkowski', 'VVD'],
      ],
    ],
    [
      'Dijk en Beckerman (beiden SP)',
      [
        ['Dijk', 'SP'],
        ['Beckerman', 'SP'],
      ],
    ],
    ['Hertzberger (Nieuw Sociaal Contract)', [['Hertzberger', 'Nieuw Sociaal Contract']]],
    ['Jan Jansen', [['Jan Jansen', null]]],
  ])('%s', (text, expected) => expect(parseSubmitters(text).map((s) => [s.name, s.party])).toEqual(expected));
});

describe('parseListingAnswerers', () => {
  it('reads roles and parties, tidying " ," in roles', () => {
    expect(
      parseListingAnswerers(
        'Wopke Hoekstra (viceminister-president , minister buitenlandse zaken) (CDA), Ferdinand Grapperhaus (CDA), Mark Rutte (minister-president)',
      ),
    ).toEqual([
      { name: 'Wopke Hoekstra', role: 'viceminister-president, minister buitenlandse zaken', party: 'CDA' },
      { name: 'Ferdinand Grapperhaus', role: null, party: 'CDA' },
      { name: 'Mark Rutte', role: 'minister-president', party: null },
    ]);
  });
});

describe('parseAddressees', () => {
  it.each([
    ['Minister van Buitenlandse Zaken', ['minister van Buitenlandse Zaken']],
    [
      'Ministers van Landbouw, Natuur en Voedselkwaliteit en voor Natuur en Stikstof',
      ['minister van Landbouw, Natuur en Voedselkwaliteit', 'minister voor Natuur en Stikstof'],
    ],
    [
      'Ministers van Klimaat en Groene Groei en van Sociale Zaken en Werkgelegenheid en de Staatssecretaris van Infrastructuur en Waterstaat',
      ['minister van Klimaat en Groene Groei', 'minister van Sociale Zaken en Werkgelegenheid', 'staatssecretaris van Infrastructuur en Waterstaat'],
    ],
    ['Minister van Justitie en Veiligheid en de Minister voor Rechtsbescherming', ['minister van Justitie en Veiligheid', 'minister voor Rechtsbescherming']],
    ['Minister-President, Minister van Algemene Zaken', ['minister-president', 'minister van Algemene Zaken']],
    ['Tweede Kamer', []],
  ])('%s', (phrase, roles) => expect(parseAddressees(phrase)).toEqual(roles));

  it('finds the addressee inside a deferral notice, not the sender', () => {
    expect(
      findAddressees([
        'Hierbij deel ik u mede namens de Minister van Buitenlandse Zaken dat de schriftelijke vragen van de leden X (VVD), van uw Kamer aan de Minister van Justitie en Veiligheid over het bericht «Y» niet binnen de termijn kunnen worden beantwoord.',
      ]),
    ).toEqual(['minister van Justitie en Veiligheid']);
  });
});

describe('parsePageAnswerers', () => {
  it.each([
    ['Minister Hoekstra (Buitenlandse Zaken) ', [], [['Hoekstra', 'minister van Buitenlandse Zaken']]],
    [
      'Minister Van Weel (Justitie en Veiligheid) en antwoord van Staatssecretaris Coenradie (Justitie en Veiligheid) ',
      [],
      [
        ['Van Weel', 'minister van Justitie en Veiligheid'],
        ['Coenradie', 'staatssecretaris van Justitie en Veiligheid'],
      ],
    ],
    [
      'Staatssecretaris Jansen (Infrastructuur en Waterstaat), mede namens de Minister van Klimaat en Groene Groei ',
      [],
      [['Jansen', 'staatssecretaris van Infrastructuur en Waterstaat']],
    ],
    [
      'Minister Van der Wal-Zeggelink (Natuur en Stikstof) ',
      ['minister voor Natuur en Stikstof'],
      [['Van der Wal-Zeggelink', 'minister voor Natuur en Stikstof']],
    ],
    ['Minister Jetten (Klimaat en Energie) ', [], [['Jetten', 'minister voor Klimaat en Energie']]],
    ['Minister Faber – van de Klashorst (Asiel en Migratie) ', [], [['Faber – van de Klashorst', 'minister van Asiel en Migratie']]],
  ])('%s', (text, addressedTo, expected) => {
    expect(parsePageAnswerers(text, addressedTo).answerers.map((a) => [a.name, a.role])).toEqual(expected);
  });

  it('reports an answerer named only by office', () => {
    expect(parsePageAnswerers('de Minister van Financiën ', [])).toEqual({ answerers: [], unnamed: ['de Minister van Financiën'], onBehalfOf: [] });
  });

  // Realdoc 015 (ah-tk-20242025-586): "Antwoord van Staatssecretaris Jansen (Infrastructuur en Waterstaat), mede namens
  // de Minister van Klimaat en Groene Groei".
  it('reports the offices answered for "mede namens"', () => {
    expect(
      parsePageAnswerers('Staatssecretaris Jansen (Infrastructuur en Waterstaat), mede namens de Minister van Klimaat en Groene Groei ', []).onBehalfOf,
    ).toEqual(['minister van Klimaat en Groene Groei']);
    expect(
      parsePageAnswerers('Minister Hoekstra (Buitenlandse Zaken), mede namens de Minister van Justitie en Veiligheid en de Staatssecretaris van Defensie ', [])
        .onBehalfOf,
    ).toEqual(['minister van Justitie en Veiligheid', 'staatssecretaris van Defensie']);
  });
});
