import type { ParsedCommitment, ParsedDocument } from '#parsing';
import { ministryFromRole } from '../ministry/ministry-from-role.util.js';
import { ministerLabel } from '../question-set/minister-label.util.js';
import type { QuestionSetWriteRepository, StoredQuestionSet } from '../question-set/question-set-write.repository.js';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';
import type { QuestionEntity } from '../question-set/question.entity.js';
import type { CommitmentEntity } from '../commitment/commitment.entity.js';
import type { DeferralEntity } from '../question-set/deferral.entity.js';
import type { QuestionSetAddresseeEntity, QuestionSetAnswererEntity, QuestionSetSubmitterEntity } from '../question-set/question-set-link.entities.js';
import { shortHash } from './content-hash.util.js';
import { newCommitmentRow } from '../commitment/new-commitment-row.js';

export interface MergeCounts {
  fields: number;
  questions: number;
  answers: number;
  deferrals: number;
  people: number;
  topics: number;
  commitments: number;
}

export interface MergeContext {
  key: string;
  now: string;
  /** The date commitments in this document were made. */
  madeOn: string | null;
  /** The policy's implied due date for a commitment with no stated date. */
  impliedDue: (madeOn: string) => string;
}

type SetFields = Omit<QuestionSetEntity, 'id' | 'key' | 'createdAt' | 'updatedAt'>;

/** Who the set is grouped under: the first answerer with a role, else the first minister it was addressed to. */
function responsible(parsed: ParsedDocument): { label: string | null; ministrySlug: string | null; fromAnswer: boolean } {
  const answerer = parsed.answeredBy.find((a) => a.role) ?? parsed.answeredBy[0];
  if (answerer) return { label: ministerLabel(answerer.role, answerer.name), ministrySlug: ministryFromRole(answerer.role)?.slug ?? null, fromAnswer: true };
  const addressee = parsed.addressedTo[0];
  if (addressee) return { label: ministerLabel(addressee, null), ministrySlug: ministryFromRole(addressee)?.slug ?? null, fromAnswer: false };
  return { label: null, ministrySlug: null, fromAnswer: false };
}

/** The set's fields as this document would have them, given what is stored: fill gaps, never erase. */
function mergedFields(row: QuestionSetEntity | null, parsed: ParsedDocument, ministryId: number | null, label: string | null, fromAnswer: boolean): SetFields {
  const listingTitle = parsed.format === 'listing' && parsed.title !== null;
  const takeTitle = !row?.title || (listingTitle && row.titleSource !== 'listing');
  const takeResponsible = !row?.ministerLabel || (fromAnswer && label !== null);
  return {
    zaak: row?.zaak ?? parsed.zaak,
    title: takeTitle ? (parsed.title ?? row?.title ?? null) : row.title,
    titleSource: takeTitle && parsed.title ? parsed.format : (row?.titleSource ?? null),
    questionDocumentId: row?.questionDocumentId ?? parsed.documents.question,
    answerDocumentId: row?.answerDocumentId ?? parsed.documents.answer,
    documentNumber: row?.documentNumber ?? parsed.documents.number,
    submittedOn: row?.submittedOn ?? parsed.submittedOn,
    answeredOn: row?.answeredOn ?? parsed.answeredOn,
    withdrawnOn: row?.withdrawnOn ?? null,
    officialTerm: row?.officialTerm ?? null,
    ministryId: takeResponsible && ministryId !== null ? ministryId : (row?.ministryId ?? ministryId),
    ministerLabel: takeResponsible ? (label ?? row?.ministerLabel ?? null) : row.ministerLabel,
  };
}

function differingFields(row: QuestionSetEntity, fields: SetFields): Partial<SetFields> {
  const patch: Partial<SetFields> = {};
  for (const [name, value] of Object.entries(fields) as [keyof SetFields, never][]) {
    if (row[name] !== value) patch[name] = value;
  }
  return patch;
}

/** Merges one parsed document into its set (creating the set when new). Returns what changed. */
export async function mergeParsedDocument(
  repo: QuestionSetWriteRepository,
  existingRow: QuestionSetEntity | null,
  parsed: ParsedDocument,
  ctx: MergeContext,
): Promise<{ set: QuestionSetEntity; created: boolean; counts: MergeCounts }> {
  const { set, stored, fieldsChanged } = await upsertSetRow(repo, existingRow, parsed, ctx);
  const questions = await mergeQuestions(repo, set, stored, parsed);
  const counts: MergeCounts = {
    fields: fieldsChanged,
    people: await mergePeople(repo, set, stored, parsed),
    topics: await mergeTopics(repo, set, stored, parsed),
    questions: questions.added,
    answers: questions.answered,
    deferrals: await mergeDeferrals(repo, set, stored, parsed),
    commitments: await mergeCommitments(repo, set, stored, parsed, ctx),
  };
  return { set, created: existingRow === null, counts };
}

/** Inserts the set, or updates the fields this document fills; returns what is stored of it to merge against. */
async function upsertSetRow(
  repo: QuestionSetWriteRepository,
  existingRow: QuestionSetEntity | null,
  parsed: ParsedDocument,
  ctx: MergeContext,
): Promise<{ set: QuestionSetEntity; stored: StoredQuestionSet; fieldsChanged: number }> {
  const who = responsible(parsed);
  const ministryId = await repo.ministryId(who.ministrySlug);
  const fields = mergedFields(existingRow, parsed, ministryId, who.label, who.fromAnswer);
  if (!existingRow) {
    const set = await repo.insertSet({ ...fields, key: ctx.key, createdAt: ctx.now, updatedAt: ctx.now });
    return { set, stored: emptyStoredSet(set), fieldsChanged: 0 };
  }
  const patch = differingFields(existingRow, fields);
  const fieldsChanged = Object.keys(patch).length;
  if (fieldsChanged > 0) await repo.updateSet(existingRow.id, { ...patch, updatedAt: ctx.now });
  return { set: { ...existingRow, ...patch }, stored: await repo.load(existingRow), fieldsChanged };
}

// The merge functions below add to `stored` what they write, so two names in one document that are one person
// (the same surname key), or a repeated topic, are written once.

async function mergePeople(repo: QuestionSetWriteRepository, set: QuestionSetEntity, stored: StoredQuestionSet, parsed: ParsedDocument): Promise<number> {
  // Collected first and written with one INSERT per table: the rows are the same as one INSERT each would write.
  const submitters: QuestionSetSubmitterEntity[] = [];
  for (const submitter of parsed.submitters) {
    const partyId = await repo.partyId(submitter.party);
    const personId = await repo.personId(submitter.name, partyId);
    if (stored.submitterIds.has(personId)) continue;
    submitters.push({ questionSetId: set.id, personId, position: stored.submitterIds.size, partyId });
    stored.submitterIds.add(personId);
  }
  const answerers: QuestionSetAnswererEntity[] = [];
  for (const answerer of parsed.answeredBy) {
    const partyId = await repo.partyId(answerer.party);
    const personId = await repo.personId(answerer.name, partyId);
    if (stored.answererIds.has(personId)) continue;
    const ministryId = await repo.ministryId(ministryFromRole(answerer.role)?.slug ?? null);
    answerers.push({ questionSetId: set.id, personId, position: stored.answererIds.size, role: answerer.role, ministryId, partyId });
    stored.answererIds.add(personId);
  }
  const addressees: QuestionSetAddresseeEntity[] = [];
  for (const role of parsed.addressedTo) {
    if (stored.addresseeRoles.has(role)) continue;
    addressees.push({
      questionSetId: set.id,
      role,
      ministryId: await repo.ministryId(ministryFromRole(role)?.slug ?? null),
      position: stored.addresseeRoles.size,
    });
    stored.addresseeRoles.add(role);
  }
  await repo.insertSubmitters(submitters);
  await repo.insertAnswerers(answerers);
  await repo.insertAddressees(addressees);
  return submitters.length + answerers.length + addressees.length;
}

async function mergeTopics(repo: QuestionSetWriteRepository, set: QuestionSetEntity, stored: StoredQuestionSet, parsed: ParsedDocument): Promise<number> {
  const newTopics = parsed.topics.filter((topic) => !stored.topics.has(topic) && stored.topics.add(topic));
  await repo.insertTopics(newTopics.map((topic) => ({ questionSetId: set.id, topic })));
  return newTopics.length;
}

/** New questions are added; an answer fills a question stored without one; a differing text never overwrites. */
async function mergeQuestions(
  repo: QuestionSetWriteRepository,
  set: QuestionSetEntity,
  stored: StoredQuestionSet,
  parsed: ParsedDocument,
): Promise<{ added: number; answered: number }> {
  const newQuestions: Omit<QuestionEntity, 'id'>[] = [];
  let answered = 0;
  for (const question of parsed.questions) {
    const known = stored.questions.get(question.number);
    if (!known) {
      newQuestions.push({ questionSetId: set.id, number: question.number, text: question.text, answer: question.answer });
      stored.questions.set(question.number, { id: -1, questionSetId: set.id, ...question });
    } else if (known.answer === null && question.answer !== null) {
      await repo.updateQuestion(known.id, { answer: question.answer });
      answered += 1;
    }
  }
  await repo.insertQuestions(newQuestions);
  return { added: newQuestions.length, answered };
}

/** The same notice arrives in several documents: its date (or, undated, its text) identifies it. */
async function mergeDeferrals(repo: QuestionSetWriteRepository, set: QuestionSetEntity, stored: StoredQuestionSet, parsed: ParsedDocument): Promise<number> {
  const newDeferrals: Omit<DeferralEntity, 'id'>[] = [];
  for (const deferral of parsed.deferrals) {
    const dedupeKey = deferral.date ?? `text-${shortHash(deferral.text)}`;
    if (stored.deferralKeys.has(dedupeKey)) continue;
    newDeferrals.push({ questionSetId: set.id, date: deferral.date, text: deferral.text, reason: deferral.reason, dedupeKey });
    stored.deferralKeys.add(dedupeKey);
  }
  await repo.insertDeferrals(newDeferrals);
  return newDeferrals.length;
}

async function mergeCommitments(
  repo: QuestionSetWriteRepository,
  set: QuestionSetEntity,
  stored: StoredQuestionSet,
  parsed: ParsedDocument,
  ctx: MergeContext,
): Promise<number> {
  const newCommitments: Omit<CommitmentEntity, 'id'>[] = [];
  for (const commitment of parsed.commitments) {
    // Keyed on the sentence, so a re-import finds the same row and a person's review of it is never overwritten.
    const extractionKey = `${set.id}:${commitment.questionNumber}:${shortHash(commitment.text.replace(/\s+/g, ' ').trim())}`;
    if (stored.extractionKeys.has(extractionKey)) continue;
    newCommitments.push(extractedCommitmentRow(set.id, commitment, extractionKey, ctx));
    stored.extractionKeys.add(extractionKey);
  }
  await repo.insertCommitments(newCommitments);
  return newCommitments.length;
}

function extractedCommitmentRow(questionSetId: number, commitment: ParsedCommitment, extractionKey: string, ctx: MergeContext): Omit<CommitmentEntity, 'id'> {
  return newCommitmentRow(
    {
      questionSetId,
      questionNumber: commitment.questionNumber,
      text: commitment.text,
      spanStart: commitment.span[0],
      spanEnd: commitment.span[1],
      actor: commitment.actor,
      action: commitment.action,
      dueText: commitment.dueText,
      // No stated date: the policy's horizon from the day it was made, marked as implied.
      dueDate: commitment.dueDate ?? (ctx.madeOn ? ctx.impliedDue(ctx.madeOn) : null),
      dueImplied: commitment.dueDate === null && ctx.madeOn !== null,
      strength: commitment.strength,
      origin: commitment.origin,
      confidence: commitment.confidence ?? null,
      construction: commitment.construction ?? null,
      madeOn: ctx.madeOn,
      reviewState: 'extracted',
      source: 'extracted',
      extractionKey,
    },
    ctx.now,
  );
}

function emptyStoredSet(row: QuestionSetEntity): StoredQuestionSet {
  return {
    row,
    questions: new Map(),
    deferralKeys: new Set(),
    submitterIds: new Set(),
    answererIds: new Set(),
    addresseeRoles: new Set(),
    topics: new Set(),
    extractionKeys: new Set(),
  };
}
