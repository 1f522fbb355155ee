import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openDataSource, type Env } from '#domain';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { runCli, type CliRun } from '../../support/run-cli.js';
import { createTestEnv, REPO_ROOT, seedFiles } from '../../support/test-env.js';
import { sql } from '../worker/support/worker-fixture.js';
import { envVars } from '../worker/support/worker-process.js';

const TABLES = ['question_set', 'question', 'deferral', 'source_document', 'commitment', 'person', 'question_set_submitter', 'question_set_topic'];
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function counts(env: Env): Promise<Record<string, number>> {
  const db = await openDataSource(env);
  try {
    const out: Record<string, number> = {};
    for (const table of TABLES) out[table] = Number((await sql<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    return out;
  } finally {
    await db.destroy();
  }
}

/**
 * The storage refuses writes. On SQLite: the file size limit (ulimit -f, RLIMIT_FSIZE) stops the database files from
 * growing, as a full disk does; it holds for root too, where a read-only folder (chmod) would not. On PostgreSQL the
 * data folder holds no database: there the import runs as a role that may read the tables but not write them.
 */
class RefusingStorage {
  private role: string | null = null;

  constructor(private readonly env: Env) {}

  async importing(files: string[]): Promise<CliRun> {
    if (!onPostgres) {
      const cli = path.join(REPO_ROOT, 'bin/termijnwacht.js');
      const result = spawnSync('sh', ['-c', 'ulimit -f 64 && exec "$0" "$@"', process.execPath, cli, 'import', ...files], {
        cwd: REPO_ROOT,
        env: envVars(this.env),
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    }
    this.role = `${this.env.databaseSchema}_ro`;
    await this.admin(async (db) => {
      await db.query(`CREATE ROLE "${this.role}" LOGIN`);
      await db.query(`GRANT USAGE ON SCHEMA "${this.env.databaseSchema}" TO "${this.role}"`);
      await db.query(`GRANT SELECT ON ALL TABLES IN SCHEMA "${this.env.databaseSchema}" TO "${this.role}"`);
    });
    const url = new URL(this.env.databaseUrl!);
    url.username = this.role;
    url.password = '';
    return runCli(['import', ...files], envVars(this.env, { DATABASE_URL: url.toString() }));
  }

  async release(): Promise<void> {
    if (this.role) await this.admin(async (db) => db.query(`DROP OWNED BY "${this.role}"`).then(() => db.query(`DROP ROLE "${this.role}"`)));
  }

  private async admin(work: (db: DataSource) => Promise<unknown>): Promise<void> {
    const db = new DataSource({ type: 'postgres', url: this.env.databaseUrl!, extra: { max: 1 } });
    await db.initialize();
    try {
      await work(db);
    } finally {
      await db.destroy();
    }
  }
}

describe(onPostgres ? 'a read-only database on import (PostgreSQL)' : 'a full disk on import (SQLite)', () => {
  let env: Env;
  let storage: RefusingStorage;
  const [seed000, , seed002, seed003] = seedFiles();

  beforeAll(() => {
    env = createTestEnv();
    storage = new RefusingStorage(env);
    expect(runCli(['import', seed000], envVars(env)).status).toBe(0);
  });
  afterAll(async () => {
    await storage?.release();
  });

  it('stops with exit 74 and a message naming the file and the database; nothing of the document is stored; it imports once the storage is back', async () => {
    const before = await counts(env);
    expect(before.question_set).toBe(1);

    const refused = await storage.importing([seed002, seed003]);
    expect(refused.status).toBe(74);
    expect(refused.stdout).toBe('');
    const target = onPostgres ? 'the PostgreSQL database' : `the database ${env.sqliteFile}`;
    expect(refused.stderr).toContain(`termijnwacht: ${seed002}: not imported: cannot write to ${target} (is the disk full or read-only?): `);
    expect(refused.stderr).toMatch(onPostgres ? /permission denied .*\(42501\)/ : /\(SQLITE_(FULL|IOERR\w*)\)/);
    expect(refused.stderr).toContain('Nothing of this document was stored.');
    expect(refused.stderr).not.toMatch(/internal error|\n\s+at /);
    // The import stopped at the first refusal: the second file was not tried.
    expect(refused.stderr).not.toContain(seed003);
    expect(await counts(env)).toEqual(before);

    // With the storage back, both import as new: no half-written set was left to collide with.
    const again = runCli(['import', seed002, seed003], envVars(env));
    expect([again.status, again.stdout]).toEqual([0, 'imported 2, updated 0, unchanged 0, rejected 0\n']);
    expect((await counts(env)).question_set).toBe(3);
  });
});
