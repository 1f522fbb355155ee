import { describe, expect, it } from '@jest/globals';
import { samePerson } from './same-person.rule.js';

describe('samePerson', () => {
  it('joins a surname to the full name when the party agrees or is unknown', () => {
    expect(samePerson({ name: 'Ceder', partyId: 1 }, { name: 'Don Ceder', partyId: 1 })).toBe(true);
    expect(samePerson({ name: 'Sjoerd Sjoerdsma', partyId: 2 }, { name: 'Sjoerdsma', partyId: null })).toBe(true);
    expect(samePerson({ name: 'Jeanet van der Laan', partyId: 2 }, { name: 'Van der Laan', partyId: 2 })).toBe(true);
  });

  it('keeps apart two people of one surname: other given names, or other parties', () => {
    expect(samePerson({ name: 'Chris Jansen', partyId: null }, { name: 'Daniëlle Jansen', partyId: null })).toBe(false);
    expect(samePerson({ name: 'Jansen', partyId: 3 }, { name: 'Jansen', partyId: 4 })).toBe(false);
  });
});
