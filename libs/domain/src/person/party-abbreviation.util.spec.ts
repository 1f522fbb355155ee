import { describe, expect, it } from '@jest/globals';
import { partyAbbreviation } from './party-abbreviation.util.js';

describe('partyAbbreviation', () => {
  it('maps the full names the page format uses to the abbreviations of the listing format', () => {
    expect(partyAbbreviation('ChristenUnie')).toBe('CU');
    expect(partyAbbreviation('Nieuw Sociaal Contract')).toBe('NSC');
    expect(partyAbbreviation('GroenLinks')).toBe('GL');
    expect(partyAbbreviation('Partij voor de Dieren')).toBe('PvdD');
  });

  it('keeps abbreviations and unknown names as written', () => {
    expect(partyAbbreviation('VVD')).toBe('VVD');
    expect(partyAbbreviation('D66')).toBe('D66');
    expect(partyAbbreviation('  Nieuwe  Partij ')).toBe('Nieuwe Partij');
  });
});
