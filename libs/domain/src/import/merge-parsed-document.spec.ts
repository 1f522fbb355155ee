import type { ParsedCommitment, ParsedDocument } from '#parsing';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { mergeParsedDocument, type MergeContext } from './merge-parsed-document.js';
import type { QuestionSetChanges, SetFields, StoredQuestionSet } from './question-set-changes.js';

// The merge without a database: stored facts and a parsed document in, a change set out.

const ctx: MergeContext = { key: '2024Z00001', now: '2024-02-01T10:00:00.000Z', madeOn: '2024-02-01', impliedDue: () => '2024-05-01' };

function parsedDocument(overrides: Partial<ParsedDocument> = {}): ParsedDocument {
  return {
    format: 'page',
    zaak: '2024Z00001',
    documents: { question: '2024Z00001', answer: null, number: null },
    title: 'Vragen over de dijken',
    submittedOn: '2024-01-10',
    answeredOn: null,
    submitters: [{ name: 'Jansen', party: 'GL-PvdA' }],
    answeredBy: [],
    addressedTo: ['minister van Financiën'],
    topics: ['water'],
    questions: [{ number: 1, text: 'Kent u het bericht?', answer: null }],
    deferrals: [],
    commitments: [],
    warnings: [],
    ...overrides,
  };
}

function storedRow(overrides: Partial<QuestionSetEntity> = {}): QuestionSetEntity {
  return {
    id: 7,
    key: '2024Z00001',
    zaak: '2024Z00001',
    title: 'Vragen over de dijken',
    titleSource: 'page',
    questionDocumentId: '2024Z00001',
    answerDocumentId: null,
    documentNumber: null,
    submittedOn: '2024-01-10',
    answeredOn: null,
    withdrawnOn: null,
    officialTerm: null,
    ministryId: 3,
    ministerLabel: 'Minister van Financiën',
    createdAt: '2024-01-11T00:00:00.000Z',
    updatedAt: '2024-01-11T00:00:00.000Z',
    ...overrides,
  };
}

function stored(overrides: Partial<StoredQuestionSet> = {}): StoredQuestionSet {
  return {
    row: storedRow(),
    ministrySlug: 'fin',
    questions: new Map([[1, { id: 70, answer: null }]]),
    deferralKeys: new Set(),
    submitterIds: new Set([11]),
    answererIds: new Set(),
    addresseeRoles: new Set(['minister van Financiën']),
    topics: new Set(['water']),
    extractionKeys: new Set(),
    ...overrides,
  };
}

function commitment(overrides: Partial<ParsedCommitment> = {}): ParsedCommitment {
  return {
    questionNumber: 1,
    text: 'Ik zal uw Kamer  voor de zomer informeren.',
    span: [0, 42],
    actor: 'ik',
    action: 'informeren',
    dueText: null,
    due: { kind: 'none' },
    dueDate: null,
    strength: 'firm',
    origin: null,
    ...overrides,
  };
}

/** The fields an update writes (fails on an insert). */
function patchOf(changes: QuestionSetChanges): Partial<SetFields> {
  if (changes.set.kind !== 'update') throw new Error(`expected an update, got an ${changes.set.kind}`);
  return changes.set.patch;
}

const answered = parsedDocument({
  documents: { question: '2024Z00001', answer: 'ah-tk-20232024-900', number: '900' },
  answeredOn: '2024-01-30',
  answeredBy: [{ name: 'Van Dijk', role: 'minister van Financiën', party: null }],
  questions: [
    { number: 1, text: 'Kent u het bericht?', answer: 'Ja.' },
    { number: 2, text: 'Wat gaat u doen?', answer: 'Zie antwoord vraag 1' },
  ],
});

describe('mergeParsedDocument', () => {
  it('makes a new set from a document when nothing is stored, naming its ministry and people by key', () => {
    const changes = mergeParsedDocument(null, parsedDocument(), ctx);
    expect(changes.set).toEqual({
      kind: 'insert',
      values: expect.objectContaining({ key: '2024Z00001', zaak: '2024Z00001', titleSource: 'page', ministrySlug: 'fin', createdAt: ctx.now }),
    });
    expect(changes.responsibleMinistrySlug).toBe('fin');
    expect(changes.submitters).toEqual({ linkedIds: new Set(), named: [{ name: 'Jansen', party: 'GL-PvdA' }] });
    expect(changes.addressees).toEqual([{ role: 'minister van Financiën', ministrySlug: 'fin', position: 0 }]);
    expect(changes.newQuestions).toEqual([{ number: 1, text: 'Kent u het bericht?', answer: null }]);
    expect(changes.counts).toEqual({ fields: 0, questions: 1, answers: 0, deferrals: 0, topics: 1, commitments: 0 });
  });

  it('fills the gaps of a stored set and answers its open questions, without erasing or rewriting', () => {
    const changes = mergeParsedDocument(stored(), answered, ctx);
    expect(changes.set).toEqual({
      kind: 'update',
      row: storedRow(),
      patch: { answerDocumentId: 'ah-tk-20232024-900', documentNumber: '900', answeredOn: '2024-01-30', ministerLabel: 'Minister van Financiën (Van Dijk)' },
      updatedAt: ctx.now,
    });
    expect(changes.answers).toEqual([{ id: 70, answer: 'Ja.' }]);
    expect(changes.newQuestions).toEqual([{ number: 2, text: 'Wat gaat u doen?', answer: 'Zie antwoord vraag 1' }]);
    expect(changes.answerers.named).toEqual([{ name: 'Van Dijk', party: null, role: 'minister van Financiën', ministrySlug: 'fin' }]);
    expect(changes.addressees).toEqual([]);
    expect(changes.topics).toEqual([]);
    expect(changes.counts).toEqual({ fields: 4, questions: 1, answers: 1, deferrals: 0, topics: 0, commitments: 0 });
  });

  it('moves the set to the answering minister’s ministry, compared by slug', () => {
    const byAnswer = parsedDocument({ answeredBy: [{ name: 'Bakker', role: 'minister van Defensie', party: null }] });
    expect(patchOf(mergeParsedDocument(stored(), byAnswer, ctx))).toEqual({ ministrySlug: 'def', ministerLabel: 'Minister van Defensie (Bakker)' });
    // An addressee alone does not move a set that already has someone responsible (but its ministry is still named).
    const addressed = mergeParsedDocument(stored(), parsedDocument({ addressedTo: ['minister van Defensie'] }), ctx);
    expect(patchOf(addressed)).toEqual({});
    expect(addressed.responsibleMinistrySlug).toBe('def');
    // A set stored without a ministry takes the named one.
    const unplaced = stored({ row: storedRow({ ministryId: null }), ministrySlug: null });
    expect(patchOf(mergeParsedDocument(unplaced, parsedDocument({ addressedTo: ['minister van Defensie'] }), ctx))).toEqual({ ministrySlug: 'def' });
  });

  it('changes nothing when the stored set already holds everything the document says', () => {
    const changes = mergeParsedDocument(stored(), parsedDocument(), ctx);
    expect(patchOf(changes)).toEqual({});
    expect(changes.counts).toEqual({ fields: 0, questions: 0, answers: 0, deferrals: 0, topics: 0, commitments: 0 });
  });

  it('prefers a listing title over a page heading, and keeps a listing title against a later page', () => {
    const listing = parsedDocument({ format: 'listing', title: 'Vragen van het lid Jansen over de dijken' });
    expect(patchOf(mergeParsedDocument(stored(), listing, ctx))).toEqual({ title: 'Vragen van het lid Jansen over de dijken', titleSource: 'listing' });
    const page = parsedDocument({ title: 'Antwoord op vragen over de dijken' });
    expect(patchOf(mergeParsedDocument(stored({ row: storedRow({ titleSource: 'listing' }) }), page, ctx))).toEqual({});
  });

  it('leaves the fields another source owns as stored', () => {
    const changes = mergeParsedDocument(stored(), answered, { ...ctx, storedWins: ['submittedOn', 'answeredOn', 'withdrawnOn', 'officialTerm'] });
    expect(patchOf(changes)).toEqual({ answerDocumentId: 'ah-tk-20232024-900', documentNumber: '900', ministerLabel: 'Minister van Financiën (Van Dijk)' });
    expect(changes.counts.fields).toBe(3);
  });

  it('adds each deferral once, identified by its date or else its text', () => {
    const notice = { date: '2024-01-29', text: 'Uitstel.', reason: 'other' as const };
    const undated = { date: null, text: 'Later.', reason: 'other' as const };
    const changes = mergeParsedDocument(stored({ deferralKeys: new Set(['2024-01-29']) }), parsedDocument({ deferrals: [notice, undated, undated] }), ctx);
    expect(changes.deferrals).toEqual([{ date: null, text: 'Later.', reason: 'other', dedupeKey: expect.stringMatching(/^text-[0-9a-f]{16}$/) }]);
  });

  it('places new addressees and topics after the stored ones, each once', () => {
    const doc = parsedDocument({ addressedTo: ['minister van Financiën', 'minister van Defensie', 'minister van Defensie'], topics: ['water', 'zee', 'zee'] });
    const changes = mergeParsedDocument(stored(), doc, ctx);
    expect(changes.addressees).toEqual([{ role: 'minister van Defensie', ministrySlug: 'def', position: 1 }]);
    expect(changes.topics).toEqual(['zee']);
  });

  it('passes the stored links on, so the repository links each person once', () => {
    const changes = mergeParsedDocument(stored(), parsedDocument(), ctx);
    expect(changes.submitters.linkedIds).toEqual(new Set([11]));
  });

  it('keys commitments on their sentence, skips the stored ones and gives an undated one the implied due date', () => {
    const first = commitment();
    const sameSentence = commitment({ text: 'Ik zal uw Kamer voor de zomer informeren.' });
    const dated = commitment({ text: 'Ik stuur de brief voor 1 maart.', dueDate: '2024-03-01' });
    const fresh = mergeParsedDocument(null, parsedDocument({ commitments: [first, sameSentence, dated] }), ctx);
    expect(fresh.commitments).toHaveLength(2);
    expect(fresh.commitments[0]).toMatchObject({ keyInSet: expect.stringMatching(/^1:[0-9a-f]{16}$/), row: { dueDate: '2024-05-01', dueImplied: true } });
    expect(fresh.commitments[1].row).toMatchObject({ dueDate: '2024-03-01', dueImplied: false, source: 'extracted', reviewState: 'extracted' });

    const storedKey = `7:${fresh.commitments[0].keyInSet}`;
    const again = mergeParsedDocument(stored({ extractionKeys: new Set([storedKey]) }), parsedDocument({ commitments: [first, dated] }), ctx);
    expect(again.commitments.map((c) => c.keyInSet)).toEqual([fresh.commitments[1].keyInSet]);
  });

  it('counts an answer to a question repeated in the document without writing to a stored row', () => {
    const repeated = parsedDocument({
      questions: [
        { number: 3, text: 'Waarom?', answer: null },
        { number: 3, text: 'Waarom?', answer: 'Daarom.' },
      ],
    });
    const changes = mergeParsedDocument(stored(), repeated, ctx);
    expect(changes.answers).toEqual([]);
    expect(changes.counts).toMatchObject({ questions: 1, answers: 1 });
  });

  it('leaves the stored facts as they were', () => {
    const facts = stored();
    mergeParsedDocument(facts, parsedDocument({ addressedTo: ['minister van Defensie'], topics: ['zee'] }), ctx);
    expect(facts).toEqual(stored());
  });
});
