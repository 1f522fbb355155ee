import { describe, expect, it } from '@jest/globals';
import { detectFormat } from './format-detector.js';

describe('detectFormat', () => {
  it.each([
    ['Kamervraag 2022Z01519\n\nTitel', 'listing'],
    ['\ufeff\r\n Kamervraag 2022Z01519', 'listing'],
    ['Ingediend 31 januari 2022\nIndiener X', 'listing'],
    [' • Vraag 1\n  Tekst?', 'listing'],
    ['[overzicht] [activiteiten]\n\nTitel', 'page'],
    ['Titel\n\nAntwoord schriftelijke vragen', 'page'],
    ['Vragen van het lid X (Y) aan de Minister van Z over W (ingezonden 1 mei 2020).', 'page'],
    ['Vraag 1\n\nTekst?', 'page'],
    ['Notulen van de vergadering van 3 maart 2022\n\nAanwezig: de voorzitter.', null],
    ['', null],
  ])('%p → %p', (text, format) => expect(detectFormat(text)).toBe(format));

  it('never throws, whatever it is given', () => {
    expect(detectFormat(undefined as unknown as string)).toBeNull();
    expect(detectFormat('\u0000'.repeat(10))).toBeNull();
  });
});
