import type { CommitmentView } from '#domain';

export interface AnswerSegment {
  text: string;
  /** The commitment this stretch of the answer is, or null for plain text. */
  commitment: { id: number; label: string } | null;
}

/**
 * Splits an answer into plain stretches and the commitments found in it (by their character spans), so the page
 * can mark them without building HTML by hand. Spans that fall outside the answer or overlap an earlier one are
 * left unmarked; the commitment is still listed in the table below.
 */
export function answerSegments(answer: string, commitments: readonly CommitmentView[], labelOf: (c: CommitmentView) => string): AnswerSegment[] {
  const spans = commitments
    .filter((c) => c.span !== null && c.span[0] >= 0 && c.span[1] <= answer.length && c.span[0] < c.span[1])
    .sort((a, b) => a.span![0] - b.span![0]);
  const segments: AnswerSegment[] = [];
  let at = 0;
  for (const c of spans) {
    const [start, end] = c.span!;
    if (start < at) continue;
    if (start > at) segments.push({ text: answer.slice(at, start), commitment: null });
    segments.push({ text: answer.slice(start, end), commitment: { id: c.id, label: labelOf(c) } });
    at = end;
  }
  if (at < answer.length) segments.push({ text: answer.slice(at), commitment: null });
  return segments;
}
