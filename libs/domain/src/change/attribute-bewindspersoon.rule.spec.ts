import { describe, expect, it } from '@jest/globals';
import { attributeToBewindspersoon, attributionDay, type AttributableSet, type BewindspersoonPeriod } from './attribute-bewindspersoon.rule.js';

// A small table of our own: two ministers of one post with a gap between them, and a staatssecretaris.
const TABLE: BewindspersoonPeriod[] = [
  { name: 'A', post: 'minister van Zaken', ministry: 'zk', from: '2020-01-01', to: '2021-06-30' },
  { name: 'B', post: 'minister van Zaken', ministry: 'zk', from: '2021-07-05', to: null },
  { name: 'S', post: 'staatssecretaris van Zaken', ministry: 'zk', from: '2020-01-01', to: null },
];

function set(submittedOn: string, applicableTerm: string, answeredOn: string | null, post: string | null = null): AttributableSet {
  return { ministrySlug: 'zk', post, submittedOn, answeredOn, verdict: { applicableTerm } };
}

describe('attributeToBewindspersoon', () => {
  it('the holder on the day the term ran out, when the answer came later or not at all', () => {
    // Submitted under A, term 1 July 2021 (A left on 30 June; B came on 5 July): nobody held the post that day.
    expect(attributeToBewindspersoon(set('2021-06-10', '2021-07-01', null), TABLE)).toBeNull();
    expect(attributeToBewindspersoon(set('2021-06-08', '2021-06-29', '2021-09-01'), TABLE)?.name).toBe('A');
    expect(attributeToBewindspersoon(set('2021-06-20', '2021-07-11', null), TABLE)?.name).toBe('B');
  });

  it('the holder on the day of the answer, when it came before the term ran out', () => {
    const early = set('2021-06-20', '2021-07-11', '2021-06-25');
    expect(attributionDay(early)).toBe('2021-06-25');
    expect(attributeToBewindspersoon(early, TABLE)?.name).toBe('A');
  });

  it('the addressed post when known (case and spacing aside), else the head of the ministry', () => {
    expect(attributeToBewindspersoon(set('2022-01-03', '2022-01-24', null, 'Staatssecretaris  van Zaken'), TABLE)?.name).toBe('S');
    expect(attributeToBewindspersoon(set('2022-01-03', '2022-01-24', null), TABLE)?.name).toBe('B');
    expect(attributeToBewindspersoon({ ...set('2022-01-03', '2022-01-24', null), ministrySlug: 'other' }, TABLE)).toBeNull();
  });

  it('from and to are both days in office', () => {
    expect(attributeToBewindspersoon(set('2020-01-01', '2020-01-01', '2020-01-01'), TABLE)?.name).toBe('A');
    expect(attributeToBewindspersoon(set('2021-06-09', '2021-06-30', null), TABLE)?.name).toBe('A');
    expect(attributeToBewindspersoon(set('2021-06-14', '2021-07-05', null), TABLE)?.name).toBe('B');
  });
});
