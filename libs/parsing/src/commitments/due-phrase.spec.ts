import { describe, expect, it } from '@jest/globals';
import { readDuePhrase } from './due-phrase.js';
import { commitmentInSentence } from './extract-commitments.js';

// The due-date phrases of DESIGN.md and the issue, found as written in a promise.

describe('dueText', () => {
  it.each([
    'voor de zomer',
    'na de zomer',
    'voor het einde van het jaar',
    'in het voorjaar',
    'in het najaar',
    'voor het kerstreces',
    'in het eerste kwartaal van 2023',
    'medio 2023',
    'voor 1 januari',
    'binnen drie weken',
    'zo spoedig mogelijk',
    'op korte termijn',
    'begin volgend jaar',
    'in de loop van 2024',
    'rond de zomer',
    'eind 2023',
    'dit najaar',
    'voor Prinsjesdag',
    'uiterlijk 1 maart 2025',
    'in de komende maanden',
    'nog dit jaar',
    'in juni',
    'voor het zomerreces',
    'in de eerstvolgende voortgangsrapportage',
    'niet later dan 1 juli 2025',
    // corpus 102: "eind" without an article before "van", and the budget debate as a parliamentary event
    'eind van het jaar',
    'voor het begrotingsdebat',
  ])('"%s"', (phrase) => {
    const found = commitmentInSentence(`Ik zal uw Kamer ${phrase} informeren over de uitkomsten.`);
    expect(found?.dueText).toBe(phrase);
    // Read by the same grammar into a specification, the same whether found in a sentence or read on its own.
    expect(found?.due.kind).not.toMatch(/^(?:none|unrecognised)$/);
    expect(readDuePhrase(phrase)).toEqual(found?.due);
  });

  it.each([
    ['niet later dan 1 juli 2025', { kind: 'date', relation: 'by', day: 1, month: 7, year: 2025 }],
    ['rond de zomer', { kind: 'season', relation: 'around', season: 'summer', year: null }],
    ['voor de zomer', { kind: 'season', relation: 'before', season: 'summer', year: null }],
    ['voor het kerstreces', { kind: 'recess', relation: 'before', recess: 'kerstreces', year: null }],
    ['in het eerste kwartaal van 2023', { kind: 'quarter', quarter: 1, year: 2023 }],
    ['begin volgend jaar', { kind: 'year', relation: 'in', part: 'begin', year: 'next' }],
    ['binnen drie weken', { kind: 'relative', amount: 3, unit: 'week' }],
    ['zo spoedig mogelijk', { kind: 'asap' }],
    ['spoedig', { kind: 'asap' }],
    ['voor Prinsjesdag', { kind: 'parliamentary-event', relation: 'before', event: 'prinsjesdag', year: null }],
    ['in de eerstvolgende voortgangsrapportage', { kind: 'parliamentary-event', relation: 'by', event: 'next-document', year: null }],
  ])('"%s" is read as %j', (phrase, due) => {
    expect(commitmentInSentence(`Ik zal uw Kamer ${phrase} informeren.`)?.due).toEqual(due);
  });

  it('takes the date out of brackets: "(juli 2022)" → "juli 2022"', () => {
    expect(commitmentInSentence('Nederland zal op de conferentie (juli 2022) aandacht vragen voor deze problematiek.')?.dueText).toBe('juli 2022');
  });

  it('prefers the most precise phrase', () => {
    const sentence = 'Ik zal uw kamer op korte termijn informeren, in ieder geval ruim voor het sluiten van de periode (1 december 2023).';
    expect(commitmentInSentence(sentence)?.dueText).toBe('1 december 2023');
    // realdocs/011: the bracketed date takes "ruim voor" as its relation
    expect(commitmentInSentence(sentence)?.due).toEqual({ kind: 'date', relation: 'before', day: 1, month: 12, year: 2023 });
  });

  it('is null without a phrase, and skips past dates and the place of an earlier promise', () => {
    expect(commitmentInSentence('Ik zal uw Kamer hierover informeren.')?.dueText).toBeNull();
    expect(commitmentInSentence('Ik zal uw Kamer hierover informeren.')?.due).toEqual({ kind: 'none' });
    expect(commitmentInSentence('Zoals toegezegd in het debat van 9 februari jl. zal ik de brief sturen.')?.dueText).toBeNull();
    expect(commitmentInSentence('De motie is op 5 april aangenomen; de Kamer zal hierover geïnformeerd worden.')?.dueText).toBeNull();
  });

  it('writes a phrase that opens the sentence in lower case', () => {
    expect(commitmentInSentence('Voor de zomer zal ik uw Kamer informeren.')?.dueText).toBe('voor de zomer');
  });
});
