import { describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { statusAsOf } from './answer-status.rule.js';
import { factsOf } from './answer-term.factory.js';
import { evaluateAnswerTerm } from './evaluate-answer-term.rule.js';

// Submitted 2022-01-31: term 2022-02-21, extended term 2022-03-14.
const submittedOn = '2022-01-31';

describe('statusAsOf: every status', () => {
  it.each([
    ['open', factsOf({ submittedOn }), '2022-02-21'],
    ['open_deferred', factsOf({ submittedOn, deferralDates: ['2022-02-14'] }), '2022-03-14'],
    ['overdue', factsOf({ submittedOn }), '2022-02-22'],
    ['overdue_deferred', factsOf({ submittedOn, deferralDates: ['2022-02-14'] }), '2022-03-15'],
    ['answered_on_time', factsOf({ submittedOn, answeredOn: '2022-02-10' }), '2022-06-01'],
    ['answered_in_extension', factsOf({ submittedOn, answeredOn: '2022-03-01', deferralDates: ['2022-02-14'] }), '2022-06-01'],
    ['answered_late', factsOf({ submittedOn, answeredOn: '2022-03-01' }), '2022-06-01'],
    ['withdrawn', factsOf({ submittedOn, withdrawnOn: '2022-02-05' }), '2022-02-05'],
  ])('%s', (status, facts, asOf) => {
    expect(statusAsOf(facts, asOf, DEFAULT_POLICY)).toBe(status);
  });

  it('a deferral received before the term already makes the set open_deferred', () => {
    expect(statusAsOf(factsOf({ submittedOn, deferralDates: ['2022-02-14'] }), '2022-02-15', DEFAULT_POLICY)).toBe('open_deferred');
  });

  it('an answer on time stays on time even when a deferral was sent first', () => {
    const facts = factsOf({ submittedOn, deferralDates: ['2022-02-14'], answeredOn: '2022-02-20' });
    expect(statusAsOf(facts, '2022-06-01', DEFAULT_POLICY)).toBe('answered_on_time');
  });
});

describe('statusAsOf: only events dated on or before asOf count', () => {
  const answeredLate = factsOf({ submittedOn, answeredOn: '2022-03-01' });

  it('an answer dated after asOf does not count yet', () => {
    expect(statusAsOf(answeredLate, '2022-02-28', DEFAULT_POLICY)).toBe('overdue');
    expect(statusAsOf(answeredLate, '2022-02-10', DEFAULT_POLICY)).toBe('open');
    expect(statusAsOf(answeredLate, '2022-03-01', DEFAULT_POLICY)).toBe('answered_late');
  });

  it('a deferral dated after asOf does not count yet', () => {
    const facts = factsOf({ submittedOn, deferralDates: ['2022-02-20'] });
    expect(statusAsOf(facts, '2022-02-19', DEFAULT_POLICY)).toBe('open');
    expect(statusAsOf(facts, '2022-02-20', DEFAULT_POLICY)).toBe('open_deferred');
  });

  it('a late deferral turns an overdue set into open_deferred from its date on', () => {
    const facts = factsOf({ submittedOn, deferralDates: ['2022-02-25'] });
    expect(statusAsOf(facts, '2022-02-24', DEFAULT_POLICY)).toBe('overdue');
    expect(statusAsOf(facts, '2022-02-25', DEFAULT_POLICY)).toBe('open_deferred');
    expect(statusAsOf(facts, '2022-03-15', DEFAULT_POLICY)).toBe('overdue_deferred');
  });

  it('before the submission date the set is open', () => {
    expect(statusAsOf(factsOf({ submittedOn, answeredOn: '2022-02-10' }), '2022-01-01', DEFAULT_POLICY)).toBe('open');
    expect(evaluateAnswerTerm(factsOf({ submittedOn }), '2022-01-01', DEFAULT_POLICY)).toMatchObject({
      status: 'open',
      daysOutstanding: 0,
      daysOverTerm: 0,
      daysToAnswer: null,
    });
  });
});

describe('withdrawn', () => {
  it('counts from its date on, and stops the clock', () => {
    const facts = factsOf({ submittedOn, withdrawnOn: '2022-03-01' });
    expect(statusAsOf(facts, '2022-02-28', DEFAULT_POLICY)).toBe('overdue');
    expect(evaluateAnswerTerm(facts, '2022-06-01', DEFAULT_POLICY)).toMatchObject({
      status: 'withdrawn',
      daysOverTerm: 8,
      daysOutstanding: null,
      daysToAnswer: null,
    });
  });

  it('does not undo an earlier answer', () => {
    const facts = factsOf({ submittedOn, answeredOn: '2022-02-10', withdrawnOn: '2022-03-01' });
    expect(statusAsOf(facts, '2022-06-01', DEFAULT_POLICY)).toBe('answered_on_time');
  });

  it('wins over a later answer', () => {
    const facts = factsOf({ submittedOn, answeredOn: '2022-03-10', withdrawnOn: '2022-03-01' });
    expect(statusAsOf(facts, '2022-06-01', DEFAULT_POLICY)).toBe('withdrawn');
    expect(evaluateAnswerTerm(facts, '2022-06-01', DEFAULT_POLICY).daysToAnswer).toBeNull();
  });
});

describe('evaluateAnswerTerm while unanswered', () => {
  it('reports days outstanding and days over the applicable term', () => {
    expect(evaluateAnswerTerm(factsOf({ submittedOn }), '2022-02-15', DEFAULT_POLICY)).toMatchObject({
      status: 'open',
      daysOutstanding: 15,
      daysOverTerm: 0,
      daysToAnswer: null,
      extendedTerm: null,
    });
    expect(evaluateAnswerTerm(factsOf({ submittedOn }), '2022-03-01', DEFAULT_POLICY)).toMatchObject({
      status: 'overdue',
      daysOutstanding: 29,
      daysOverTerm: 8,
    });
    const deferred = factsOf({ submittedOn, deferralDates: ['2022-02-14'] });
    expect(evaluateAnswerTerm(deferred, '2022-03-01', DEFAULT_POLICY)).toMatchObject({
      status: 'open_deferred',
      daysOverTerm: 0,
      extendedTerm: '2022-03-14',
      applicableTerm: '2022-03-14',
    });
    expect(evaluateAnswerTerm(deferred, '2022-03-20', DEFAULT_POLICY)).toMatchObject({
      status: 'overdue_deferred',
      daysOverTerm: 6,
      daysOutstanding: 48,
    });
  });

  it('lists only the deferrals dated by asOf', () => {
    const facts = factsOf({ submittedOn, deferralDates: ['2022-03-20', '2022-02-14'] });
    expect(evaluateAnswerTerm(facts, '2022-03-01', DEFAULT_POLICY)).toMatchObject({
      deferrals: [{ date: '2022-02-14', inTime: true }],
      deferralCount: 1,
      hasLateDeferral: false,
    });
  });

  it('rejects malformed dates with the field name', () => {
    expect(() => evaluateAnswerTerm(factsOf({ submittedOn: '31-01-2022' }), '2022-03-01', DEFAULT_POLICY)).toThrow(/submittedOn/);
    expect(() => evaluateAnswerTerm(factsOf({ deferralDates: ['2022-02-30'] }), '2022-03-01', DEFAULT_POLICY)).toThrow(/deferralDates\[0\]/);
    expect(() => evaluateAnswerTerm(factsOf(), '2022-3-1', DEFAULT_POLICY)).toThrow(/asOf/);
  });
});
