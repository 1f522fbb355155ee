import type { CommitmentEntity } from '../commitment/commitment.entity.js';
import { newCommitmentRow } from '../commitment/new-commitment-row.js';
import type {
  OfficialConflict,
  QuestionSetChanges,
  RegisterCommitmentChange,
  StoredOfficialDocuments,
  StoredOfficialPeople,
} from '../import/question-set-changes.js';
import type { QuestionSetDocumentEntity } from './sync.entities.js';
import { currentField, newOfficialSet, storedSetChanges, writeField } from './official-change-set.js';
import type { OfficialActorFacts, OfficialDocumentFacts, OfficialToezeggingFacts, OfficialZaakFacts } from './official-facts.js';
import { OfficialPeopleWalk, orderedSubmitters, sameActor } from './merge-official-people.js';
import { TOEZEGGING_STATUS } from './odata-types.js';
import { textSimilarity } from './text-similarity.util.js';

// Pure functions of (what is stored, one record of the open data, the time) to a change set: no database, no
// framework, no clock. OfficialRecordWriter loads the facts before and QuestionSetWriteRepository applies the change
// set after. One question set per zaak whichever source came first; where both give a value and they differ, the
// official value wins and the other is recorded as a conflict.

/** Extracted and official commitments this alike are one commitment: the official number is linked, no second row. */
export const OFFICIAL_MATCH_THRESHOLD = 0.7;

/** The register's status in termijnwacht's lifecycle (every value of ANCHORS §3.6); an unknown one stays open. */
export function lifecycleOfOfficialStatus(status: string | null): 'open' | 'fulfilled' | 'withdrawn' {
  return status === null ? 'open' : (TOEZEGGING_STATUS[status.trim().toLowerCase()] ?? 'open');
}

/** The file types whose text termijnwacht extracts (by the API's ContentType). */
export const READABLE_CONTENT_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

export function isReadableContentType(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return READABLE_CONTENT_TYPES.includes(type);
}

export interface StoredZaak {
  set: StoredOfficialPeople | null;
  /** The official_zaak row of the record's Id, wherever it points. */
  zaakLink: { zaak: string; questionSetId: number } | null;
}

/** A Zaak with (when expanded) its full list of actors: the set is made or updated, actors no longer listed go. */
export function mergeOfficialZaak(stored: StoredZaak, facts: OfficialZaakFacts, now: string): QuestionSetChanges {
  if (!stored.set) {
    const fields = { title: facts.title, titleSource: facts.title ? 'official' : null, submittedOn: facts.submittedOn, officialTerm: facts.officialTerm };
    const changes = newOfficialSet(facts.zaak, now, fields);
    changes.official.zaakLink = { apiId: facts.apiId, zaak: facts.zaak };
    if (facts.actors && facts.actors.length > 0) {
      changes.official.actors = facts.actors;
      const walk = new OfficialPeopleWalk(nothingStored(changes));
      walk.derive(facts.actors);
      applyPeopleWalk(changes, walk, facts.actors, new Set());
    }
    return changes;
  }
  const set = stored.set;
  const changes = storedSetChanges(set.row);
  const link = stored.zaakLink;
  if (!link || link.questionSetId !== set.row.id || link.zaak !== facts.zaak) changes.official.zaakLink = { apiId: facts.apiId, zaak: facts.zaak };
  officialWins(changes, 'title', facts.title, now);
  officialWins(changes, 'submittedOn', facts.submittedOn, now);
  if (facts.officialTerm !== set.row.officialTerm) writeField(changes, 'officialTerm', facts.officialTerm, now);
  if (facts.actors) replaceActors(changes, set, facts.actors);
  return changes;
}

/**
 * The zaak's actors become the listed ones. Each actor no longer listed is taken out as one step of the walk (its
 * submitter and addressee go, the rest is derived again), then the new and changed ones are written and the whole is
 * derived once more; nothing changes when every actor is stored as listed. The addressees and grouping follow every
 * step (where the last step with addressees left them is observable); submitters are linked once, from the final
 * list, which differs from linking after each step only when two stored actors name one person.
 */
function replaceActors(changes: QuestionSetChanges, set: StoredOfficialPeople, actors: OfficialActorFacts[]): void {
  const listed = new Set(actors.map((a) => a.apiId));
  const gone = set.actors.filter((row) => !listed.has(row.apiId));
  const byId = new Map(set.actors.map((row) => [row.apiId, row]));
  const fresh = actors.filter((a) => !byId.has(a.apiId) || !sameActor(byId.get(a.apiId)!, a));
  if (gone.length === 0 && fresh.length === 0) return;
  const walk = new OfficialPeopleWalk(set);
  let remaining = set.actors;
  for (const row of gone) {
    remaining = remaining.filter((r) => r.apiId !== row.apiId);
    walk.remove(row);
    walk.derive(remaining);
  }
  const final = withActors(remaining, fresh);
  walk.derive(final);
  changes.official.actors = fresh;
  changes.official.removedActorIds = gone.map((row) => row.apiId);
  applyPeopleWalk(changes, walk, final, set.submitterIds);
}

/** A ZaakActor read on its own feed; null when it is stored as read (or its zaak is not a stored set): nothing to write. */
export function mergeOfficialActor(set: StoredOfficialPeople | null, storedActor: StoredActor | null, actor: OfficialActorFacts): QuestionSetChanges | null {
  if (!set) return null;
  if (storedActor && storedActor.questionSetId === set.row.id && sameActor(storedActor, actor)) return null;
  const changes = storedSetChanges(set.row);
  const final = withActors(set.actors, [actor]);
  const walk = new OfficialPeopleWalk(set);
  walk.derive(final);
  changes.official.actors = [actor];
  applyPeopleWalk(changes, walk, final, set.submitterIds);
  return changes;
}

export type StoredActor = OfficialActorFacts & { questionSetId: number };

/** After a parsed text merged its own names: the submitters and addressees go back to the official ones. */
export function reassertOfficialPeople(set: StoredOfficialPeople): QuestionSetChanges {
  const changes = storedSetChanges(set.row);
  const walk = new OfficialPeopleWalk(set);
  walk.derive(set.actors);
  applyPeopleWalk(changes, walk, set.actors, set.submitterIds);
  return changes;
}

/** A document in one of its zaken's sets (a bare set when the zaak has none yet); its dates become the set's. */
export function mergeOfficialDocument(stored: StoredOfficialDocuments | null, zaak: string, facts: OfficialDocumentFacts, now: string): QuestionSetChanges {
  const changes = stored ? storedSetChanges(stored.row) : newOfficialSet(zaak, now);
  const documents = stored?.documents ?? [];
  const textState = isReadableContentType(facts.contentType) ? 'pending' : null;
  const known = documents.find((d) => d.documentNumber === facts.documentNumber);
  const values = { role: facts.role, date: facts.date, subject: facts.subject, apiId: facts.apiId, contentType: facts.contentType };
  let after: Pick<QuestionSetDocumentEntity, 'role' | 'date'>[] = documents;
  if (!known) {
    changes.official.documents.push({ documentNumber: facts.documentNumber, ...values, textState, textError: null, textAttempts: 0, textCheckedAt: null });
    after = [...documents, values];
  } else if (Object.entries(values).some(([k, v]) => known[k as keyof typeof values] !== v)) {
    // A new file type is a new file: read it again.
    const reread = known.contentType !== facts.contentType ? { textState, textError: null, textAttempts: 0 } : {};
    changes.official.documentUpdates.push({ id: known.id, values: { ...values, ...reread } });
    after = documents.map((d) => (d.id === known.id ? { ...d, ...values } : d));
  }
  const documentNumber = currentField(changes, 'documentNumber');
  if (facts.role === 'answer') officialWins(changes, 'answeredOn', firstDateOf(after, 'answer'), now);
  if (facts.role === 'withdrawal' && facts.date) officialWins(changes, 'withdrawnOn', facts.date, now);
  if (facts.role === 'answer' && !documentNumber) writeField(changes, 'documentNumber', facts.documentNumber, now);
  if (facts.role === 'deferral' && facts.date && !stored?.deferralKeys.has(facts.date)) {
    changes.deferrals.push({ date: facts.date, text: facts.subject ?? 'Mededeling (uitstel antwoord)', reason: 'other', dedupeKey: facts.date });
  }
  return changes;
}

export interface StoredToezegging {
  /** The commitment already linked to this toezegging's number. */
  byNumber: CommitmentEntity | null;
  /** Extracted commitments not yet linked, loaded once per run (the writer marks the ones it links). */
  candidates: readonly CommitmentEntity[];
}

/** A toezegging of the register: written onto its commitment, or onto an extracted one it matches, or added. */
export function mergeOfficialToezegging(stored: StoredToezegging, facts: OfficialToezeggingFacts, now: string): RegisterCommitmentChange {
  const existing = stored.byNumber ?? bestMatch(facts, stored.candidates);
  // An unknown status is stored as-is (officialStatus) and reported by the sync; the lifecycle stays as it was.
  const lifecycle = facts.lifecycle ?? existing?.status ?? 'open';
  const official = {
    officialNumber: facts.number,
    officialStatus: facts.officialStatus,
    status: lifecycle,
    fulfilledBy: facts.fulfilledBy,
    // The fulfilling letter's date, or null when the API names none: never the day of the sync.
    closedOn: lifecycle === 'open' ? null : facts.fulfilledOn,
    updatedAt: now,
  };
  if (existing) {
    // The register's date wins when it states one; an extracted row keeps its own text and review.
    return { kind: 'update', id: existing.id, values: { ...official, ...(facts.dueDate ? { dueDate: facts.dueDate, dueImplied: false } : {}) } };
  }
  const fields = { text: facts.text, actor: facts.actor, dueDate: facts.dueDate, strength: 'firm', origin: 'toezeggingenregister', madeOn: facts.madeOn };
  return { kind: 'insert', row: newCommitmentRow({ ...fields, reviewState: 'confirmed', source: 'official', ministry: facts.ministry, ...official }, now) };
}

function bestMatch(facts: OfficialToezeggingFacts, candidates: readonly CommitmentEntity[]): CommitmentEntity | null {
  let best: CommitmentEntity | null = null;
  let bestScore = OFFICIAL_MATCH_THRESHOLD;
  for (const c of candidates) {
    if (c.officialNumber) continue;
    const score = textSimilarity(c.text, facts.text);
    if (score >= bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** Takes the official value; when a different value was stored, records it as a conflict. */
export function officialWins(changes: QuestionSetChanges, field: OfficialConflict['field'], official: string | null, now: string): void {
  const stored = currentField(changes, field);
  if (official === null || stored === official) return;
  if (stored !== null) changes.official.conflicts.push({ field, storedValue: stored, officialValue: official, at: now });
  writeField(changes, field, official, now);
  if (field === 'title') writeField(changes, 'titleSource', 'official', now);
}

/** The earliest date of a document of this role. */
export function firstDateOf(documents: readonly Pick<QuestionSetDocumentEntity, 'role' | 'date'>[], role: string): string | null {
  const dates = documents.flatMap((d) => (d.role === role && d.date ? [d.date] : []));
  return dates.length === 0 ? null : dates.reduce((a, b) => (b < a ? b : a));
}

/** The submitters the final actors name, the addressees and grouping where the walk ended. */
export function applyPeopleWalk(
  changes: QuestionSetChanges,
  walk: OfficialPeopleWalk,
  actors: readonly OfficialActorFacts[],
  linkedIds: ReadonlySet<number>,
): void {
  changes.submitters = { linkedIds, named: orderedSubmitters(actors) };
  changes.removedSubmitters = walk.removedSubmitters;
  const addressees = walk.changedAddressees();
  if (addressees) [changes.addressees, changes.replaceAddressees] = [addressees, true];
  for (const [field, value] of Object.entries(walk.groupingPatch()) as ['ministerLabel' | 'ministrySlug', string | null][]) {
    writeField(changes, field, value, null);
  }
}

/** The stored actors with the written ones in their place (a new one last, where the database adds it). */
export function withActors(stored: readonly OfficialActorFacts[], written: readonly OfficialActorFacts[]): OfficialActorFacts[] {
  const byId = new Map(written.map((a) => [a.apiId, a]));
  const kept = stored.map((row) => byId.get(row.apiId) ?? row);
  const storedIds = new Set(stored.map((row) => row.apiId));
  return [...kept, ...written.filter((a) => !storedIds.has(a.apiId))];
}

/** A set being made: nothing stored, so the walk starts from no addressees and no grouping. */
function nothingStored(changes: QuestionSetChanges & { set: { kind: 'insert' } }): StoredOfficialPeople {
  const row = { ...changes.set.values, id: 0, ministryId: null };
  return { row, ministrySlug: null, actors: [], submitterIds: new Set(), answered: false, addressees: [] };
}
