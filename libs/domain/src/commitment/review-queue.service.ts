import type { CommitmentService } from './commitment.service.js';
import type { CommitmentView } from './commitment-view.js';
import { compareByDoubt } from './rules/review-doubt.rule.js';

export type ReviewScope = 'open' | 'all';

/**
 * The editors' review queue: extracted commitments, most doubtful first (see compareByDoubt). 'open' holds those no
 * person has confirmed or rejected yet (extracted, corrected); 'all' adds the reviewed ones, rejected included.
 */
export class ReviewQueueService {
  constructor(private readonly commitments: CommitmentService) {}

  async queue(asOf: string, scope: ReviewScope): Promise<CommitmentView[]> {
    const items = await this.commitments.list({
      asOf,
      reviewStates: scope === 'open' ? ['extracted', 'corrected'] : undefined,
      includeRejected: scope === 'all',
    });
    return items.sort(compareByDoubt);
  }
}
