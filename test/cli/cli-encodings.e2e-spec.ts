import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asHtmlPage, listingWithShiftedCopy, mojibake, NGINX_502, utf16be, utf16le } from '../support/damaged-documents.js';
import { runCli } from '../support/run-cli.js';
import { createTestEnv, databaseVars, readRealdoc, readSeed } from '../support/test-env.js';

// `termijnwacht import` and `parse` with damaged documents (issue 12) and UTF-16 files (issue 14, finding 11), as users
// run the compiled CLI, on SQLite and (TEST_DATABASE_URL) PostgreSQL: UTF-16 with a byte-order mark imports; each
// damaged file is refused as FILE:LINE with its reason and exit 65, and leaves nothing behind.

function folderWith(files: Record<string, Buffer | string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'termijnwacht-encodings-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), content);
  return folder;
}

const doc001 = readRealdoc('001'); // 2023Z20388, "André Flach" on line 7

describe('termijnwacht import: encodings and damaged documents', () => {
  it('imports UTF-16 LE/BE files, refuses each damaged one with its line and reason, exits 65, stores none of them', () => {
    const env = databaseVars(createTestEnv());
    const folder = folderWith({
      'utf16le.txt': utf16le(readRealdoc('005')),
      'utf16be.txt': utf16be(readSeed('001')),
      'latin1.txt': Buffer.from(doc001, 'latin1'),
      'mojibake.txt': mojibake(doc001),
      'shifted.txt': listingWithShiftedCopy(doc001),
      'page.html.txt': asHtmlPage(doc001),
      'error-page.txt': NGINX_502,
      'utf16-no-bom.txt': Buffer.from(doc001, 'utf16le'),
    });
    const run = runCli(['import', folder, '--json'], env);
    expect(run.status).toBe(65);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ imported: 2, updated: 0, unchanged: 0 });
    const byName = Object.fromEntries(summary.rejected.map((r: { file: string; line: number | null; reason: string }) => [path.basename(r.file), r]));
    expect(Object.keys(byName).sort()).toEqual(['error-page.txt', 'latin1.txt', 'mojibake.txt', 'page.html.txt', 'shifted.txt', 'utf16-no-bom.txt']);
    expect(byName['latin1.txt']).toMatchObject({
      line: 7,
      reason: expect.stringMatching(
        /^the document is not valid UTF-8: byte 0xE9 .* send UTF-8 \(with or without a byte-order mark\) or UTF-16 LE\/BE with a byte-order mark$/,
      ),
    });
    expect(byName['mojibake.txt']).toMatchObject({ line: 7, reason: expect.stringMatching(/damaged encoding: "Ã©"/) });
    expect(byName['shifted.txt']).toMatchObject({
      line: expect.any(Number),
      reason: expect.stringMatching(/section appears twice and its answers are shifted/),
    });
    expect(byName['page.html.txt']).toMatchObject({ line: 1, reason: expect.stringMatching(/HTML page/) });
    expect(byName['error-page.txt']).toMatchObject({ line: 1, reason: expect.stringMatching(/HTML page/) });
    expect(byName['utf16-no-bom.txt'].reason).toMatch(/UTF-16 without a byte-order mark/);

    // The two UTF-16 files are stored; nothing of 2023Z20388 is.
    expect(JSON.parse(runCli(['status', '2024Z18561', '--as-of', '2024-12-01'], env).stdout)).toMatchObject({ zaak: '2024Z18561' });
    expect(JSON.parse(runCli(['status', '2019Z15244', '--as-of', '2019-10-01'], env).stdout)).toMatchObject({ zaak: '2019Z15244', status: 'answered_late' });
    const refused = runCli(['status', '2023Z20388'], env);
    expect(refused.status).toBe(65);
    expect(refused.stderr).toContain('no question set with zaak or id 2023Z20388');
  });

  it('the plain-text run names each refused file as FILE:LINE: reason', () => {
    const env = databaseVars(createTestEnv());
    const folder = folderWith({ 'latin1.txt': Buffer.from(doc001, 'latin1') });
    const run = runCli(['import', folder], env);
    expect(run.status).toBe(65);
    expect(run.stderr).toContain(`${path.join(folder, 'latin1.txt')}:7: the document is not valid UTF-8`);
  });
});

// `parse` stores nothing: the PostgreSQL pass has nothing to add.
(process.env.TEST_DATABASE_URL ? describe.skip : describe)('termijnwacht parse: encodings', () => {
  it('parses a UTF-16 LE file as its UTF-8 twin, and refuses Latin-1 with exit 65 and FILE:LINE', () => {
    const folder = folderWith({ 'le.txt': utf16le(doc001), 'utf8.txt': doc001, 'latin1.txt': Buffer.from(doc001, 'latin1') });
    const le = runCli(['parse', path.join(folder, 'le.txt')]);
    expect(le.status).toBe(0);
    expect(JSON.parse(le.stdout)).toEqual(JSON.parse(runCli(['parse', path.join(folder, 'utf8.txt')]).stdout));
    const latin1 = runCli(['parse', path.join(folder, 'latin1.txt')]);
    expect(latin1.status).toBe(65);
    expect(latin1.stdout).toBe('');
    expect(latin1.stderr).toContain(`${path.join(folder, 'latin1.txt')}:7: the document is not valid UTF-8`);
  });
});
