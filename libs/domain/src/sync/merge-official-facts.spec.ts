import { describe, expect, it } from '@jest/globals';
import type { CommitmentEntity } from '../commitment/commitment.entity.js';
import { newCommitmentRow } from '../commitment/new-commitment-row.js';
import type { QuestionSetChanges, SetFields, StoredOfficialDocuments, StoredOfficialPeople } from '../import/question-set-changes.js';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';
import {
  mergeOfficialActor,
  mergeOfficialDocument,
  mergeOfficialToezegging,
  mergeOfficialZaak,
  reassertOfficialPeople,
  type StoredZaak,
} from './merge-official-facts.js';
import type { OfficialActorFacts, OfficialDocumentFacts, OfficialToezeggingFacts, OfficialZaakFacts } from './official-facts.js';
import type { QuestionSetDocumentEntity } from './sync.entities.js';

// The open data's merges without a database: stored facts and one record in, a change set out.

const NOW = '2024-11-20T09:00:00.000Z';

const indiener = (over: Partial<OfficialActorFacts> = {}): OfficialActorFacts => ({
  apiId: 'a-postma',
  relation: 'Indiener',
  name: 'Postma',
  party: 'NSC',
  function: 'Tweede Kamerlid',
  ...over,
});
const addressee = (apiId: string, fn: string): OfficialActorFacts => ({ apiId, relation: 'Gericht aan', name: null, party: null, function: fn });
const FIN = addressee('a-fin', 'minister van Financiën');
const BZ = addressee('a-bz', 'minister van Buitenlandse Zaken');

function storedRow(over: Partial<QuestionSetEntity> = {}): QuestionSetEntity {
  return {
    id: 7,
    key: '2024Z00001',
    zaak: '2024Z00001',
    title: 'Vragen over de dijken',
    titleSource: 'official',
    questionDocumentId: 'kv-tk-2024Z00001',
    answerDocumentId: null,
    documentNumber: null,
    submittedOn: '2024-10-03',
    answeredOn: null,
    withdrawnOn: null,
    officialTerm: null,
    ministryId: 3,
    ministerLabel: 'Minister van Financiën',
    createdAt: '2024-10-04T00:00:00.000Z',
    updatedAt: '2024-10-04T00:00:00.000Z',
    ...over,
  };
}

/** A set stored from a zaak with an Indiener and one addressee, and what the sync derived from them. */
function storedPeople(over: Partial<StoredOfficialPeople> = {}): StoredOfficialPeople {
  return {
    row: storedRow(),
    ministrySlug: 'fin',
    actors: [indiener(), FIN],
    submitterIds: new Set([11]),
    answered: false,
    addressees: [{ role: 'minister van Financiën', ministrySlug: 'fin', position: 0 }],
    ...over,
  };
}

const zaakFacts = (over: Partial<OfficialZaakFacts> = {}): OfficialZaakFacts => ({
  apiId: 'zaak-1',
  zaak: '2024Z00001',
  title: 'Vragen over de dijken',
  submittedOn: '2024-10-03',
  officialTerm: null,
  actors: [indiener(), FIN],
  ...over,
});

const linked: StoredZaak['zaakLink'] = { zaak: '2024Z00001', questionSetId: 7 };

function patchOf(changes: QuestionSetChanges): { patch: Partial<SetFields>; updatedAt: string | null } {
  if (changes.set.kind !== 'update') throw new Error(`expected an update, got ${changes.set.kind}`);
  return { patch: changes.set.patch, updatedAt: changes.set.updatedAt };
}

function insertOf(changes: QuestionSetChanges): SetFields {
  if (changes.set.kind !== 'insert') throw new Error(`expected an insert, got ${changes.set.kind}`);
  return changes.set.values;
}

describe('mergeOfficialZaak', () => {
  it('makes a set of a new zaak with its link, actors, submitters in the Kamer order and every addressee, grouped under the first', () => {
    const kops = indiener({ apiId: 'a-kops', relation: 'Medeindiener', name: 'Kops', party: 'PVV' });
    const changes = mergeOfficialZaak({ set: null, zaakLink: null }, zaakFacts({ officialTerm: '2024-10-24', actors: [kops, FIN, indiener(), BZ] }), NOW);
    expect(insertOf(changes)).toMatchObject({
      key: '2024Z00001',
      questionDocumentId: 'kv-tk-2024Z00001',
      title: 'Vragen over de dijken',
      titleSource: 'official',
      officialTerm: '2024-10-24',
      ministerLabel: 'Minister van Buitenlandse Zaken',
      ministrySlug: 'bz',
      createdAt: NOW,
    });
    expect(changes.official.zaakLink).toEqual({ apiId: 'zaak-1', zaak: '2024Z00001' });
    expect(changes.official.actors).toHaveLength(4);
    expect(changes.submitters.named).toEqual([
      { name: 'Postma', party: 'NSC' },
      { name: 'Kops', party: 'PVV' },
    ]);
    expect(changes.replaceAddressees).toBe(true);
    expect(changes.addressees).toEqual([
      { role: 'minister van Buitenlandse Zaken', ministrySlug: 'bz', position: 0 },
      { role: 'minister van Financiën', ministrySlug: 'fin', position: 1 },
    ]);
    expect(changes.official.conflicts).toEqual([]);
  });

  it('changes nothing when the zaak is stored as read', () => {
    const changes = mergeOfficialZaak({ set: storedPeople(), zaakLink: linked }, zaakFacts(), NOW);
    expect(patchOf(changes)).toEqual({ patch: {}, updatedAt: null });
    expect(changes.official.zaakLink).toBeNull();
    expect(changes.official.actors).toEqual([]);
    expect(changes.submitters.named).toEqual([]);
    expect(changes.replaceAddressees).toBe(false);
  });

  it('lets the official title and date win, records what it replaced, and moves updatedAt', () => {
    const stored = storedPeople({ row: storedRow({ title: 'Titel uit de tekst', titleSource: 'page', submittedOn: null }) });
    const changes = mergeOfficialZaak({ set: stored, zaakLink: linked }, zaakFacts({ officialTerm: '2024-10-24' }), NOW);
    expect(patchOf(changes)).toEqual({
      patch: { title: 'Vragen over de dijken', titleSource: 'official', submittedOn: '2024-10-03', officialTerm: '2024-10-24' },
      updatedAt: NOW,
    });
    // A value filled where nothing was stored is no conflict.
    expect(changes.official.conflicts).toEqual([{ field: 'title', storedValue: 'Titel uit de tekst', officialValue: 'Vragen over de dijken', at: NOW }]);
  });

  it('points the zaak Id at the set when it pointed elsewhere or nowhere', () => {
    expect(mergeOfficialZaak({ set: storedPeople(), zaakLink: null }, zaakFacts(), NOW).official.zaakLink).toEqual({ apiId: 'zaak-1', zaak: '2024Z00001' });
    const elsewhere = { zaak: '2024Z00001', questionSetId: 99 };
    expect(mergeOfficialZaak({ set: storedPeople(), zaakLink: elsewhere }, zaakFacts(), NOW).official.zaakLink).not.toBeNull();
  });

  it('leaves the actors alone when the record did not carry them', () => {
    const changes = mergeOfficialZaak({ set: storedPeople(), zaakLink: linked }, zaakFacts({ actors: null }), NOW);
    expect(changes.official.removedActorIds).toEqual([]);
    expect(changes.removedSubmitters).toEqual([]);
  });

  it('takes out an actor no longer listed (its submitter unlinked) and writes the new and changed ones', () => {
    const kops = indiener({ apiId: 'a-kops', relation: 'Medeindiener', name: 'Kops', party: 'PVV' });
    const stored = storedPeople({ actors: [indiener(), kops, FIN] });
    const moved = addressee('a-fin', 'minister van Justitie en Veiligheid');
    const changes = mergeOfficialZaak({ set: stored, zaakLink: linked }, zaakFacts({ actors: [indiener(), moved] }), NOW);
    expect(changes.official.removedActorIds).toEqual(['a-kops']);
    expect(changes.removedSubmitters).toEqual([{ name: 'Kops', party: 'PVV' }]);
    expect(changes.official.actors).toEqual([moved]);
    expect(changes.submitters).toEqual({ linkedIds: new Set([11]), named: [{ name: 'Postma', party: 'NSC' }] });
    expect(changes.addressees).toEqual([{ role: 'minister van Justitie en Veiligheid', ministrySlug: 'jenv', position: 0 }]);
    // Regrouping under the first addressee does not move updatedAt (the official fields did not change).
    expect(patchOf(changes)).toEqual({ patch: { ministerLabel: 'Minister van Justitie en Veiligheid', ministrySlug: 'jenv' }, updatedAt: null });
  });

  it('keeps the addressees of the last step that had any when the zaak lists none any more', () => {
    // The earlier writer derived after each removal; the walk ends where its writes did.
    const stored = storedPeople({
      actors: [indiener(), BZ, FIN],
      addressees: [
        { role: 'minister van Buitenlandse Zaken', ministrySlug: 'bz', position: 0 },
        { role: 'minister van Financiën', ministrySlug: 'fin', position: 1 },
      ],
      ministrySlug: 'bz',
      row: storedRow({ ministerLabel: 'Minister van Buitenlandse Zaken' }),
    });
    const changes = mergeOfficialZaak({ set: stored, zaakLink: linked }, zaakFacts({ actors: [indiener()] }), NOW);
    expect(changes.official.removedActorIds).toEqual(['a-bz', 'a-fin']);
    expect(changes.addressees).toEqual([]);
    expect(changes.replaceAddressees).toBe(true);
    expect(patchOf(changes).patch).toEqual({ ministerLabel: 'Minister van Financiën', ministrySlug: 'fin' });
  });

  it('replaces the addressees but keeps the grouping of a set someone answered', () => {
    const changes = mergeOfficialZaak({ set: storedPeople({ answered: true }), zaakLink: linked }, zaakFacts({ actors: [indiener(), BZ] }), NOW);
    expect(changes.addressees).toEqual([{ role: 'minister van Buitenlandse Zaken', ministrySlug: 'bz', position: 0 }]);
    expect(patchOf(changes).patch).toEqual({});
  });
});

describe('mergeOfficialActor', () => {
  it('writes nothing for an actor stored as read, or whose zaak is no stored set', () => {
    expect(mergeOfficialActor(storedPeople(), { ...FIN, questionSetId: 7 }, FIN)).toBeNull();
    expect(mergeOfficialActor(null, null, FIN)).toBeNull();
  });

  it('adds a co-submitter after the stored ones', () => {
    const kops = indiener({ apiId: 'a-kops', relation: 'Medeindiener', name: 'Kops', party: 'PVV' });
    const changes = mergeOfficialActor(storedPeople(), null, kops)!;
    expect(changes.official.actors).toEqual([kops]);
    expect(changes.submitters.named).toEqual([
      { name: 'Postma', party: 'NSC' },
      { name: 'Kops', party: 'PVV' },
    ]);
    expect(changes.replaceAddressees).toBe(false);
  });

  it('moves an actor stored under another set to this one', () => {
    const changes = mergeOfficialActor(storedPeople(), { ...BZ, questionSetId: 99 }, BZ)!;
    expect(changes.official.actors).toEqual([BZ]);
    expect(changes.addressees.map((a) => a.role)).toEqual(['minister van Buitenlandse Zaken', 'minister van Financiën']);
  });
});

describe('reassertOfficialPeople', () => {
  it('puts the official addressees back after a text added its own, and links the official submitters', () => {
    const afterText = storedPeople({
      addressees: [
        { role: 'minister van Financiën', ministrySlug: 'fin', position: 0 },
        { role: 'minister van Defensie', ministrySlug: 'def', position: 1 },
      ],
    });
    const changes = reassertOfficialPeople(afterText);
    expect(changes.addressees).toEqual([{ role: 'minister van Financiën', ministrySlug: 'fin', position: 0 }]);
    expect(changes.replaceAddressees).toBe(true);
    expect(changes.submitters.named).toEqual([{ name: 'Postma', party: 'NSC' }]);
  });
});

const docRow = (over: Partial<QuestionSetDocumentEntity>): QuestionSetDocumentEntity => ({
  id: 1,
  questionSetId: 7,
  documentNumber: '2024D00001',
  role: 'answer',
  date: '2024-10-20',
  subject: 'x',
  apiId: 'doc-1',
  contentType: 'application/pdf',
  textState: 'pending',
  textError: null,
  textAttempts: 0,
  textCheckedAt: null,
  ...over,
});

const docFacts = (over: Partial<OfficialDocumentFacts> = {}): OfficialDocumentFacts => ({
  apiId: 'doc-1',
  documentNumber: '2024D00001',
  role: 'answer',
  date: '2024-10-20',
  subject: 'x',
  contentType: 'application/pdf',
  zaken: ['2024Z00001'],
  ...over,
});

const storedDocuments = (over: Partial<StoredOfficialDocuments> = {}): StoredOfficialDocuments => ({
  row: storedRow(),
  documents: [],
  deferralKeys: new Set(),
  ...over,
});

describe('mergeOfficialDocument', () => {
  it('makes a bare set for a zaak not yet read, with the answer’s date and number', () => {
    const changes = mergeOfficialDocument(null, '2024Z00009', docFacts(), NOW);
    expect(insertOf(changes)).toMatchObject({
      key: '2024Z00009',
      questionDocumentId: 'kv-tk-2024Z00009',
      answeredOn: '2024-10-20',
      documentNumber: '2024D00001',
    });
    expect(changes.official.documents).toEqual([
      {
        documentNumber: '2024D00001',
        role: 'answer',
        date: '2024-10-20',
        subject: 'x',
        apiId: 'doc-1',
        contentType: 'application/pdf',
        textState: 'pending',
        textError: null,
        textAttempts: 0,
        textCheckedAt: null,
      },
    ]);
  });

  it('answers on the earliest answer date, and records the parsed date it replaced', () => {
    const stored = storedDocuments({
      row: storedRow({ answeredOn: '2024-10-21', documentNumber: '2024D00002' }),
      documents: [docRow({ id: 2, documentNumber: '2024D00002', date: '2024-10-22' })],
    });
    const changes = mergeOfficialDocument(stored, '2024Z00001', docFacts(), NOW);
    expect(patchOf(changes)).toEqual({ patch: { answeredOn: '2024-10-20' }, updatedAt: NOW });
    expect(changes.official.conflicts).toEqual([{ field: 'answeredOn', storedValue: '2024-10-21', officialValue: '2024-10-20', at: NOW }]);
  });

  it('writes a known document only when it changed, and reads its file again when its type changed', () => {
    const stored = storedDocuments({
      row: storedRow({ answeredOn: '2024-10-20', documentNumber: '2024D00001' }),
      documents: [docRow({ textState: 'done', textAttempts: 1 })],
    });
    expect(mergeOfficialDocument(stored, '2024Z00001', docFacts(), NOW).official.documentUpdates).toEqual([]);
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(mergeOfficialDocument(stored, '2024Z00001', docFacts({ contentType: docx }), NOW).official.documentUpdates).toEqual([
      {
        id: 1,
        values: { role: 'answer', date: '2024-10-20', subject: 'x', apiId: 'doc-1', contentType: docx, textState: 'pending', textError: null, textAttempts: 0 },
      },
    ]);
    expect(mergeOfficialDocument(stored, '2024Z00001', docFacts({ subject: 'y' }), NOW).official.documentUpdates).toEqual([
      { id: 1, values: { role: 'answer', date: '2024-10-20', subject: 'y', apiId: 'doc-1', contentType: 'application/pdf' } },
    ]);
  });

  it('closes the set on a withdrawal notice and adds a deferral once per date', () => {
    const withdrawal = mergeOfficialDocument(storedDocuments(), '2024Z00001', docFacts({ role: 'withdrawal', date: '2024-10-25', contentType: null }), NOW);
    expect(patchOf(withdrawal).patch).toEqual({ withdrawnOn: '2024-10-25' });
    expect(withdrawal.official.documents[0].textState).toBeNull();
    const deferral = docFacts({ role: 'deferral', date: '2024-10-18', subject: null });
    expect(mergeOfficialDocument(storedDocuments(), '2024Z00001', deferral, NOW).deferrals).toEqual([
      { date: '2024-10-18', text: 'Mededeling (uitstel antwoord)', reason: 'other', dedupeKey: '2024-10-18' },
    ]);
    expect(mergeOfficialDocument(storedDocuments({ deferralKeys: new Set(['2024-10-18']) }), '2024Z00001', deferral, NOW).deferrals).toEqual([]);
  });
});

const toezegging = (over: Partial<OfficialToezeggingFacts> = {}): OfficialToezeggingFacts => ({
  number: 'TZ202411-001',
  text: 'De minister stuurt de Kamer voor de zomer een brief over de dijkversterking en de kosten daarvan.',
  actor: 'Jansen, minister',
  ministry: 'Financiën',
  officialStatus: 'Voldaan',
  lifecycle: 'fulfilled',
  dueDate: null,
  fulfilledBy: '2024D90001',
  fulfilledOn: '2024-10-02',
  madeOn: '2024-09-01',
  ...over,
});

const extracted = (over: Partial<CommitmentEntity> = {}): CommitmentEntity => ({
  id: 40,
  ...newCommitmentRow(
    {
      text: 'Ik stuur de Kamer voor de zomer een brief over de dijkversterking en de kosten daarvan.',
      strength: 'firm',
      source: 'extracted',
      reviewState: 'extracted',
      madeOn: '2024-09-01',
      dueDate: '2024-12-01',
      dueImplied: true,
    },
    '2024-09-02T00:00:00.000Z',
  ),
  ...over,
});

describe('mergeOfficialToezegging', () => {
  it('adds a toezegging nobody extracted as a confirmed official commitment, closed on its letter’s date', () => {
    const change = mergeOfficialToezegging({ byNumber: null, candidates: [] }, toezegging(), NOW);
    expect(change).toEqual({
      kind: 'insert',
      row: expect.objectContaining({
        officialNumber: 'TZ202411-001',
        status: 'fulfilled',
        closedOn: '2024-10-02',
        source: 'official',
        reviewState: 'confirmed',
        origin: 'toezeggingenregister',
        createdAt: NOW,
      }),
    });
  });

  it('links an extracted commitment it matches, keeping its text and implied date unless the register states one', () => {
    const change = mergeOfficialToezegging({ byNumber: null, candidates: [extracted()] }, toezegging({ dueDate: '2025-01-01' }), NOW);
    expect(change).toEqual({
      kind: 'update',
      id: 40,
      values: {
        officialNumber: 'TZ202411-001',
        officialStatus: 'Voldaan',
        status: 'fulfilled',
        fulfilledBy: '2024D90001',
        closedOn: '2024-10-02',
        updatedAt: NOW,
        dueDate: '2025-01-01',
        dueImplied: false,
      },
    });
    // A candidate already linked to another number is not taken twice.
    expect(mergeOfficialToezegging({ byNumber: null, candidates: [extracted({ officialNumber: 'TZ-X' })] }, toezegging(), NOW).kind).toBe('insert');
  });

  it('keeps the stored lifecycle for a status it does not know, and never closes an open one', () => {
    const byNumber = extracted({ status: 'withdrawn', officialNumber: 'TZ202411-001' });
    const change = mergeOfficialToezegging({ byNumber, candidates: [] }, toezegging({ officialStatus: 'In behandeling', lifecycle: null }), NOW);
    expect(change).toMatchObject({ kind: 'update', id: 40, values: { status: 'withdrawn', officialStatus: 'In behandeling' } });
    const open = mergeOfficialToezegging({ byNumber: null, candidates: [] }, toezegging({ officialStatus: 'Openstaand', lifecycle: 'open' }), NOW);
    expect(open).toMatchObject({ kind: 'insert', row: { status: 'open', closedOn: null } });
  });
});

describe('purity', () => {
  it('leaves the stored facts as they were', () => {
    const facts = storedPeople();
    mergeOfficialZaak({ set: facts, zaakLink: linked }, zaakFacts({ actors: [BZ] }), NOW);
    reassertOfficialPeople(facts);
    expect(facts).toEqual(storedPeople());
  });
});
