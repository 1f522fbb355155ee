import type { ParsedCommitment, ParsedDocument } from '#parsing';
import { newCommitmentRow } from '../commitment/new-commitment-row.js';
import { ministryFromRole } from '../ministry/ministry-from-role.util.js';
import { ministerLabel } from '../question-set/minister-label.util.js';
import { noOfficialRows } from '../sync/official-change-set.js';
import { shortHash } from './content-hash.util.js';
import type { NewCommitment, QuestionSetChanges, SetFields, StoredQuestionSet } from './question-set-changes.js';

// A pure function of (what is stored, the parsed document, the context): no database, no framework, no clock.
// The repository loads the facts before it and applies the change set after it (QuestionSetWriteRepository).

export interface MergeContext {
  key: string;
  now: string;
  /** The date commitments in this document were made. */
  madeOn: string | null;
  /** The policy's implied due date for a commitment with no stated date. */
  impliedDue: (madeOn: string) => string;
  /** Fields another source owns for this set: the stored value stays whatever the document says (the text sync's dates). */
  storedWins?: readonly (keyof SetFields)[];
}

/** Decides what one parsed document changes in its set (a new set when nothing is stored). */
export function mergeParsedDocument(stored: StoredQuestionSet | null, parsed: ParsedDocument, ctx: MergeContext): QuestionSetChanges {
  const who = responsible(parsed);
  const fields = mergedFields(stored, parsed, who);
  const set: QuestionSetChanges['set'] = stored
    ? { kind: 'update', row: stored.row, patch: differingFields(stored, fields, ctx.storedWins ?? []), updatedAt: ctx.now }
    : { kind: 'insert', values: { ...fields, key: ctx.key, createdAt: ctx.now, updatedAt: ctx.now } };
  const questions = mergeQuestions(stored, parsed);
  const topics = newTopics(stored, parsed);
  const deferrals = newDeferrals(stored, parsed);
  const commitments = newCommitments(stored, parsed, ctx);
  return {
    set,
    responsibleMinistrySlug: who.ministrySlug,
    submitters: { linkedIds: stored?.submitterIds ?? new Set(), named: parsed.submitters.map(({ name, party }) => ({ name, party })) },
    removedSubmitters: [],
    answerers: {
      linkedIds: stored?.answererIds ?? new Set(),
      named: parsed.answeredBy.map(({ name, party, role }) => ({ name, party, role, ministrySlug: ministryFromRole(role)?.slug ?? null })),
    },
    addressees: newAddressees(stored, parsed),
    replaceAddressees: false,
    topics,
    newQuestions: questions.added,
    answers: questions.answers,
    deferrals,
    removedDeferralKeys: [],
    commitments,
    official: noOfficialRows(),
    counts: {
      fields: set.kind === 'update' ? Object.keys(set.patch).length : 0,
      questions: questions.added.length,
      answers: questions.answered,
      deferrals: deferrals.length,
      topics: topics.length,
      commitments: commitments.length,
    },
  };
}

interface Responsible {
  label: string | null;
  ministrySlug: string | null;
  fromAnswer: boolean;
}

/** Who the set is grouped under: the first answerer with a role, else the first minister it was addressed to. */
function responsible(parsed: ParsedDocument): Responsible {
  const answerer = parsed.answeredBy.find((a) => a.role) ?? parsed.answeredBy[0];
  if (answerer) return { label: ministerLabel(answerer.role, answerer.name), ministrySlug: ministryFromRole(answerer.role)?.slug ?? null, fromAnswer: true };
  const addressee = parsed.addressedTo[0];
  if (addressee) return { label: ministerLabel(addressee, null), ministrySlug: ministryFromRole(addressee)?.slug ?? null, fromAnswer: false };
  return { label: null, ministrySlug: null, fromAnswer: false };
}

/** The set's fields as this document would have them, given what is stored: fill gaps, never erase. */
function mergedFields(stored: StoredQuestionSet | null, parsed: ParsedDocument, who: Responsible): SetFields {
  const row = stored?.row;
  const listingTitle = parsed.format === 'listing' && parsed.title !== null;
  const takeTitle = !row?.title || (listingTitle && row.titleSource !== 'listing');
  const takeResponsible = !row?.ministerLabel || (who.fromAnswer && who.label !== null);
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
    // Every catalogue slug has a ministry row, so "a slug" here is "a ministry id" once applied.
    ministrySlug: takeResponsible && who.ministrySlug !== null ? who.ministrySlug : (stored?.ministrySlug ?? who.ministrySlug),
    ministerLabel: takeResponsible ? (who.label ?? row?.ministerLabel ?? null) : row.ministerLabel,
  };
}

function differingFields(stored: StoredQuestionSet, fields: SetFields, storedWins: readonly (keyof SetFields)[]): Partial<SetFields> {
  const current: SetFields = { ...stored.row, ministrySlug: stored.ministrySlug };
  const patch: Partial<SetFields> = {};
  for (const [name, value] of Object.entries(fields) as [keyof SetFields, never][]) {
    if (current[name] !== value && !storedWins.includes(name)) patch[name] = value;
  }
  return patch;
}

/** Addressees are one per role; the new ones follow those stored. */
function newAddressees(stored: StoredQuestionSet | null, parsed: ParsedDocument): QuestionSetChanges['addressees'] {
  const roles = new Set(stored?.addresseeRoles);
  const added: QuestionSetChanges['addressees'] = [];
  for (const role of parsed.addressedTo) {
    if (roles.has(role)) continue;
    added.push({ role, ministrySlug: ministryFromRole(role)?.slug ?? null, position: roles.size });
    roles.add(role);
  }
  return added;
}

function newTopics(stored: StoredQuestionSet | null, parsed: ParsedDocument): string[] {
  const topics = new Set(stored?.topics);
  return parsed.topics.filter((topic) => !topics.has(topic) && topics.add(topic));
}

/** New questions are added; an answer fills a question stored without one; a differing text never overwrites. */
function mergeQuestions(
  stored: StoredQuestionSet | null,
  parsed: ParsedDocument,
): { added: QuestionSetChanges['newQuestions']; answers: QuestionSetChanges['answers']; answered: number } {
  // A question added by this document has no id yet (null).
  const known = new Map<number, { id: number | null; answer: string | null }>(stored?.questions);
  const added: QuestionSetChanges['newQuestions'] = [];
  const answers: QuestionSetChanges['answers'] = [];
  let answered = 0;
  for (const question of parsed.questions) {
    const found = known.get(question.number);
    if (!found) {
      added.push({ number: question.number, text: question.text, answer: question.answer });
      known.set(question.number, { id: null, answer: question.answer });
    } else if (found.answer === null && question.answer !== null) {
      // A number repeated in one document counts as answered but writes nothing: its row is the one being added.
      if (found.id !== null) answers.push({ id: found.id, answer: question.answer });
      answered += 1;
    }
  }
  return { added, answers, answered };
}

/** The same notice arrives in several documents: its date (or, undated, its text) identifies it. */
function newDeferrals(stored: StoredQuestionSet | null, parsed: ParsedDocument): QuestionSetChanges['deferrals'] {
  const keys = new Set(stored?.deferralKeys);
  const added: QuestionSetChanges['deferrals'] = [];
  for (const deferral of parsed.deferrals) {
    const dedupeKey = deferral.date ?? `text-${shortHash(deferral.text)}`;
    if (keys.has(dedupeKey)) continue;
    added.push({ date: deferral.date, text: deferral.text, reason: deferral.reason, dedupeKey });
    keys.add(dedupeKey);
  }
  return added;
}

function newCommitments(stored: StoredQuestionSet | null, parsed: ParsedDocument, ctx: MergeContext): NewCommitment[] {
  const seen = new Set<string>();
  const added: NewCommitment[] = [];
  for (const commitment of parsed.commitments) {
    // Keyed on the sentence, so a re-import finds the same row and a person's review of it is never overwritten.
    const keyInSet = `${commitment.questionNumber}:${shortHash(commitment.text.replace(/\s+/g, ' ').trim())}`;
    if (seen.has(keyInSet) || stored?.extractionKeys.has(`${stored.row.id}:${keyInSet}`)) continue;
    added.push({ row: extractedCommitmentRow(commitment, ctx), keyInSet });
    seen.add(keyInSet);
  }
  return added;
}

function extractedCommitmentRow(commitment: ParsedCommitment, ctx: MergeContext): NewCommitment['row'] {
  return newCommitmentRow(
    {
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
    },
    ctx.now,
  );
}
