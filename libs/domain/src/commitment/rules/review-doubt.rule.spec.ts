import { describe, expect, it } from '@jest/globals';
import { compareByDoubt, type DoubtFacts } from './review-doubt.rule.js';

function c(id: number, overrides: Partial<DoubtFacts> = {}): DoubtFacts {
  return { id, reviewState: 'extracted', dueImplied: false, dueDate: '2025-01-01', strength: 'firm', actor: 'ik', ...overrides };
}

describe('compareByDoubt', () => {
  it('puts unreviewed extractions before corrected, confirmed and rejected ones', () => {
    const sorted = [c(1, { reviewState: 'confirmed' }), c(2, { reviewState: 'rejected' }), c(3), c(4, { reviewState: 'corrected' })].sort(compareByDoubt);
    expect(sorted.map((x) => x.id)).toEqual([3, 4, 1, 2]);
  });

  it('sorts by the extractor confidence, lowest first, an unknown one in the middle', () => {
    const sorted = [c(1, { confidence: 0.9 }), c(2, { confidence: null }), c(3, { confidence: 0.2 }), c(4)].sort(compareByDoubt);
    expect(sorted.map((x) => x.id)).toEqual([3, 2, 4, 1]);
  });

  it('without a confidence, a commitment with no named date, a soft promise or no actor comes first', () => {
    const sorted = [c(1), c(2, { strength: 'soft' }), c(3, { dueImplied: true }), c(4, { actor: null }), c(5, { dueImplied: true, strength: 'soft' })].sort(
      compareByDoubt,
    );
    expect(sorted.map((x) => x.id)).toEqual([5, 3, 2, 4, 1]);
  });
});
