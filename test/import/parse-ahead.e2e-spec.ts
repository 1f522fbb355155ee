// ParseAhead (issue 16) parses on a worker thread what the importer would parse itself: the same ParsedDocument for
// every seed and real document, and null (the importer then parses it and reports its own error) for a text the
// parser refuses. The worker is the compiled file, so this runs the dist build the global setup made.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, parseWithDueDates, type ParseAhead as ParseAheadClass } from '#domain';
import fs from 'node:fs';
import path from 'node:path';
import { REALDOCS_DIR, REPO_ROOT, seedFiles } from '../support/test-env.js';

describe('ParseAhead: parsing on a worker thread', () => {
  let ahead: ParseAheadClass;

  beforeAll(async () => {
    const compiled = (await import(path.join(REPO_ROOT, 'dist/libs/domain/src/import/parse-ahead.js'))) as { ParseAhead: typeof ParseAheadClass };
    ahead = new compiled.ParseAhead(DEFAULT_POLICY);
  });
  afterAll(async () => {
    await ahead.close();
  });

  it('gives the parse of the importing thread for every seed and real document, in any number at once', async () => {
    // The real documents, not the refused ones beside them (bad_*.txt).
    const realdocs = fs.readdirSync(REALDOCS_DIR).filter((f) => /^\d+_.*\.txt$/.test(f));
    const files = [...seedFiles(), ...realdocs.map((f) => path.join(REALDOCS_DIR, f))];
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    expect(texts.length).toBeGreaterThan(15);
    const parsed = await Promise.all(texts.map((text) => ahead.parse(text)));
    expect(parsed.every((p) => p !== null)).toBe(true);
    parsed.forEach((p, i) => expect(p).toEqual(parseWithDueDates(texts[i], DEFAULT_POLICY)));
  });

  it('answers null for a text the parser refuses, and goes on with the next', async () => {
    const refused = fs.readFileSync(path.join(REALDOCS_DIR, 'bad_001.txt'), 'utf8');
    expect(() => parseWithDueDates(refused, DEFAULT_POLICY)).toThrow();
    expect(await ahead.parse(refused)).toBeNull();
    const seed = fs.readFileSync(seedFiles()[0], 'utf8');
    expect(await ahead.parse(seed)).toEqual(parseWithDueDates(seed, DEFAULT_POLICY));
  });
});
