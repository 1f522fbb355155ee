import { describe, expect, it } from '@jest/globals';
import { tallyCommitments, type CommitmentRecord } from './commitments-kept.rule.js';

const record = (overrides: Partial<CommitmentRecord>): CommitmentRecord => ({
  lifecycle: 'open',
  closedOn: null,
  dueDate: '2024-06-30',
  madeOn: '2024-01-15',
  rejected: false,
  ...overrides,
});

describe('tallyCommitments', () => {
  it('sorts commitments as of a date into fulfilled in time or late, lapsed, withdrawn and open, with the median delay', () => {
    const kept = tallyCommitments(
      [
        record({ lifecycle: 'fulfilled', closedOn: '2024-06-30' }), // on the due date: in time, delay 0
        record({ lifecycle: 'fulfilled', closedOn: '2024-07-10' }), // 10 days late
        record({ lifecycle: 'fulfilled', closedOn: '2024-08-29' }), // 60 days late
        record({ lifecycle: 'fulfilled', closedOn: '2025-01-10' }), // fulfilled after the date: still lapsed then
        record({}), // past its due date, open: lapsed
        record({ dueDate: '2025-03-01' }), // not yet due: open
        record({ lifecycle: 'withdrawn', closedOn: '2024-05-01' }),
        record({ rejected: true }), // a clerk said it is no commitment
        record({ madeOn: '2025-02-01' }), // made after the date
      ],
      '2024-12-31',
    );
    expect(kept).toEqual({ made: 7, fulfilledInTime: 1, fulfilledLate: 2, lapsed: 2, withdrawn: 1, open: 1, medianDelayDays: 10 });
  });

  it('nothing made: zeros and no median', () => {
    expect(tallyCommitments([], '2024-12-31')).toEqual({
      made: 0,
      fulfilledInTime: 0,
      fulfilledLate: 0,
      lapsed: 0,
      withdrawn: 0,
      open: 0,
      medianDelayDays: null,
    });
  });
});
