import { describe, expect, it } from '@jest/globals';
import {
  attributeResponsible,
  attributeToBewindspersoon,
  attributionDay,
  type AttributableSet,
  type BewindspersoonPeriod,
} from './attribute-bewindspersoon.rule.js';

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

describe('attributeResponsible', () => {
  const PEOPLE = [
    { name: 'Ferdinand Grapperhaus', post: 'minister van Justitie en Veiligheid', ministry: 'jenv', from: '2017-10-26', to: '2022-01-09' },
    { name: 'Dilan Yeşilgöz-Zegerius', post: 'minister van Justitie en Veiligheid', ministry: 'jenv', from: '2022-01-10', to: '2024-07-01' },
    { name: 'Stef Blok', post: 'minister van Economische Zaken en Klimaat', ministry: 'ez', from: '2021-05-25', to: '2022-01-09' },
    { name: 'Micky Adriaansens', post: 'minister van Economische Zaken en Klimaat', ministry: 'ez', from: '2022-01-10', to: '2024-07-01' },
    { name: 'Eric van der Burg', post: 'staatssecretaris van Justitie en Veiligheid', ministry: 'jenv', from: '2022-01-10', to: '2024-07-01' },
    { name: 'Christophe van der Maat', post: 'staatssecretaris van Justitie en Veiligheid', ministry: 'jenv', from: '2022-01-10', to: '2024-07-01' },
  ];
  const grapperhaus = { ministrySlug: 'jenv', minister: 'Minister van Justitie en Veiligheid (Grapperhaus)', personName: 'Ferdinand Grapperhaus' };

  it('keeps 2021Z19796 (term ran out on 21 December 2021, answered April 2022) with Grapperhaus and Blok, not their successors', () => {
    const late = { ministrySlug: 'jenv', post: null, submittedOn: '2021-11-09', answeredOn: '2022-04-07', verdict: { applicableTerm: '2021-12-21' } };
    expect(attributeResponsible(grapperhaus, late, PEOPLE)?.name).toBe('Ferdinand Grapperhaus');
    // The label shortens the post ("Economische Zaken"); the table's post of the named person is used.
    expect(attributeResponsible({ ministrySlug: 'ez', minister: 'Minister van Economische Zaken (Blok)', personName: 'Stef Blok' }, late, PEOPLE)?.name).toBe(
      'Stef Blok',
    );
  });

  it('gives a set whose term ran out after the hand-over to the successor, whoever the documents name', () => {
    const handedOver = { ministrySlug: 'jenv', post: null, submittedOn: '2021-12-30', answeredOn: '2022-02-10', verdict: { applicableTerm: '2022-01-20' } };
    expect(attributeResponsible(grapperhaus, handedOver, PEOPLE)?.name).toBe('Dilan Yeşilgöz-Zegerius');
  });

  it('does not guess between two holders of a post', () => {
    const s = { ministrySlug: 'jenv', post: null, submittedOn: '2023-03-01', answeredOn: null, verdict: { applicableTerm: '2023-03-22' } };
    expect(attributeResponsible({ ministrySlug: 'jenv', minister: 'Staatssecretaris van Justitie en Veiligheid', personName: null }, s, PEOPLE)).toBeNull();
    expect(
      attributeResponsible(
        { ministrySlug: 'jenv', minister: 'Staatssecretaris van Justitie en Veiligheid (Van der Maat)', personName: 'Van der Maat' },
        s,
        PEOPLE,
      )?.name,
    ).toBe('Christophe van der Maat');
  });
});
