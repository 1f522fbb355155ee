import { describe, expect, it } from '@jest/globals';
import { wrapLabel } from './wrap-label.util.js';

describe('wrapLabel', () => {
  it('breaks a long name at spaces into lines of at most the width, joined by |', () => {
    expect(wrapLabel('Minister van Buitenlandse Zaken (Hoekstra)', 16)).toBe('Minister van|Buitenlandse|Zaken (Hoekstra)');
  });

  it('keeps a word longer than the width whole, and a short name on one line', () => {
    expect(wrapLabel('Onderwijs, Cultuur en Wetenschap', 8)).toBe('Onderwijs,|Cultuur|en|Wetenschap');
    expect(wrapLabel('Defensie', 16)).toBe('Defensie');
  });
});
