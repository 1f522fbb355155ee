import { describe, expect, it } from '@jest/globals';
import { stripTrailingFootnoteMarker } from './footnote-marker.util.js';

describe('stripTrailingFootnoteMarker', () => {
  it.each([
    ['opslaat?1', 'opslaat?'],
    ['meekijkt»»?1', 'meekijkt»»?'],
    ['van tong-tAC»1?', 'van tong-tAC»?'],
    ['investeringsmaatschappij?1, 2', 'investeringsmaatschappij?'],
    ['personeel)?2, 3 en 4', 'personeel)?'],
    ['de motie Bikker-Van den Hil.2 3', 'de motie Bikker-Van den Hil.'],
    ['publiekelijk deze zorgen kenbaar gemaakt.6', 'publiekelijk deze zorgen kenbaar gemaakt.'],
    ['(Kamerstuk 36 410 XIV, nr. 9)12', '(Kamerstuk 36 410 XIV, nr. 9)'],
  ])('%s → %s', (line, expected) => expect(stripTrailingFootnoteMarker(line)).toBe(expected));

  it.each([
    'Zie antwoord vraag 4.',
    'zoals vastgelegd in artikel 5.4',
    'de app MY2022',
    'aangetroffen.1 In beide onderzoeken',
    'Dit is vraag 10',
    'zie nr.9',
    'volgens art.26',
    'in 2021?',
    'een score van 4,5',
    'x?100',
    'Volgens de regeling van 1 juli.',
    'leest»?',
    'sinds de jaren ’90.',
    'in de jaren ’80',
  ])('keeps %p', (line) => expect(stripTrailingFootnoteMarker(line)).toBe(line));
});
