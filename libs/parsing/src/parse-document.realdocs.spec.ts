import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import type { DeferralReason, ParsedDocument } from './contract/parsed-document.js';
import { parseDocument } from './parse-document.js';

const REALDOCS = new URL('../../../test/fixtures/realdocs/', import.meta.url);

function realdoc(prefix: string): ParsedDocument {
  const name = fs.readdirSync(REALDOCS).find((f) => f.startsWith(prefix))!;
  return parseDocument(fs.readFileSync(new URL(name, REALDOCS), 'utf8'));
}

interface Expected {
  doc: string;
  format: 'listing' | 'page';
  zaak: string | null;
  answer: string | null;
  submittedOn: string;
  answeredOn: string | null;
  submitters: [string, string | null][];
  answeredBy: [string, string | null][];
  addressedTo: string[];
  questions: number;
  answered: boolean;
  deferrals: [string | null, DeferralReason][];
  topics?: string[];
}

const CASES: Expected[] = [
  {
    doc: '001',
    format: 'listing',
    zaak: '2023Z20388',
    answer: 'ah-tk-20232024-971',
    submittedOn: '2023-12-18',
    answeredOn: '2024-02-07',
    submitters: [['André Flach', 'SGP']],
    answeredBy: [['Piet Adema', 'minister landbouw, natuur en voedselkwaliteit']],
    addressedTo: [],
    questions: 5,
    answered: true,
    deferrals: [],
    topics: ['dieren', 'landbouw'],
  },
  {
    doc: '002',
    format: 'listing',
    zaak: '2023Z20089',
    answer: 'ah-tk-20232024-909',
    submittedOn: '2023-12-13',
    answeredOn: '2024-01-31',
    submitters: [
      ['Ingrid Michon', 'VVD'],
      ['Lilian Helder', 'PVV'],
    ],
    answeredBy: [['Dilan Yeşilgöz-Zegerius', 'minister justitie en veiligheid']],
    addressedTo: [],
    questions: 6,
    answered: true,
    deferrals: [],
    topics: ['openbare orde en veiligheid', 'politie, brandweer en hulpdiensten'],
  },
  {
    doc: '003',
    format: 'listing',
    zaak: '2020Z14248',
    answer: null,
    submittedOn: '2020-07-22',
    answeredOn: null,
    submitters: [
      ['Carla Dik-Faber', 'CU'],
      ['Eppo Bruins', 'CU'],
      ['Stieneke van der Graaf', 'CU'],
    ],
    answeredBy: [],
    addressedTo: [],
    questions: 4,
    answered: false,
    deferrals: [['2020-08-06', 'interdepartementale afstemming']],
    topics: ['natuur en milieu', 'stoffen', 'verkeer', 'weg'],
  },
  {
    doc: '004',
    format: 'listing',
    zaak: '2024Z16988',
    answer: null,
    submittedOn: '2024-10-25',
    answeredOn: null,
    submitters: [
      ['Van den Hil', 'VVD'],
      ['Bikker', 'ChristenUnie'],
    ],
    answeredBy: [],
    addressedTo: [],
    questions: 9,
    answered: false,
    deferrals: [['2024-11-15', 'interdepartementale afstemming']],
    topics: [],
  },
  {
    doc: '005',
    format: 'listing',
    zaak: '2024Z18561',
    answer: null,
    submittedOn: '2024-11-15',
    answeredOn: null,
    submitters: [['Van Houwelingen', 'FVD']],
    answeredBy: [],
    addressedTo: [],
    questions: 5,
    answered: false,
    deferrals: [],
  },
  {
    doc: '006',
    format: 'page',
    zaak: null,
    answer: 'ah-tk-20242025-560',
    submittedOn: '2024-10-24',
    answeredOn: '2024-11-14',
    submitters: [['Beckerman', 'SP']],
    answeredBy: [['Bruins', 'minister van Onderwijs, Cultuur en Wetenschap']],
    addressedTo: ['minister van Onderwijs, Cultuur en Wetenschap'],
    questions: 9,
    answered: true,
    deferrals: [],
  },
  {
    doc: '007',
    format: 'page',
    zaak: null,
    answer: 'ah-tk-20242025-581',
    submittedOn: '2024-10-23',
    answeredOn: '2024-11-18',
    submitters: [['Van Houwelingen', 'FVD']],
    answeredBy: [['Veldkamp', 'minister van Buitenlandse Zaken']],
    addressedTo: ['minister van Buitenlandse Zaken'],
    questions: 7,
    answered: true,
    deferrals: [],
  },
  {
    doc: '008',
    format: 'page',
    zaak: null,
    answer: 'ah-tk-20242025-573',
    submittedOn: '2024-11-04',
    answeredOn: '2024-11-18',
    submitters: [['Ellian', 'VVD']],
    answeredBy: [['Coenradie', 'staatssecretaris van Justitie en Veiligheid']],
    addressedTo: ['staatssecretaris van Justitie en Veiligheid'],
    questions: 6,
    answered: true,
    deferrals: [],
  },
  {
    doc: '009',
    format: 'page',
    zaak: null,
    answer: 'ah-tk-20242025-558',
    submittedOn: '2024-10-18',
    answeredOn: '2024-11-14',
    submitters: [['Van Nispen', 'SP']],
    answeredBy: [
      ['Van Weel', 'minister van Justitie en Veiligheid'],
      ['Coenradie', 'staatssecretaris van Justitie en Veiligheid'],
    ],
    addressedTo: ['minister van Justitie en Veiligheid'],
    questions: 7,
    answered: true,
    deferrals: [],
  },
  {
    doc: '010',
    format: 'page',
    zaak: null,
    answer: 'ah-tk-20232024-403',
    submittedOn: '2023-10-19',
    answeredOn: '2023-11-15',
    submitters: [['De Hoop', 'PvdA']],
    answeredBy: [['Heijnen', 'staatssecretaris van Infrastructuur en Waterstaat']],
    addressedTo: ['staatssecretaris van Infrastructuur en Waterstaat'],
    questions: 11,
    answered: true,
    deferrals: [],
  },
  {
    doc: '011',
    format: 'page',
    zaak: null,
    answer: 'ah-tk-20222023-3649',
    submittedOn: '2023-07-04',
    answeredOn: '2023-09-14',
    submitters: [['Bromet', 'GroenLinks']],
    answeredBy: [['Van der Wal-Zeggelink', 'minister voor Natuur en Stikstof']],
    addressedTo: ['minister van Landbouw, Natuur en Voedselkwaliteit', 'minister voor Natuur en Stikstof'],
    questions: 14,
    answered: true,
    deferrals: [],
  },
  {
    doc: '012',
    format: 'page',
    zaak: null,
    answer: 'ah-tk-20142015-698',
    submittedOn: '2014-10-03',
    answeredOn: '2014-11-26',
    submitters: [['Bouwmeester', 'PvdA']],
    answeredBy: [['Schippers', 'minister van Volksgezondheid, Welzijn en Sport']],
    addressedTo: ['minister van Volksgezondheid, Welzijn en Sport'],
    questions: 6,
    answered: true,
    deferrals: [],
  },
  {
    doc: '013',
    format: 'page',
    zaak: null,
    answer: null,
    submittedOn: '2024-10-24',
    answeredOn: null,
    submitters: [['Podt', 'D66']],
    answeredBy: [],
    addressedTo: ['minister van Asiel en Migratie'],
    questions: 6,
    answered: false,
    deferrals: [['2024-11-14', 'informatie nog niet ontvangen']],
  },
  {
    doc: '014',
    format: 'page',
    zaak: null,
    answer: 'ah-tk-20242025-580',
    submittedOn: '2024-10-25',
    answeredOn: '2024-11-18',
    submitters: [['Hertzberger', 'Nieuw Sociaal Contract']],
    answeredBy: [['Bruins', 'minister van Onderwijs, Cultuur en Wetenschap']],
    addressedTo: ['minister van Onderwijs, Cultuur en Wetenschap'],
    questions: 6,
    answered: true,
    deferrals: [],
  },
  {
    doc: '015',
    format: 'page',
    zaak: null,
    answer: 'ah-tk-20242025-586',
    submittedOn: '2024-10-03',
    answeredOn: '2024-11-18',
    submitters: [['Postma', 'Nieuw Sociaal Contract']],
    answeredBy: [['Jansen', 'staatssecretaris van Infrastructuur en Waterstaat']],
    addressedTo: ['minister van Klimaat en Groene Groei', 'minister van Sociale Zaken en Werkgelegenheid', 'staatssecretaris van Infrastructuur en Waterstaat'],
    questions: 5,
    answered: true,
    deferrals: [],
  },
  {
    doc: '016',
    format: 'page',
    zaak: null,
    answer: 'ah-tk-20232024-1433',
    submittedOn: '2024-02-29',
    answeredOn: '2024-04-05',
    submitters: [['Kostić', 'PvdD']],
    answeredBy: [['Van der Wal-Zeggelink', 'minister voor Natuur en Stikstof']],
    addressedTo: ['minister voor Natuur en Stikstof'],
    questions: 20,
    answered: true,
    deferrals: [],
  },
];

describe('parseDocument on the sixteen real documents', () => {
  it.each(CASES)('realdoc $doc', (c) => {
    const doc = realdoc(c.doc);
    expect(doc.format).toBe(c.format);
    expect(doc.zaak).toBe(c.zaak);
    expect(doc.documents).toEqual({
      question: c.zaak === null ? null : `kv-tk-${c.zaak}`,
      answer: c.answer,
      number: null,
    });
    expect(doc.title).toEqual(expect.any(String));
    expect(doc.submittedOn).toBe(c.submittedOn);
    expect(doc.answeredOn).toBe(c.answeredOn);
    expect(doc.submitters.map((s) => [s.name, s.party])).toEqual(c.submitters);
    expect(doc.answeredBy.map((a) => [a.name, a.role])).toEqual(c.answeredBy);
    expect(doc.addressedTo).toEqual(c.addressedTo);
    expect(doc.questions.map((q) => q.number)).toEqual(Array.from({ length: c.questions }, (_, i) => i + 1));
    expect(doc.questions.every((q) => q.text.length > 0)).toBe(true);
    expect(doc.questions.every((q) => (q.answer !== null) === c.answered)).toBe(true);
    expect(doc.deferrals.map((d) => [d.date, d.reason])).toEqual(c.deferrals);
    expect(doc.deferrals.every((d) => d.text.length > 20)).toBe(true);
    if (c.format === 'page') expect(doc.topics).toEqual([]);
    if (c.topics) expect(doc.topics).toEqual(c.topics);
  });

  it('spreads "Vraag 2 en 3" / "Vraag 1 en 4" blocks over each number with the same text and answer', () => {
    const listing = realdoc('002');
    expect(listing.questions[3]).toEqual({ ...listing.questions[4], number: 4 });
    expect(listing.questions[3].text).toMatch(/^Bent u bekend met de zorgvuldige afweging/);
    const page = realdoc('014');
    expect(page.questions[0]).toEqual({ ...page.questions[3], number: 1 });
    expect(page.questions[0].text.split('\n')).toEqual([
      'Kunt u aangeven hoeveel internationale studenten een aanvullende beurs krijgen? Kunt u deze gegevens uitsplitsen over de afgelopen vijf jaar? Kunt u dit uitsplitsen naar master- en bacheloropleidingen, hbo en wo en naar het aantal studenten dat een basisbeurs ontvangt?',
      'Hoe vaak ontvangen internationale studenten een aanvullende beurs ten opzichte van Nederlandse studenten?',
    ]);
    expect(page.warnings).toEqual([]);
  });

  it('removes footnote markers at a line end only (listing always, page only with a footnote list)', () => {
    expect(realdoc('001').questions[0].text).toBe('Heeft u kennisgenomen van het bericht «Zware teleurstelling over tong-tAC»?');
    expect(realdoc('004').questions[2].text).toMatch(/de motie Bikker-Van den Hil\.$/);
    expect(realdoc('013').questions[1].text).toMatch(/\(onderwijs, verblijfsduur, leefomstandigheden, zorg en personeel\)\?$/);
    expect(realdoc('013').questions[5].text).toMatch(/Op welke termijn gaat u aan de motie voldoen\?$/);
    // 010 has no footnote list: its "?1, 2" is left as written.
    expect(realdoc('010').questions[0].text).toMatch(/investeringsmaatschappij\?1, 2$/);
    expect(realdoc('012').questions[1].text).toContain('u dat met ziekenhuizen en zorgverzekeraars afspreekt?3 Heeft de extra ronde');
  });

  it('keeps a notice document apart from an answer: deferral dated by "ontvangen", no answer id, sender not an answerer', () => {
    const doc = realdoc('013');
    expect(doc.deferrals[0].text).toMatch(/^Hierbij deel ik u mede .*\nIk streef ernaar de vragen zo spoedig mogelijk te beantwoorden\.$/s);
    expect(doc.documents.answer).toBeNull();
    expect(doc.answeredBy).toEqual([]);
  });

  it('leaves the members\' "Toelichting" out of the last answer, with a warning', () => {
    const doc = realdoc('010');
    expect(doc.questions[10].answer).toBe('Bij dezen ontvangt u de antwoorden op de gestelde vragen.');
    expect(doc.warnings).toEqual([expect.stringContaining('Toelichting')]);
  });

  it('does not put footnotes into the last answer', () => {
    expect(realdoc('006').questions[8].answer).toBe(
      'Instellingen kunnen hiervoor de lumpsum inzetten. Ook moedig ik scholen aan om goede voorbeelden met elkaar te delen.',
    );
    expect(realdoc('016').questions[19].answer).toMatch(/termijn van drie weken\.$/);
  });

  it('reads the deferral reasons of the listing notices', () => {
    expect(realdoc('004').deferrals[0].text).toContain(
      'De reden van het uitstel is dat de afstemming ten behoeve van de beantwoording helaas meer tijd vergt.',
    );
  });
});
