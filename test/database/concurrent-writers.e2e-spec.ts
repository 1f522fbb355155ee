import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeTransaction, type Env } from '#domain';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { sql } from '../support/sql.js';
import { createTestEnv, openTestDatabase, REPO_ROOT } from '../support/test-env.js';

// The API and the worker are separate processes writing to one database. On SQLite that takes WAL mode (readers never
// wait for the writer) and a busy timeout (a writer waits for the other's short write lock instead of failing with
// SQLITE_BUSY); on PostgreSQL, writeTransaction's first UPDATE of write_lock queues the writers.

const WRITES_PER_PROCESS = 150;

/** A child process that opens the database as the apps do (compiled dist, built by the jest global setup) and writes. */
function writer(env: Env, writes: number): Promise<{ code: number | null; output: string }> {
  const script = `
    const { openDataSource, writeTransaction } = await import(${JSON.stringify(path.join(REPO_ROOT, 'dist/libs/domain/src/index.js'))});
    const ds = await openDataSource(JSON.parse(process.argv[1]));
    for (let i = 0; i < ${writes}; i++) {
      await writeTransaction(ds, async (m) => {
        await m.query('SELECT counter FROM write_lock WHERE id = 1');
        await new Promise((resolve) => setTimeout(resolve, 1));
      });
    }
    await ds.destroy();
  `;
  const config = JSON.stringify({ databaseUrl: env.databaseUrl, sqliteFile: env.sqliteFile, databaseSchema: env.databaseSchema });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, config], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('writers side by side', () => {
  let env: Env;
  let ds: DataSource;

  beforeAll(async () => {
    env = createTestEnv();
    ds = await openTestDatabase(env);
  });
  afterAll(async () => {
    await ds?.destroy();
    if (!env.databaseUrl) fs.rmSync(env.dataDir, { recursive: true, force: true });
  });

  (process.env.TEST_DATABASE_URL ? it.skip : it)('opens SQLite in WAL mode with a busy timeout', async () => {
    expect(await sql(ds, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    const [{ timeout }] = await sql<{ timeout: number }>(ds, 'PRAGMA busy_timeout');
    expect(timeout).toBeGreaterThanOrEqual(5000);
  });

  it('two processes and this one write at once: no SQLITE_BUSY, no lost update', async () => {
    const counter = async () => Number((await sql(ds, 'SELECT counter FROM write_lock WHERE id = 1'))[0].counter);
    const before = await counter();
    const here = (async () => {
      for (let i = 0; i < WRITES_PER_PROCESS; i++) await writeTransaction(ds, async () => new Promise((resolve) => setTimeout(resolve, 1)));
    })();
    const [a, b] = await Promise.all([writer(env, WRITES_PER_PROCESS), writer(env, WRITES_PER_PROCESS), here]);
    expect(a).toEqual({ code: 0, output: '' });
    expect(b).toEqual({ code: 0, output: '' });
    expect(await counter()).toBe(before + 3 * WRITES_PER_PROCESS);
  }, 120_000);
});
