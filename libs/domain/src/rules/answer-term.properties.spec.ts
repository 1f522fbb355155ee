import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { statusAsOf } from './answer-status.rule.js';
import { policyOf } from './answer-term.factory.js';
import { ANSWERED_STATUSES, ANSWER_STATUSES, type AnswerTermFacts } from './answer-term.types.js';
import { evaluateAnswerTerm } from './evaluate-answer-term.rule.js';
import { addDays, daysBetween } from './kamer-date.util.js';

const base = '2018-01-01';

/** Consistent facts: answer, deferrals and withdrawal on or after submission. */
const facts: fc.Arbitrary<AnswerTermFacts> = fc
  .record({
    submitted: fc.integer({ min: 0, max: 3000 }),
    answerAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    deferralsAfter: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 3 }),
    withdrawnAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null, freq: 5 }),
  })
  .map(({ submitted, answerAfter, deferralsAfter, withdrawnAfter }) => {
    const submittedOn = addDays(base, submitted);
    return {
      submittedOn,
      answeredOn: answerAfter === null ? null : addDays(submittedOn, answerAfter),
      deferralDates: deferralsAfter.map((d) => addDays(submittedOn, d)),
      withdrawnOn: withdrawnAfter === null ? null : addDays(submittedOn, withdrawnAfter),
    };
  });

const asOfOffset = fc.integer({ min: -30, max: 3600 });
const policies = fc.constantFrom(DEFAULT_POLICY, policyOf({ pauseDuringRecess: true }));

describe('answer-term properties', () => {
  it('always yields one of the statuses, and "open" before submission', () => {
    fc.assert(
      fc.property(facts, asOfOffset, policies, (f, offset, policy) => {
        const asOf = addDays(base, offset);
        const status = statusAsOf(f, asOf, policy);
        expect(ANSWER_STATUSES).toContain(status);
        if (asOf < f.submittedOn) expect(status).toBe('open');
      }),
    );
  });

  it('daysToAnswer is never negative, and set exactly when answered', () => {
    fc.assert(
      fc.property(facts, asOfOffset, policies, (f, offset, policy) => {
        const v = evaluateAnswerTerm(f, addDays(base, offset), policy);
        expect(v.daysOverTerm).toBeGreaterThanOrEqual(0);
        if (ANSWERED_STATUSES.includes(v.status)) {
          expect(v.daysToAnswer).toBe(daysBetween(f.submittedOn, f.answeredOn!));
          expect(v.daysToAnswer).toBeGreaterThanOrEqual(0);
        } else {
          expect(v.daysToAnswer).toBeNull();
        }
      }),
    );
  });

  it('once answered, the status never changes for a later asOf', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 2000 }), policies, (f, a, b, policy) => {
        const earlier = addDays(f.submittedOn, a);
        const first = statusAsOf(f, earlier, policy);
        if (!ANSWERED_STATUSES.includes(first) && first !== 'withdrawn') return;
        expect(statusAsOf(f, addDays(earlier, b), policy)).toBe(first);
      }),
    );
  });

  it('the applicable term is the term, or the term plus the extension, and never before submission', () => {
    fc.assert(
      fc.property(facts, asOfOffset, (f, offset) => {
        const v = evaluateAnswerTerm(f, addDays(base, offset), DEFAULT_POLICY);
        expect(daysBetween(f.submittedOn, v.term)).toBe(21);
        if (v.extendedTerm !== null) expect(daysBetween(v.term, v.extendedTerm)).toBe(21);
        expect(v.applicableTerm).toBe(v.extendedTerm ?? v.term);
      }),
    );
  });

  it('an unanswered set moves forward only: open → open_deferred / overdue → overdue_deferred', () => {
    const rank: Record<string, number> = { open: 0, overdue: 1, open_deferred: 1, overdue_deferred: 2 };
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 200 }), (f, a) => {
        const unanswered = { ...f, answeredOn: null, withdrawnOn: null };
        const today = statusAsOf(unanswered, addDays(f.submittedOn, a), DEFAULT_POLICY);
        const tomorrow = statusAsOf(unanswered, addDays(f.submittedOn, a + 1), DEFAULT_POLICY);
        // overdue → open_deferred is the one sideways move: a late deferral arrives.
        if (!(today === 'overdue' && tomorrow === 'open_deferred')) expect(rank[tomorrow]).toBeGreaterThanOrEqual(rank[today]);
      }),
    );
  });

  it('pausing during recess never shortens a term', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const plain = evaluateAnswerTerm(f, '2035-01-01', DEFAULT_POLICY);
        const paused = evaluateAnswerTerm(f, '2035-01-01', policyOf({ pauseDuringRecess: true }));
        expect(paused.term >= plain.term).toBe(true);
      }),
    );
  });
});
