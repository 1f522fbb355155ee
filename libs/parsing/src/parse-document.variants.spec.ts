import { describe, expect, it } from '@jest/globals';
import { parseDocument } from './parse-document.js';

// Small documents built by factories with overrides: each test states only the lines that matter to it.

interface ListingParts {
  header: string[];
  blocks: string[];
  footer: string[];
}

function listing(overrides: Partial<ListingParts> = {}): string {
  const parts: ListingParts = {
    header: ['Kamervraag 2023Z12345', '', 'Een titel', '', 'Ingediend 2 mei 2023', 'Indiener Jan Jansen (VVD)'],
    blocks: [' • Vraag 1', '  Wat is er aan de hand?', '', ' • Vraag 2', '  En verder?'],
    footer: ['', '', 'Kamervraag document nummer: kv-tk-2023Z12345', 'Volledige titel: Een titel'],
    ...overrides,
  };
  return [...parts.header, ...parts.blocks, ...parts.footer].join('\n');
}

interface PageParts {
  kind: string;
  meta: string[];
  questioners: string;
  answer: string | null;
  body: string[];
}

function page(overrides: Partial<PageParts> = {}): string {
  const parts: PageParts = {
    kind: 'Antwoord schriftelijke vragen',
    meta: ['Nummer: 2023D40000, datum: 2023-06-01, bijgewerkt: 2024-01-01 10:00, versie: 2', '', 'Onderdeel van zaak 2023Z12345:'],
    questioners: 'Vragen van het lid Jansen (VVD) aan de Minister van Financiën over iets (ingezonden 2 mei 2023).',
    answer: 'Antwoord van Minister Kaag (Financiën) (ontvangen 1 juni 2023).',
    body: ['Vraag 1', '', 'Wat is er aan de hand?', '', 'Antwoord 1', '', 'Niets.'],
    ...overrides,
  };
  return [
    '[overzicht] [activiteiten]',
    '',
    'Antwoord op vragen van het lid Jansen over iets',
    '',
    parts.kind,
    '',
    ...parts.meta,
    '',
    parts.questioners,
    '',
    ...(parts.answer === null ? [] : [parts.answer, '']),
    ...parts.body,
  ].join('\n');
}

describe('listing variants', () => {
  it('an unanswered set keeps every paragraph of a block as the question, and says so', () => {
    const doc = parseDocument(listing({ blocks: [' • Vraag 1', '  Eerste alinea?', '', '  Tweede alinea?'] }));
    expect(doc.questions).toEqual([{ number: 1, text: 'Eerste alinea?\nTweede alinea?', answer: null }]);
    expect(doc.warnings).toEqual(['line 7: question 1 has several paragraphs in an unanswered set; all are kept as the question']);
  });

  it('an answered set without an answer to one question warns about it', () => {
    const header = ['Kamervraag 2023Z12345', '', 'Een titel', '', 'Ingediend 2 mei 2023', 'Beantwoord 1 juni 2023 (na 30 dagen)'];
    const doc = parseDocument(listing({ header, blocks: [' • Vraag 1', '  Vraag?', '', '  Antwoord.', '', ' • Vraag 2', '  Nog een vraag?'] }));
    expect(doc.answeredOn).toBe('2023-06-01');
    expect(doc.questions.map((q) => q.answer)).toEqual(['Antwoord.', null]);
    expect(doc.warnings).toEqual(['line 12: question 2 has no answer although the set is answered']);
  });

  it('a title that starts like a field is still the title', () => {
    const header = ['Kamervraag 2023Z12345', '', 'Beantwoord de minister ooit nog iets?', '', 'Ingediend 2 mei 2023'];
    expect(parseDocument(listing({ header })).title).toBe('Beantwoord de minister ooit nog iets?');
  });

  it('without the "Kamervraag" line the zaak comes from the footer id, the title from "Volledige titel"', () => {
    const doc = parseDocument(listing({ header: ['Ingediend 2 mei 2023'] }));
    expect(doc).toMatchObject({ zaak: '2023Z12345', title: 'Een titel', documents: { question: 'kv-tk-2023Z12345' } });
  });

  it('a second document glued after the first is ignored, with a warning', () => {
    const doc = parseDocument(`${listing()}\n${listing({ header: ['Kamervraag 2024Z99999', '', 'Ander'] })}`);
    expect(doc.zaak).toBe('2023Z12345');
    expect(doc.warnings).toEqual(['line 16: a second document starts here; only the first one was read']);
  });

  it('"Vraag 2 t/m 4" covers three numbers', () => {
    const doc = parseDocument(listing({ blocks: [' • Vraag 1', '  A?', ' • Vraag 2 t/m 4', '  B?'] }));
    expect(doc.questions.map((q) => [q.number, q.text])).toEqual([
      [1, 'A?'],
      [2, 'B?'],
      [3, 'B?'],
      [4, 'B?'],
    ]);
  });
});

describe('page variants', () => {
  it('reads a minimal answer page', () => {
    expect(parseDocument(page())).toMatchObject({
      format: 'page',
      zaak: '2023Z12345',
      documents: { question: 'kv-tk-2023Z12345', answer: null, number: '2023D40000' },
      title: 'Antwoord op vragen van het lid Jansen over iets',
      submittedOn: '2023-05-02',
      answeredOn: '2023-06-01',
      submitters: [{ name: 'Jansen', party: 'VVD' }],
      answeredBy: [{ name: 'Kaag', role: 'minister van Financiën', party: null }],
      addressedTo: ['minister van Financiën'],
      questions: [{ number: 1, text: 'Wat is er aan de hand?', answer: 'Niets.' }],
      warnings: [],
    });
  });

  it('a notice page keeps its own document number out of documents, and dates the deferral', () => {
    const doc = parseDocument(
      page({
        kind: 'Mededeling',
        answer: 'Mededeling van Minister Kaag (Financiën) (ontvangen 22 mei 2023).',
        body: ['Vraag 1', '', 'Wat is er aan de hand?', '', 'Mededeling', '', 'Met het oog op een zorgvuldige beantwoording is meer tijd nodig.'],
      }),
    );
    expect(doc).toMatchObject({ answeredOn: null, answeredBy: [], documents: { answer: null, number: null } });
    expect(doc.deferrals).toEqual([
      { date: '2023-05-22', text: 'Met het oog op een zorgvuldige beantwoording is meer tijd nodig.', reason: 'zorgvuldige beantwoording' },
    ]);
    expect(doc.questions[0].answer).toBeNull();
  });

  it('an answer page without its "Antwoord van" line is dated by the page, with a warning', () => {
    const doc = parseDocument(page({ answer: null }));
    expect(doc.answeredOn).toBe('2023-06-01');
    expect(doc.answeredBy).toEqual([]);
    expect(doc.warnings).toEqual([expect.stringMatching(/^no "Antwoord van/)]);
  });

  it('answers are matched to questions by number, whatever their order', () => {
    const doc = parseDocument(page({ body: ['Vraag 1', '', 'Een?', '', 'Vraag 2', '', 'Twee?', '', 'Antwoord 2', '', 'B.', '', 'Antwoord 1', '', 'A.'] }));
    expect(doc.questions.map((q) => q.answer)).toEqual(['A.', 'B.']);
  });

  it('a question without an answer in an answer page is flagged', () => {
    const doc = parseDocument(page({ body: ['Vraag 1', '', 'Een?', '', 'Antwoord 1', '', 'A.', '', 'Vraag 2', '', 'Twee?'] }));
    expect(doc.questions[1].answer).toBeNull();
    expect(doc.warnings).toEqual([expect.stringMatching(/question 2 has no answer: the document may be cut off$/)]);
  });

  it('an answerer named only by office is left out and reported', () => {
    const doc = parseDocument(page({ answer: 'Antwoord van de Minister van Financiën (ontvangen 1 juni 2023).' }));
    expect(doc.answeredBy).toEqual([]);
    expect(doc.warnings).toEqual([expect.stringContaining('"de Minister van Financiën" is not named')]);
  });

  it('a page without "Vragen van …" still parses, with unknown submitters and a warning', () => {
    const doc = parseDocument(page({ questioners: '' }));
    expect(doc.submittedOn).toBeNull();
    expect(doc.submitters).toEqual([]);
    expect(doc.warnings).toEqual(['no "Vragen van … (ingezonden …)" line: submitters and submission date are unknown']);
  });
});
