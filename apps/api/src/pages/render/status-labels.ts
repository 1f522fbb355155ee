import type { AnswerStatus, CommitmentStatus } from '#domain';

/** A status as shown: a Dutch label (the text is the information; the colour only repeats it) and a CSS tone. */
export interface StatusTag {
  label: string;
  tone: 'good' | 'warn' | 'bad' | 'neutral' | 'info';
}

export const ANSWER_STATUS_TAGS: Record<AnswerStatus, StatusTag> = {
  answered_on_time: { label: 'Beantwoord op tijd', tone: 'good' },
  answered_in_extension: { label: 'Beantwoord na uitstel', tone: 'info' },
  answered_late: { label: 'Te laat beantwoord', tone: 'warn' },
  open: { label: 'Open', tone: 'neutral' },
  open_deferred: { label: 'Open (uitgesteld)', tone: 'neutral' },
  overdue: { label: 'Achterstallig', tone: 'bad' },
  overdue_deferred: { label: 'Achterstallig na uitstel', tone: 'bad' },
  withdrawn: { label: 'Ingetrokken', tone: 'neutral' },
};

export const NO_STATUS_TAG: StatusTag = { label: 'Onbekend (geen indieningsdatum)', tone: 'neutral' };

export function answerStatusTag(status: AnswerStatus | 'not_yet_submitted' | null): StatusTag {
  if (status === 'not_yet_submitted') return { label: 'Nog niet ingediend', tone: 'neutral' };
  return status ? ANSWER_STATUS_TAGS[status] : NO_STATUS_TAG;
}

export const COMMITMENT_STATUS_TAGS: Record<CommitmentStatus, StatusTag> = {
  open: { label: 'Open', tone: 'neutral' },
  overdue: { label: 'Over de datum', tone: 'bad' },
  fulfilled: { label: 'Nagekomen', tone: 'good' },
  withdrawn: { label: 'Ingetrokken', tone: 'neutral' },
};

export const STRENGTH_LABELS: Record<string, string> = { firm: 'Stevig (zal/zullen)', soft: 'Zacht (bezien/overwegen)' };

export const TIMELINE_LABELS = {
  submitted: 'Ingediend',
  deferral: 'Uitstelbericht',
  term: 'Termijn',
  extended_term: 'Verlengde termijn',
  answered: 'Beantwoord',
  withdrawn: 'Ingetrokken',
} as const;
