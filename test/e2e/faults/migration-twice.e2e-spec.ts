import { beforeAll, describe, expect, it } from '@jest/globals';
import { openDataSource, type Env } from '#domain';
import type { DataSource } from 'typeorm';
import { runCli } from '../../support/run-cli.js';
import { createTestEnv, seedFiles } from '../../support/test-env.js';
import { sql } from '../worker/support/worker-fixture.js';
import { envVars, runCliAsync } from '../worker/support/worker-process.js';

const appliedIn = (stdout: string) =>
  stdout
    .replace(/^migrations applied: /, '')
    .trim()
    .split(', ')
    .sort();

async function withDatabase<T>(env: Env, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await openDataSource(env);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

async function state(env: Env): Promise<{ migrations: string[]; sets: number; questions: number; documents: number }> {
  return withDatabase(env, async (db) => {
    const migrations = (await sql<{ name: string }>(db, `SELECT name FROM migrations ORDER BY name`)).map((r) => r.name);
    const [counts] = await sql<Record<string, number>>(
      db,
      `SELECT (SELECT COUNT(*) FROM question_set) AS sets, (SELECT COUNT(*) FROM question) AS questions, (SELECT COUNT(*) FROM source_document) AS documents`,
    );
    return { migrations, sets: Number(counts.sets), questions: Number(counts.questions), documents: Number(counts.documents) };
  });
}

// `termijnwacht migrate` as a user (or a deployment script, or two `start`s at once) runs it: the compiled CLI.
describe('a database migration run twice', () => {
  let env: Env;

  beforeAll(() => {
    env = createTestEnv();
  });

  it('twice in a row: the second run applies nothing and leaves schema and data as they were', async () => {
    const first = runCli(['migrate'], envVars(env));
    expect([first.status, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toMatch(/^migrations applied: /);
    const imported = runCli(['import', ...seedFiles()], envVars(env));
    expect(imported.stdout).toBe('imported 5, updated 0, unchanged 0, rejected 0\n');
    const before = await state(env);
    expect(before.migrations).toEqual(appliedIn(first.stdout));
    expect(before.sets).toBe(5);

    const second = runCli(['migrate'], envVars(env));
    expect([second.status, second.stdout, second.stderr]).toEqual([0, '', '']);
    expect(await state(env)).toEqual(before);
  });

  it('three processes at once on a new database: one applies the migrations, the others wait and find nothing to do', async () => {
    const fresh = createTestEnv();
    const runs = await Promise.all([1, 2, 3].map(() => runCliAsync(['migrate'], fresh)));
    expect(runs.map((r) => [r.status, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
      [0, ''],
    ]);
    const applying = runs.filter((r) => r.stdout.startsWith('migrations applied: '));
    expect(applying).toHaveLength(1);
    expect((await state(fresh)).migrations).toEqual(appliedIn(applying[0].stdout));
    expect(runCli(['import', seedFiles()[0]], envVars(fresh)).status).toBe(0);
  });
});
