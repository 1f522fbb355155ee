import { describe, expect, it } from '@jest/globals';
import { commitmentStatusAsOf, type CommitmentFacts } from './commitment-status.rule.js';

const open = (overrides: Partial<CommitmentFacts> = {}): CommitmentFacts => ({
  lifecycle: 'open',
  closedOn: null,
  dueDate: '2022-06-30',
  madeOn: '2022-02-28',
  ...overrides,
});

describe('commitmentStatusAsOf', () => {
  it('is open up to and including the due date, overdue the day after', () => {
    expect(commitmentStatusAsOf(open(), '2022-03-01')).toBe('open');
    expect(commitmentStatusAsOf(open(), '2022-06-30')).toBe('open');
    expect(commitmentStatusAsOf(open(), '2022-07-01')).toBe('overdue');
  });

  it('a commitment without a due date never becomes overdue', () => {
    expect(commitmentStatusAsOf(open({ dueDate: null }), '2030-01-01')).toBe('open');
  });

  it('counts a fulfilment only from the day it happened', () => {
    const fulfilled = open({ lifecycle: 'fulfilled', closedOn: '2022-08-15' });
    expect(commitmentStatusAsOf(fulfilled, '2022-07-10')).toBe('overdue');
    expect(commitmentStatusAsOf(fulfilled, '2022-08-15')).toBe('fulfilled');
    expect(commitmentStatusAsOf(open({ lifecycle: 'withdrawn', closedOn: '2022-05-01' }), '2022-05-02')).toBe('withdrawn');
  });

  it('a closed commitment with no closing date counts as closed at any date', () => {
    expect(commitmentStatusAsOf(open({ lifecycle: 'fulfilled', closedOn: null }), '2022-03-01')).toBe('fulfilled');
  });
});
