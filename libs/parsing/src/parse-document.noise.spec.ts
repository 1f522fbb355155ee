import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import type { ParsedDocument } from './contract/parsed-document.js';
import { parseDocument } from './parse-document.js';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const REALDOCS = new URL('../../../test/fixtures/realdocs/', import.meta.url);

const DOCUMENTS: [string, string][] = [
  ...fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, string] => [`seed ${f.slice(0, 3)}`, fs.readFileSync(new URL(f, SEEDS), 'utf8')]),
  ...fs
    .readdirSync(REALDOCS)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .map((f): [string, string] => [`realdoc ${f.slice(0, 3)}`, fs.readFileSync(new URL(f, REALDOCS), 'utf8')]),
];

// Warnings carry line numbers, which extra blank lines shift; everything else must be identical.
function comparable(doc: ParsedDocument): ParsedDocument {
  return { ...doc, warnings: doc.warnings.map((w) => w.replace(/^line \d+: /, 'line N: ')) };
}

const NOISE: [string, (text: string) => string][] = [
  ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
  ['old Mac CR line ends', (t) => t.replace(/\n/g, '\r')],
  ['a byte order mark', (t) => `\ufeff${t}`],
  ['non-breaking spaces everywhere', (t) => t.replace(/ /g, '\u00a0')],
  ['tabs for indentation', (t) => t.replace(/^ {2}/gm, '\t')],
  ['trailing spaces', (t) => t.replace(/\n/g, '   \n')],
  ['doubled blank lines and blank lines around the text', (t) => `\n\n${t.replace(/\n\n/g, '\n\n\n')}\n\n\n`],
  ['zero-width spaces', (t) => t.replace(/Vraag /g, 'Vraag \u200b')],
  ['all of them together', (t) => `\ufeff${t.replace(/ /g, '\u00a0').replace(/\n\n/g, '\n \n\n').replace(/\n/g, '\t\r\n')}`],
];

describe('parseDocument ignores real-world noise', () => {
  describe.each(DOCUMENTS)('%s', (_name, text) => {
    const clean = comparable(parseDocument(text));
    it.each(NOISE)('%s', (_noise, add) => {
      expect(comparable(parseDocument(add(text)))).toEqual(clean);
    });
  });
});
