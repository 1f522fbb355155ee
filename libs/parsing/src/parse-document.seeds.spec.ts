import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { extractCommitments } from './commitments/index.js';
import type { ParsedDocument } from './contract/parsed-document.js';
import { parseDocument } from './parse-document.js';

const SEEDS = new URL('../../../seeds/', import.meta.url);

function seed(prefix: string): ParsedDocument {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return parseDocument(fs.readFileSync(new URL(name, SEEDS), 'utf8'));
}

function numbers(doc: ParsedDocument): number[] {
  return doc.questions.map((q) => q.number);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('parseDocument on the five seeds (DESIGN.md worked examples)', () => {
  it('seed 000 (listing, answered, no deferral)', () => {
    const doc = seed('000');
    expect(doc).toMatchObject({
      format: 'listing',
      zaak: '2022Z01519',
      documents: { question: 'kv-tk-2022Z01519', answer: 'ah-tk-20212022-1915', number: null },
      title:
        'Het bericht dat de Chinese app MY2022 voor de Olympische Spelen 2022 gevoelige data van o.a. de Nederlandse Olympiërs verzamelt en politiek sensitieve content over Oost-Turkestan en Tibet opslaat.',
      submittedOn: '2022-01-31',
      answeredOn: '2022-02-28',
      submitters: [
        { name: 'Sjoerd Sjoerdsma', party: 'D66' },
        { name: 'Jeanet van der Laan', party: 'D66' },
      ],
      answeredBy: [{ name: 'Wopke Hoekstra', role: 'viceminister-president, minister buitenlandse zaken', party: 'CDA' }],
      addressedTo: [],
      topics: ['cultuur en recreatie', 'recht', 'sport', 'staatsrecht'],
      deferrals: [],
      warnings: [],
    });
    expect(numbers(doc)).toEqual(range(1, 14));
    expect(doc.questions[0]).toEqual({
      number: 1,
      text: 'Bent u bekend met het bericht dat de Chinese app MY2022 gevoelige data van onder andere de Nederlandse Olympiërs verzamelt en politiek sensitieve content over Oost-Turkestan en Tibet opslaat?',
      answer: 'Ja.',
    });
    expect(doc.questions[1].answer).toMatch(/^Het bericht is zorgelijk .*gedeeld\.\nTegen deze achtergrond .*te beperken\.$/s);
    expect(doc.questions[5].answer).toContain('zal mijn collega van OCW de kennisinstellingen bij brief verzoeken');
    expect(doc.questions[13].text).toBe('Kunt u deze vragen afzonderlijk en voor de aanvang van de Olympische Spelen beantwoorden?');
    expect(doc.questions.every((q) => q.answer !== null && q.answer.length > 0)).toBe(true);
    expect(doc.commitments).toEqual(extractCommitments(doc.questions));
  });

  it('seed 001 (listing, single submitter, "Zie antwoord vraag 9" kept as written)', () => {
    const doc = seed('001');
    expect(doc).toMatchObject({
      format: 'listing',
      zaak: '2019Z15244',
      documents: { question: 'kv-tk-2019Z15244', answer: 'ah-tk-20182019-3922', number: null },
      title: 'Het bericht ‘Berucht Chinees veiligheidsministerie gebruikt Nederlandse software die emoties leest’',
      submittedOn: '2019-07-18',
      answeredOn: '2019-09-10',
      submitters: [{ name: 'Sjoerd Sjoerdsma', party: 'D66' }],
      answeredBy: [{ name: 'Sigrid Kaag', role: 'minister zonder portefeuille buitenlandse zaken', party: 'D66' }],
      addressedTo: [],
      topics: ['economie', 'ict'],
      deferrals: [],
      warnings: [],
    });
    expect(numbers(doc)).toEqual(range(1, 10));
    expect(doc.questions[0].text).toBe(
      'Bent u bekend met het bericht «Berucht Chinees veiligheidsministerie gebruikt Nederlandse software die emoties leest»?',
    );
    expect(doc.questions[9].answer).toBe('Zie antwoord vraag 9.');
    // An answer of three lines keeps them, joined with "\n".
    expect(doc.questions[8].answer!.split('\n')).toHaveLength(3);
    expect(doc.questions[4].text).toContain('mensenrechtenorganisaties2 die waarschuwen');
  });

  it('seed 002 (listing, answerers without roles, one deferral)', () => {
    const doc = seed('002');
    expect(doc).toMatchObject({
      format: 'listing',
      zaak: '2021Z19796',
      documents: { question: 'kv-tk-2021Z19796', answer: 'ah-tk-20212022-2367', number: null },
      title: "Beantwoording vragen 'Litouwen adviseert consument geen Xiaomi-telefoons meer te kopen'",
      submittedOn: '2021-11-09',
      answeredOn: '2022-04-07',
      submitters: [{ name: 'Queeny Rajkowski', party: 'VVD' }],
      answeredBy: [
        { name: 'Ferdinand Grapperhaus', role: null, party: 'CDA' },
        { name: 'Raymond Knops', role: null, party: 'CDA' },
        { name: 'Stef Blok', role: null, party: 'VVD' },
      ],
      addressedTo: [],
      topics: ['criminaliteit', 'economie', 'ict', 'openbare orde en veiligheid', 'staatsveiligheid'],
      warnings: [],
    });
    expect(numbers(doc)).toEqual(range(1, 12));
    expect(doc.questions[0].answer).toContain('zal ik nader bezien of het doelmatig is om de Telecommunicatiewet op dit punt aan te passen.');
    expect(doc.deferrals).toEqual([
      {
        date: '2021-11-29',
        reason: 'interdepartementale afstemming',
        text: 'De vragen van het lid Rajkowski (VVD) over de beantwoording van de vragen «Litouwen adviseert consument geen Xiaomi-telefoons meer te kopen» met kenmerk 2021Z19796 kunnen niet binnen de gebruikelijke termijn worden beantwoord in verband met de voor de beantwoording benodigde interdepartementale afstemming. Ik zal uw Kamer zo spoedig mogelijk de antwoorden op de vragen doen toekomen.',
      },
    ]);
  });

  it('seed 003 (page, answer document)', () => {
    const doc = seed('003');
    expect(doc).toMatchObject({
      format: 'page',
      zaak: '2022Z11285',
      documents: { question: 'kv-tk-2022Z11285', answer: 'ah-tk-20212022-3323', number: '2022D27850' },
      title:
        'Antwoord op vragen de leden Ceder en Van der Staaij over ‘digitale vervolging’ door in elk geval China en Rusland, en over de arrestatie van een 90-jarige priester door de Chinese autoriteiten',
      submittedOn: '2022-06-07',
      answeredOn: '2022-06-29',
      submitters: [
        { name: 'Ceder', party: 'ChristenUnie' },
        { name: 'Van der Staaij', party: 'SGP' },
      ],
      answeredBy: [{ name: 'Hoekstra', role: 'minister van Buitenlandse Zaken', party: null }],
      addressedTo: ['minister van Buitenlandse Zaken'],
      topics: [],
      deferrals: [],
      warnings: [],
    });
    expect(numbers(doc)).toEqual(range(1, 10));
    // The page has a footnote list, so markers glued to a line end go; those inside a sentence stay.
    expect(doc.questions[4].text).toMatch(/op geloofs- of culturele uitingen\?$/);
    expect(doc.questions[9].text).toContain('Joseph Zen?8 Bent u er ook');
    expect(doc.questions[3].answer!.split('\n')).toHaveLength(2);
    expect(doc.questions[7].answer).toBe(
      'Nederland zal ter gelegenheid van de ministeriële conferentie ter bevordering van «International Freedom of Religion and Belief» (juli 2022) voor deze problematiek aandacht vragen. Het thema «technologie» krijgt daar al aandacht.',
    );
    // Footnotes are not part of the last answer.
    expect(doc.questions[9].answer).toMatch(/opbrengen\.$/);
  });

  it('seed 004 (listing, three submitters, deferral for missing information, addressee from the notice)', () => {
    const doc = seed('004');
    expect(doc).toMatchObject({
      format: 'listing',
      zaak: '2021Z16950',
      documents: { question: 'kv-tk-2021Z16950', answer: 'ah-tk-20212022-765', number: null },
      title: 'Het bericht ‘’Hoe China met de Nederlandse politie meekijkt’’',
      submittedOn: '2021-10-01',
      answeredOn: '2021-11-18',
      submitters: [
        { name: 'Ingrid Michon', party: 'VVD' },
        { name: 'Ruben Brekelmans', party: 'VVD' },
        { name: 'Queeny Rajkowski', party: 'VVD' },
      ],
      answeredBy: [
        { name: 'Ben Knapen', role: 'minister buitenlandse zaken', party: 'CDA' },
        { name: 'Ferdinand Grapperhaus', role: 'minister justitie en veiligheid', party: 'CDA' },
      ],
      addressedTo: ['minister van Justitie en Veiligheid'],
      topics: ['economie', 'ict', 'luchtvaart', 'openbare orde en veiligheid', 'politie, brandweer en hulpdiensten', 'verkeer'],
      warnings: [],
    });
    expect(numbers(doc)).toEqual(range(1, 14));
    expect(doc.questions[0]).toEqual({ number: 1, text: 'Bent u bekend met het bericht ««Hoe China met de Nederlandse politie meekijkt»»?', answer: 'Ja.' });
    expect(doc.deferrals).toHaveLength(1);
    expect(doc.deferrals[0]).toMatchObject({ date: '2021-10-22', reason: 'informatie nog niet ontvangen' });
    expect(doc.deferrals[0].text).toMatch(/^Hierbij deel ik u mede namens de Minister van Buitenlandse Zaken .* zo spoedig mogelijk te beantwoorden\.$/);
  });

  it('every seed has every contract field', () => {
    const fields = [
      'format',
      'zaak',
      'documents',
      'title',
      'submittedOn',
      'answeredOn',
      'submitters',
      'answeredBy',
      'addressedTo',
      'topics',
      'questions',
      'deferrals',
      'commitments',
      'warnings',
    ];
    for (const prefix of ['000', '001', '002', '003', '004']) expect(Object.keys(seed(prefix)).sort()).toEqual([...fields].sort());
  });
});
