import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CUE_WORDS, findCues, mayHoldCue } from './find-cues.js';
import { tokenize } from './text-tokens.js';

// mayHoldCue lets the extractor skip a sentence without tokenizing it, so it must never say no where a token is a
// cue word: whatever surrounds the word (joiners, footnote digits, capitals, letters outside ASCII, lone surrogates).

const NEIGHBOURS = ['', ' ', '-', '’', "'", '1', '12', '123', 'é', 'ë', 'x', 'K', '\u212a', 'İ', '\ud835', '𝐀', '.', ',', '«', '»', '\n', '\u00a0'];

const sentence = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.oneof(fc.constantFrom(...CUE_WORDS), fc.constantFrom(...NEIGHBOURS), fc.constantFrom('de', 'Kamer', 'ZAL', 'Informeer', 'onderzoek')), {
      maxLength: 40,
    })
    .map((parts) => parts.join('')),
);

describe('mayHoldCue', () => {
  it('relies on cue words in lower-case ASCII', () => {
    for (const word of CUE_WORDS) expect(word).toMatch(/^[a-z]+$/);
  });

  it('is true for every cue word, alone and with a footnote number', () => {
    for (const word of CUE_WORDS) {
      expect(mayHoldCue(word)).toBe(true);
      expect(mayHoldCue(`Dat ${word.toUpperCase()}12.`)).toBe(true);
    }
  });

  it('is false for a sentence with no cue word', () => {
    expect(mayHoldCue('Het antwoord staat in de bijlage bij deze brief.')).toBe(false);
    // "overleg" ends in the cue word "leg", and three digits are no footnote number
    expect(mayHoldCue('Zie het overleg van gisteren en de nota zal123.')).toBe(false);
  });

  it('is true wherever a token is a cue word, so whenever findCues finds a cue', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const tokens = tokenize(text);
        if (tokens.some((t) => CUE_WORDS.includes(t.low)) || findCues(tokens).length > 0) expect(mayHoldCue(text)).toBe(true);
      }),
    );
  });
});
