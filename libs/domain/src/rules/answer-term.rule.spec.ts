import { describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import type { RecessPeriod } from '../policy/policy.js';
import { factsOf, policyOf } from './answer-term.factory.js';
import { extendedTerm, term } from './answer-term.rule.js';
import type { AnswerTermFacts } from './answer-term.types.js';
import { evaluateAnswerTerm } from './evaluate-answer-term.rule.js';

const FAR = '2030-01-01';

describe('worked examples from the seed documents (DESIGN.md)', () => {
  const cases: Array<[string, AnswerTermFacts, object]> = [
    [
      '000 2022Z01519',
      { submittedOn: '2022-01-31', answeredOn: '2022-02-28', deferralDates: [] },
      { status: 'answered_late', term: '2022-02-21', extendedTerm: null, daysToAnswer: 28, daysOverTerm: 7, deferrals: [] },
    ],
    [
      '001 2019Z15244',
      { submittedOn: '2019-07-18', answeredOn: '2019-09-10', deferralDates: [] },
      { status: 'answered_late', term: '2019-08-08', extendedTerm: null, daysToAnswer: 54, daysOverTerm: 33, deferrals: [] },
    ],
    [
      '002 2021Z19796',
      { submittedOn: '2021-11-09', answeredOn: '2022-04-07', deferralDates: ['2021-11-29'] },
      {
        status: 'answered_late',
        term: '2021-11-30',
        extendedTerm: '2021-12-21',
        daysToAnswer: 149,
        daysOverTerm: 107,
        deferrals: [{ date: '2021-11-29', inTime: true }],
      },
    ],
    [
      '003 2022Z11285',
      { submittedOn: '2022-06-07', answeredOn: '2022-06-29', deferralDates: [] },
      { status: 'answered_late', term: '2022-06-28', extendedTerm: null, daysToAnswer: 22, daysOverTerm: 1, deferrals: [] },
    ],
    [
      '004 2021Z16950',
      { submittedOn: '2021-10-01', answeredOn: '2021-11-18', deferralDates: ['2021-10-22'] },
      {
        status: 'answered_late',
        term: '2021-10-22',
        extendedTerm: '2021-11-12',
        daysToAnswer: 48,
        daysOverTerm: 6,
        deferrals: [{ date: '2021-10-22', inTime: true }],
      },
    ],
  ];

  it.each(cases)('%s comes out exactly as in the design', (_seed, facts, expected) => {
    expect(evaluateAnswerTerm(facts, FAR, DEFAULT_POLICY)).toMatchObject(expected);
  });

  it('gives the deferral counts and late-deferral flag alongside', () => {
    const v = evaluateAnswerTerm(cases[2][1], FAR, DEFAULT_POLICY);
    expect(v).toMatchObject({ deferralCount: 1, hasLateDeferral: false, applicableTerm: '2021-12-21', daysOutstanding: null });
  });
});

describe('term and extendedTerm', () => {
  it('is submission + 21 days, and + 21 more once a deferral counts', () => {
    const facts = factsOf({ submittedOn: '2022-01-31', deferralDates: ['2022-02-10'] });
    expect(term(facts, DEFAULT_POLICY)).toBe('2022-02-21');
    expect(extendedTerm(facts, '2022-02-09', DEFAULT_POLICY)).toBeNull(); // the deferral is dated after asOf
    expect(extendedTerm(facts, '2022-02-10', DEFAULT_POLICY)).toBe('2022-03-14');
  });

  it('takes its numbers from the policy', () => {
    const facts = factsOf({ submittedOn: '2022-01-31', deferralDates: ['2022-02-10'] });
    const policy = policyOf({ answerTermDays: 14, deferralExtensionDays: 28 });
    expect(term(facts, policy)).toBe('2022-02-14');
    expect(extendedTerm(facts, FAR, policy)).toBe('2022-03-14');
  });

  it('counts only a deferral received by the answer date', () => {
    const facts = factsOf({ submittedOn: '2022-01-31', answeredOn: '2022-03-01', deferralDates: ['2022-03-02'] });
    expect(extendedTerm(facts, FAR, DEFAULT_POLICY)).toBeNull();
    expect(evaluateAnswerTerm(facts, FAR, DEFAULT_POLICY)).toMatchObject({ status: 'answered_late', deferralCount: 1 });
  });

  it('crosses both DST switches as plain calendar days', () => {
    expect(term(factsOf({ submittedOn: '2026-03-20' }), DEFAULT_POLICY)).toBe('2026-04-10');
    expect(term(factsOf({ submittedOn: '2026-03-08' }), DEFAULT_POLICY)).toBe('2026-03-29');
    expect(term(factsOf({ submittedOn: '2025-10-20' }), DEFAULT_POLICY)).toBe('2025-11-10');
    expect(term(factsOf({ submittedOn: '2025-10-05' }), DEFAULT_POLICY)).toBe('2025-10-26');
  });
});

describe('boundary days', () => {
  const submittedOn = '2022-01-31'; // day 21 = 2022-02-21, day 22 = 2022-02-22, day 42 = 2022-03-14, day 43 = 2022-03-15

  it('answered on day 21 is on time, on day 22 late', () => {
    expect(evaluateAnswerTerm(factsOf({ submittedOn, answeredOn: '2022-02-21' }), FAR, DEFAULT_POLICY)).toMatchObject({
      status: 'answered_on_time',
      daysToAnswer: 21,
      daysOverTerm: 0,
    });
    expect(evaluateAnswerTerm(factsOf({ submittedOn, answeredOn: '2022-02-22' }), FAR, DEFAULT_POLICY)).toMatchObject({
      status: 'answered_late',
      daysToAnswer: 22,
      daysOverTerm: 1,
    });
  });

  it('with a deferral, answered on day 42 is in the extension, on day 43 late', () => {
    const deferralDates = ['2022-02-14'];
    expect(evaluateAnswerTerm(factsOf({ submittedOn, deferralDates, answeredOn: '2022-03-14' }), FAR, DEFAULT_POLICY)).toMatchObject({
      status: 'answered_in_extension',
      daysToAnswer: 42,
      daysOverTerm: 0,
    });
    expect(evaluateAnswerTerm(factsOf({ submittedOn, deferralDates, answeredOn: '2022-03-15' }), FAR, DEFAULT_POLICY)).toMatchObject({
      status: 'answered_late',
      daysToAnswer: 43,
      daysOverTerm: 1,
    });
  });

  it('a deferral on day 21 is in time, on day 22 late', () => {
    const onDay21 = evaluateAnswerTerm(factsOf({ submittedOn, deferralDates: ['2022-02-21'] }), FAR, DEFAULT_POLICY);
    const onDay22 = evaluateAnswerTerm(factsOf({ submittedOn, deferralDates: ['2022-02-22'] }), FAR, DEFAULT_POLICY);
    expect(onDay21).toMatchObject({ deferrals: [{ date: '2022-02-21', inTime: true }], hasLateDeferral: false });
    expect(onDay22).toMatchObject({ deferrals: [{ date: '2022-02-22', inTime: false }], hasLateDeferral: true });
  });
});

describe('late and repeated deferrals', () => {
  const submittedOn = '2022-01-31';

  it('a late deferral still counts and still extends the term, flagged', () => {
    const facts = factsOf({ submittedOn, deferralDates: ['2022-02-25'], answeredOn: '2022-03-10' });
    expect(evaluateAnswerTerm(facts, FAR, DEFAULT_POLICY)).toMatchObject({
      status: 'answered_in_extension',
      extendedTerm: '2022-03-14',
      hasLateDeferral: true,
      deferralCount: 1,
      deferrals: [{ date: '2022-02-25', inTime: false }],
    });
  });

  it('a second deferral is counted but does not extend further', () => {
    const facts = factsOf({ submittedOn, deferralDates: ['2022-03-10', '2022-02-14'], answeredOn: '2022-04-01' });
    expect(evaluateAnswerTerm(facts, FAR, DEFAULT_POLICY)).toMatchObject({
      status: 'answered_late',
      extendedTerm: '2022-03-14',
      daysOverTerm: 18,
      deferralCount: 2,
      hasLateDeferral: true,
      deferrals: [
        { date: '2022-02-14', inTime: true },
        { date: '2022-03-10', inTime: false },
      ],
    });
  });
});

describe('pauseDuringRecess', () => {
  const kerst: RecessPeriod = { name: 'kerstreces 2022', kind: 'kerstreces', from: '2022-12-23', to: '2023-01-16' };

  it('off (the default): recess days count like any other', () => {
    const facts = factsOf({ submittedOn: '2022-12-15' });
    expect(term(facts, policyOf({ recesses: [kerst] }))).toBe('2023-01-05');
  });

  it('on: recess days do not count, for the term and for the extension', () => {
    const policy = policyOf({ pauseDuringRecess: true, recesses: [kerst] });
    // 16..22 December count 7 days; counting resumes on 17 January: 14 more days end on 30 January.
    const facts = factsOf({ submittedOn: '2022-12-15', deferralDates: ['2023-01-20'] });
    expect(term(facts, policy)).toBe('2023-01-30');
    expect(extendedTerm(facts, FAR, policy)).toBe('2023-02-20');
    expect(evaluateAnswerTerm(facts, '2023-01-25', policy)).toMatchObject({ status: 'open_deferred', deferrals: [{ inTime: true }] });
  });

  it('on: a question submitted during a recess starts counting after it', () => {
    const policy = policyOf({ pauseDuringRecess: true, recesses: [kerst] });
    expect(term(factsOf({ submittedOn: '2022-12-28' }), policy)).toBe('2023-02-06');
  });

  it('on: skips the recesses of the default calendar (zomerreces 2019)', () => {
    const policy = policyOf({ pauseDuringRecess: true });
    // 001 was submitted on 2019-07-18, inside the zomerreces (5 July – 2 September 2019).
    expect(term(factsOf({ submittedOn: '2019-07-18' }), policy)).toBe('2019-09-23');
  });
});
