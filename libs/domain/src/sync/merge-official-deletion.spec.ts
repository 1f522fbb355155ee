import { describe, expect, it } from '@jest/globals';
import type { QuestionSetChanges, SetFields, StoredOfficialPeople } from '../import/question-set-changes.js';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';
import { mergeOfficialDeletion } from './merge-official-deletion.js';
import type { OfficialActorFacts } from './official-facts.js';
import type { QuestionSetDocumentEntity } from './sync.entities.js';

// What a deletion placeholder takes out, decided without a database.

const NOW = '2024-12-01T09:00:00.000Z';
const placeholder = { apiId: 'gone-1', apiChangedAt: '2024-12-01T10:00:00+01:00' };

const row = (over: Partial<QuestionSetEntity> = {}): QuestionSetEntity => ({
  id: 7,
  key: '2024Z00002',
  zaak: '2024Z00002',
  title: 'Vragen',
  titleSource: 'official',
  questionDocumentId: 'kv-tk-2024Z00002',
  answerDocumentId: null,
  documentNumber: '2024D00001',
  submittedOn: '2024-10-03',
  answeredOn: '2024-10-20',
  withdrawnOn: null,
  officialTerm: null,
  ministryId: 3,
  ministerLabel: 'Minister van Buitenlandse Zaken',
  createdAt: '2024-10-04T00:00:00.000Z',
  updatedAt: '2024-10-04T00:00:00.000Z',
  ...over,
});

const doc = (over: Partial<QuestionSetDocumentEntity>): QuestionSetDocumentEntity => ({
  id: 1,
  questionSetId: 7,
  documentNumber: '2024D00001',
  role: 'answer',
  date: '2024-10-20',
  subject: null,
  apiId: 'gone-1',
  contentType: null,
  textState: null,
  textError: null,
  textAttempts: 0,
  textCheckedAt: null,
  ...over,
});

const actor = (apiId: string, relation: string, over: Partial<OfficialActorFacts> = {}): OfficialActorFacts => ({
  apiId,
  relation,
  name: null,
  party: null,
  function: null,
  ...over,
});

function updateOf(changes: QuestionSetChanges): { patch: Partial<SetFields>; updatedAt: string | null } {
  if (changes.set.kind !== 'update') throw new Error(`expected an update, got ${changes.set.kind}`);
  return { patch: changes.set.patch, updatedAt: changes.set.updatedAt };
}

describe('mergeOfficialDeletion', () => {
  it('changes nothing for a record never stored, and for a toezegging', () => {
    expect(mergeOfficialDeletion({ entity: 'Zaak', zaak: null }, placeholder, NOW)).toEqual([]);
    expect(mergeOfficialDeletion({ entity: 'ZaakActor', actor: null, set: null }, placeholder, NOW)).toEqual([]);
    expect(mergeOfficialDeletion({ entity: 'Document', rows: [], sets: new Map() }, placeholder, NOW)).toEqual([]);
    expect(mergeOfficialDeletion({ entity: 'Toezegging' }, placeholder, NOW)).toEqual([]);
  });

  it('removes a set known only from the open data with its zaak, and audits it', () => {
    const zaak = { zaak: '2024Z00002', set: row(), importedTexts: 0, actorIds: ['a1'], documentIds: [1] };
    const [changes] = mergeOfficialDeletion({ entity: 'Zaak', zaak }, placeholder, NOW);
    expect(changes.set).toEqual({ kind: 'delete', row: row() });
    expect(changes.official.deletions).toEqual([
      { entity: 'Zaak', apiId: 'gone-1', apiChangedAt: placeholder.apiChangedAt, description: 'zaak 2024Z00002: question set removed', seenAt: NOW },
    ]);
  });

  it('keeps a set fed by imported texts and takes out only the official rows', () => {
    const zaak = { zaak: '2024Z00002', set: row(), importedTexts: 2, actorIds: ['a1', 'a2'], documentIds: [1, 4] };
    const [changes] = mergeOfficialDeletion({ entity: 'Zaak', zaak }, placeholder, NOW);
    expect(updateOf(changes)).toEqual({ patch: {}, updatedAt: null });
    expect(changes.official).toMatchObject({ removedZaakLinks: ['gone-1'], removedActorIds: ['a1', 'a2'], removedDocumentIds: [1, 4] });
    expect(changes.official.deletions[0].description).toBe('zaak 2024Z00002: official records removed; the set stays for its 2 imported text(s)');
  });

  it('takes a deleted addressee out of the set and groups it under the one that remains', () => {
    const bz = actor('gone-1', 'Gericht aan', { function: 'minister van Buitenlandse Zaken' });
    const fin = actor('a-fin', 'Gericht aan', { function: 'minister van Financiën' });
    const submitter = actor('a-postma', 'Indiener', { name: 'Postma', party: 'NSC' });
    const set: StoredOfficialPeople = {
      row: row(),
      ministrySlug: 'bz',
      actors: [submitter, bz, fin],
      submitterIds: new Set([11]),
      answered: false,
      addressees: [
        { role: 'minister van Buitenlandse Zaken', ministrySlug: 'bz', position: 0 },
        { role: 'minister van Financiën', ministrySlug: 'fin', position: 1 },
      ],
    };
    const [changes] = mergeOfficialDeletion({ entity: 'ZaakActor', actor: bz, set }, placeholder, NOW);
    expect(changes.official.removedActorIds).toEqual(['gone-1']);
    expect(changes.addressees).toEqual([{ role: 'minister van Financiën', ministrySlug: 'fin', position: 0 }]);
    expect(changes.replaceAddressees).toBe(true);
    expect(updateOf(changes)).toEqual({ patch: { ministerLabel: 'Minister van Financiën', ministrySlug: 'fin' }, updatedAt: null });
    expect(changes.official.deletions[0].description).toBe('Gericht aan minister van Buitenlandse Zaken of 2024Z00002');

    const [unlinked] = mergeOfficialDeletion({ entity: 'ZaakActor', actor: { ...submitter, apiId: 'gone-1' }, set }, placeholder, NOW);
    expect(unlinked.removedSubmitters).toEqual([{ name: 'Postma', party: 'NSC' }]);
  });

  it('recomputes the dates a withdrawn answer gave the set from the documents that remain', () => {
    const answer = doc({});
    const later = doc({ id: 2, documentNumber: '2024D00005', date: '2024-10-27', apiId: 'other' });
    const sets = new Map([[7, { row: row(), documents: [answer, later], deferralKeys: new Set<string>() }]]);
    const [changes] = mergeOfficialDeletion({ entity: 'Document', rows: [answer], sets }, placeholder, NOW);
    expect(updateOf(changes)).toEqual({ patch: { answeredOn: '2024-10-27', documentNumber: '2024D00005' }, updatedAt: NOW });
    expect(changes.official.removedDocumentIds).toEqual([1]);
    expect(changes.official.deletions[0].description).toBe('answer 2024D00001 of 2024-10-20 in 2024Z00002');
  });

  it('removes a deferral only when no other notice of that date remains', () => {
    const notice = doc({ role: 'deferral', date: '2024-10-18', documentNumber: '2024D00002' });
    const sameDay = doc({ id: 3, role: 'deferral', date: '2024-10-18', documentNumber: '2024D00003', apiId: 'other' });
    const alone = new Map([[7, { row: row(), documents: [notice], deferralKeys: new Set(['2024-10-18']) }]]);
    expect(mergeOfficialDeletion({ entity: 'Document', rows: [notice], sets: alone }, placeholder, NOW)[0].removedDeferralKeys).toEqual(['2024-10-18']);
    const both = new Map([[7, { row: row(), documents: [notice, sameDay], deferralKeys: new Set(['2024-10-18']) }]]);
    expect(mergeOfficialDeletion({ entity: 'Document', rows: [notice], sets: both }, placeholder, NOW)[0].removedDeferralKeys).toEqual([]);
  });
});
