import { describe, expect, it } from '@jest/globals';
import type { QuestionListItem } from '../question-set/question-view.js';
import { overdueEventsOf } from './overdue-events.util.js';
import { termEventsOf } from './term-events.util.js';

function item(overrides: Partial<QuestionListItem>): QuestionListItem {
  return {
    zaak: '2024Z00001',
    key: '2024Z00001',
    title: 'Vragen over iets',
    submittedOn: '2024-10-01',
    answeredOn: null,
    status: 'overdue',
    term: '2024-10-22',
    extendedTerm: null,
    daysToAnswer: null,
    daysOverTerm: 10,
    daysOutstanding: 31,
    deferralCount: 0,
    ministry: null,
    minister: 'Minister van Financiën',
    submitters: [],
    ...overrides,
  };
}

describe('termEventsOf', () => {
  it('keeps every term of an unanswered set, however old, and both terms after a deferral', () => {
    const events = termEventsOf([item({ key: 'A', term: '2020-01-22', extendedTerm: '2020-02-12', status: 'overdue_deferred' })], '2024-12-02', 365);
    expect(events.map((e) => [e.key, e.kind, e.date])).toEqual([
      ['A', 'term', '2020-01-22'],
      ['A', 'extended_term', '2020-02-12'],
    ]);
  });

  it('drops terms of answered sets older than the window and all of withdrawn sets', () => {
    const events = termEventsOf(
      [
        item({ key: 'OLD', status: 'answered_late', term: '2023-01-10', answeredOn: '2023-02-01' }),
        item({ key: 'RECENT', status: 'answered_on_time', term: '2024-11-10', answeredOn: '2024-11-01' }),
        item({ key: 'GONE', status: 'withdrawn', term: '2024-11-20' }),
      ],
      '2024-12-02',
      365,
    );
    expect(events.map((e) => e.key)).toEqual(['RECENT']);
  });
});

describe('overdueEventsOf', () => {
  it('dates a set the day after the term that applied, newest first, within the window only', () => {
    const events = overdueEventsOf(
      [
        item({ key: 'PLAIN', term: '2024-11-14' }),
        item({ key: 'DEFERRED', status: 'overdue_deferred', term: '2024-11-01', extendedTerm: '2024-11-22', deferralCount: 1 }),
        item({ key: 'ANCIENT', term: '2020-08-12' }),
        item({ key: 'FUTURE', status: 'open', term: '2024-12-20' }),
      ],
      '2024-12-02',
      90,
    );
    expect(events.map((e) => [e.key, e.becameOverdueOn, e.deferred])).toEqual([
      ['DEFERRED', '2024-11-23', true],
      ['PLAIN', '2024-11-15', false],
    ]);
  });

  it('keeps a set answered late since, with its answer date', () => {
    const [event] = overdueEventsOf([item({ status: 'answered_late', term: '2024-11-14', answeredOn: '2024-11-18' })], '2024-12-02', 90);
    expect(event).toMatchObject({ becameOverdueOn: '2024-11-15', answeredOn: '2024-11-18', status: 'answered_late' });
  });

  it('does not list a set whose term ends today: it is not overdue until tomorrow', () => {
    expect(overdueEventsOf([item({ status: 'open', term: '2024-12-02' })], '2024-12-02', 90)).toEqual([]);
  });
});
