import { InvalidInputError, type CommitmentChange } from '#domain';

export const REVIEW_ACTIONS = ['confirm', 'reject', 'correct', 'fulfil'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

function field(body: Record<string, unknown>, name: string): string | null {
  const value = body[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InvalidInputError(name, 'verwacht één tekstveld');
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A review form's fields as the change CommitmentService applies (the same as PATCH /commitments/:id takes). An
 * empty correction field leaves that field as it is; an empty note is no note.
 */
export function reviewChange(body: Record<string, unknown>): { action: ReviewAction; change: CommitmentChange } {
  const action = field(body, 'action');
  if (!action || !(REVIEW_ACTIONS as readonly string[]).includes(action))
    throw new InvalidInputError('action', `verwacht een van ${REVIEW_ACTIONS.join(', ')}`);
  const note = field(body, 'note');
  switch (action as ReviewAction) {
    case 'confirm':
      return { action: 'confirm', change: { review: 'confirm', note } };
    case 'reject':
      return { action: 'reject', change: { review: 'reject', note } };
    case 'correct': {
      const change: CommitmentChange = { note };
      const text = field(body, 'text');
      const dueDate = field(body, 'dueDate');
      const dueText = field(body, 'dueText');
      if (text !== null) change.text = text;
      if (dueDate !== null) change.dueDate = dueDate;
      if (dueText !== null) change.dueText = dueText;
      return { action: 'correct', change };
    }
    case 'fulfil':
      return { action: 'fulfil', change: { status: 'fulfilled', fulfilledBy: field(body, 'fulfilledBy'), on: field(body, 'on') ?? undefined, note } };
  }
}
