import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDataSource, readEnv, runMigrations, type Env } from '#domain';
import type { DataSource } from 'typeorm';

export const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
export const REALDOCS_DIR = path.join(REPO_ROOT, 'test/fixtures/realdocs');

/** A fresh environment for one test file: its own DATA_DIR (a real SQLite file) and its own queue prefix. */
export function createTestEnv(overrides: Record<string, string> = {}): Env {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'termijnwacht-test-'));
  return readEnv({
    DATA_DIR: dataDir,
    QUEUE_PREFIX: `test-${randomUUID()}`,
    HMAC_SECRET: 'test-secret-of-sufficient-length',
    // With TEST_DATABASE_URL the same tests run on PostgreSQL, each environment in a schema of its own.
    ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL, DATABASE_SCHEMA: testSchemaName() } : {}),
    ...overrides,
  });
}

/**
 * `t_<run>_<random>`: the run id comes from the jest global setup, which drops the run's schemas at the end
 * (global-teardown.cjs) and those of runs older than a few hours at the start (interrupted runs).
 */
function testSchemaName(): string {
  const run = process.env.TEST_RUN_ID ?? `${Math.floor(Date.now() / 1000).toString(36)}_${process.pid.toString(36)}`;
  return `t_${run}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** The variables that point a child process (the CLI, the worker) at the same database as `env`: DATA_DIR, or DATABASE_URL and its schema. */
export function databaseVars(env: Env): Record<string, string> {
  return {
    DATA_DIR: env.dataDir,
    ...(env.databaseUrl ? { DATABASE_URL: env.databaseUrl } : {}),
    ...(env.databaseSchema ? { DATABASE_SCHEMA: env.databaseSchema } : {}),
  };
}

/** A migrated database for the environment. Close it with `dataSource.destroy()` in afterAll. */
export async function openTestDatabase(env: Env): Promise<DataSource> {
  const dataSource = await openDataSource(env);
  await runMigrations(dataSource);
  return dataSource;
}

export function seedFiles(): string[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(SEEDS_DIR, f));
}

export function readSeed(prefix: string): string {
  const file = seedFiles().find((f) => path.basename(f).startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(file, 'utf8');
}

export function readRealdoc(prefix: string): string {
  const file = fs.readdirSync(REALDOCS_DIR).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no realdoc ${prefix}`);
  return fs.readFileSync(path.join(REALDOCS_DIR, file), 'utf8');
}
