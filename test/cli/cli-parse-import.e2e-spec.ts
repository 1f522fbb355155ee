import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-cli.js';
import { createTestEnv, databaseVars, REALDOCS_DIR, SEEDS_DIR, seedFiles } from '../support/test-env.js';

const WORKED_EXAMPLES = [
  { seed: '000', zaak: '2022Z01519', submittedOn: '2022-01-31', answeredOn: '2022-02-28', deferral: null },
  { seed: '001', zaak: '2019Z15244', submittedOn: '2019-07-18', answeredOn: '2019-09-10', deferral: null },
  { seed: '002', zaak: '2021Z19796', submittedOn: '2021-11-09', answeredOn: '2022-04-07', deferral: '2021-11-29' },
  { seed: '003', zaak: '2022Z11285', submittedOn: '2022-06-07', answeredOn: '2022-06-29', deferral: null },
  { seed: '004', zaak: '2021Z16950', submittedOn: '2021-10-01', answeredOn: '2021-11-18', deferral: '2021-10-22' },
];

function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'termijnwacht-cli-'));
}

// `parse` stores nothing: the PostgreSQL pass (TEST_DATABASE_URL) has nothing to add to it.
(process.env.TEST_DATABASE_URL ? describe.skip : describe)('termijnwacht parse', () => {
  it.each(WORKED_EXAMPLES)('prints the contract of seed $seed with the DESIGN.md dates', ({ seed, zaak, submittedOn, answeredOn, deferral }) => {
    const file = seedFiles().find((f) => path.basename(f).startsWith(seed))!;
    const run = runCli(['parse', file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout);
    expect(parsed).toMatchObject({ zaak, submittedOn, answeredOn });
    expect(parsed.deferrals.map((d: { date: string }) => d.date)).toEqual(deferral ? [deferral] : []);
    for (const field of ['format', 'documents', 'title', 'submitters', 'answeredBy', 'topics', 'questions', 'commitments', 'warnings']) {
      expect(parsed).toHaveProperty(field);
    }
  });

  it('exits 65 naming the file and the line of a damaged document', () => {
    const file = path.join(REALDOCS_DIR, 'bad_001.txt');
    const run = runCli(['parse', file]);
    expect(run.status).toBe(65);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `));
  });

  it('exits 65 for a missing file and for a file over the size limit', () => {
    expect(runCli(['parse', '/nonexistent/file.txt']).status).toBe(65);
    const big = path.join(tempDataDir(), 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const run = runCli(['parse', big]);
    expect(run.status).toBe(65);
    expect(run.stderr).toContain('limit is 5 MB');
  });
});

describe('termijnwacht import', () => {
  it('imports the seeds folder once, and reports the second run as unchanged', () => {
    // A database of its own: a SQLite file, or a PostgreSQL schema under TEST_DATABASE_URL.
    const env = databaseVars(createTestEnv());
    const first = runCli(['import', SEEDS_DIR], env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toBe('imported 5, updated 0, unchanged 0, rejected 0');
    const second = runCli(['import', SEEDS_DIR, '--json'], env);
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ imported: 0, updated: 0, unchanged: 5, rejected: [] });
  });

  it('goes on past refused files, names each with its line, and exits 65', () => {
    const env = databaseVars(createTestEnv());
    const dataDir = tempDataDir();
    const folder = path.join(dataDir, 'batch');
    fs.mkdirSync(folder);
    for (const name of fs.readdirSync(REALDOCS_DIR)) fs.copyFileSync(path.join(REALDOCS_DIR, name), path.join(folder, name));
    fs.writeFileSync(path.join(folder, 'empty.txt'), '');
    fs.writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
    fs.writeFileSync(path.join(folder, 'other-kind.txt'), 'Notulen van de vergadering van 3 maart 2022\n\nAanwezig: de voorzitter.\n');
    const run = runCli(['import', folder, '--json'], env);
    expect(run.status).toBe(65);
    const summary = JSON.parse(run.stdout);
    expect(summary.imported + summary.updated).toBe(16);
    const rejectedNames = summary.rejected.map((r: { file: string }) => path.basename(r.file)).sort();
    expect(rejectedNames).toEqual(['bad_001.txt', 'bad_002.txt', 'bad_003.txt', 'binary.txt', 'empty.txt', 'other-kind.txt']);
    for (const r of summary.rejected) expect(r.reason.length).toBeGreaterThan(10);
    expect(summary.rejected.find((r: { file: string }) => r.file.endsWith('bad_003.txt')).line).toEqual(expect.any(Number));
  });
});
