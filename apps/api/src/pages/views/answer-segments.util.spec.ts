import { describe, expect, it } from '@jest/globals';
import type { CommitmentView } from '#domain';
import { answerSegments } from './answer-segments.util.js';

function commitment(id: number, span: [number, number] | null): CommitmentView {
  return { id, span } as CommitmentView;
}

describe('answerSegments', () => {
  const answer = 'Ja. Ik zal de Kamer informeren. Verder niets.';

  it('marks the commitment by its span and keeps the text around it, so the parts join to the answer', () => {
    const segments = answerSegments(answer, [commitment(1, [4, 31])], () => 'toezegging');
    expect(segments.map((s) => [s.text, s.commitment?.id ?? null])).toEqual([
      ['Ja. ', null],
      ['Ik zal de Kamer informeren.', 1],
      [' Verder niets.', null],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(answer);
  });

  it('leaves spans outside the answer, overlapping ones and missing ones unmarked', () => {
    const segments = answerSegments(answer, [commitment(1, [4, 31]), commitment(2, [10, 40]), commitment(3, [40, 99]), commitment(4, null)], () => '');
    expect(segments.filter((s) => s.commitment).map((s) => s.commitment!.id)).toEqual([1]);
    expect(segments.map((s) => s.text).join('')).toBe(answer);
  });
});
