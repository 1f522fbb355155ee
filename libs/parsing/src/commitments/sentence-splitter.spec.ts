import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { splitSentences } from './sentence-splitter.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('does not break after the abbreviations of this prose', () => {
    const text =
      'Zoals toegezegd d.d. 9 februari jl. zal mijn collega o.a. een risicoanalyse m.b.t. kennisveiligheid maken, bijv. i.v.m. art. 26 en t.a.v. nr. 5 e.d. De brief volgt.';
    expect(texts(text)).toEqual([
      'Zoals toegezegd d.d. 9 februari jl. zal mijn collega o.a. een risicoanalyse m.b.t. kennisveiligheid maken, bijv. i.v.m. art. 26 en t.a.v. nr. 5 e.d.',
      'De brief volgt.',
    ]);
  });

  it('keeps Kamerstuk numbers, initials and decimal numbers inside the sentence', () => {
    expect(texts('Zie de brief (Kamerstuk 21 501-32, nr. 1610) van F.M. Jansen en mr. A. de Vries. Het gaat om 27.7 miljoen euro.')).toEqual([
      'Zie de brief (Kamerstuk 21 501-32, nr. 1610) van F.M. Jansen en mr. A. de Vries.',
      'Het gaat om 27.7 miljoen euro.',
    ]);
  });

  it('keeps a footnote marker with the sentence it ends', () => {
    expect(texts('Daarbij zijn geen bijzonderheden aangetroffen.1 In beide onderzoeken is dat vastgesteld.')).toEqual([
      'Daarbij zijn geen bijzonderheden aangetroffen.1',
      'In beide onderzoeken is dat vastgesteld.',
    ]);
  });

  it('does not break inside «quotes», but after a quotation that ends a sentence', () => {
    expect(texts('Hij schreef: «Dit is zo. Dat ook.» Daarna volgde de brief. Het bestand heet «illegalwords.txt».')).toEqual([
      'Hij schreef: «Dit is zo. Dat ook.»',
      'Daarna volgde de brief.',
      'Het bestand heet «illegalwords.txt».',
    ]);
  });

  it('breaks at paragraphs, after a colon before a list, and at list items, but not at a wrapped line', () => {
    const text =
      'De tijdlijn is de volgende:\n\n– Op 12 januari is dit gedeeld.\n– Op 15 januari is dit besproken\n\nIn de Kamerbrief van\n  10-12 december is dit aangegeven.';
    expect(texts(text)).toEqual([
      'De tijdlijn is de volgende:',
      'Op 12 januari is dit gedeeld.',
      'Op 15 januari is dit besproken',
      'In de Kamerbrief van\n  10-12 december is dit aangegeven.',
    ]);
  });

  it('does not break at a URL or after a question mark followed by lower case', () => {
    expect(texts('Zie veiliginternetten.nl voor meer. Of toch niet? en dan verder.')).toEqual([
      'Zie veiliginternetten.nl voor meer.',
      'Of toch niet? en dan verder.',
    ]);
  });

  it('returns spans that slice to the sentence, in order, trimmed, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        let previousEnd = 0;
        for (const s of splitSentences(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
          previousEnd = s.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('loses no text: every non-space character is in a sentence or is a list marker', () => {
    const pieces = fc.constantFrom('Ik zal', ' ', '.', '. ', '\n', '\n\n', '– ', 'jl.', 'd.d.', '«', '»', 'A.', '1.', '?', ':', 'nr. 3', 'Dit', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const covered = new Uint8Array(text.length);
        for (const s of splitSentences(text)) covered.fill(1, s.start, s.end);
        for (let i = 0; i < text.length; i++) {
          if (!covered[i] && text[i].trim() !== '') expect('–•-*·▪◦').toContain(text[i]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
