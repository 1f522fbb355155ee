import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Env } from '../config/env.js';
import { ENTITIES } from './entities.js';
import { withMigrationLock } from './migration-lock.js';
import { MIGRATIONS } from './migrations/index.js';
import { buildMissingAnswerTermProjection } from '../answer-term-projection/ensure-answer-term-projection.js';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import type { Policy } from '../policy/policy.js';

export { dialectOf, type Dialect } from './dialect.util.js';

/** SQLite under DATA_DIR by default; PostgreSQL when DATABASE_URL is set. Never `synchronize`: migrations own the schema. */
export function dataSourceOptions(env: Pick<Env, 'databaseUrl' | 'sqliteFile' | 'databaseSchema'>): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: false } as const;
  if (env.databaseUrl) {
    const schema = env.databaseSchema;
    return {
      ...common,
      type: 'postgres',
      url: env.databaseUrl,
      ...(schema ? { schema } : {}),
      // search_path makes hand-written SQL find the schema's tables too.
      extra: { max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) },
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: env.sqliteFile,
    // WAL lets the API read while the worker writes; the busy timeout covers the short write locks.
    enableWAL: true,
    timeout: 15000,
    statementCacheSize: 500,
    prepareDatabase: (db: { pragma: (statement: string) => unknown }) => {
      // In WAL mode NORMAL is durable against a crash of the process (a commit is in the WAL file once COMMIT
      // returns) and stays consistent after any crash; only an OS crash or power loss can undo the last commits.
      // FULL would fsync every document's transaction, which made imports disk-bound.
      db.pragma('synchronous = NORMAL');
      // A document's transaction touches ~70 pages (a page per table and index it writes); with the default
      // checkpoint every 1,000 pages (~14 documents) the checkpoints, which copy those pages into the database file
      // and fsync it, took 1.2-2 ms a document. Every 4,000 pages copies each hot page once for ~57 documents:
      // the same rows took 2.0-3.7 instead of 4.2-5.4 ms a set (docs/BENCHMARKS.md). The WAL is cut back to 32 MB
      // after a checkpoint, so a burst of writes does not leave a large file behind.
      db.pragma('wal_autocheckpoint = 4000');
      db.pragma('journal_size_limit = 33554432');
    },
  };
}

/**
 * The SQLite file holds subscriber addresses and key hashes: it is created 0600 in a folder created 0700, and an
 * existing file readable by others is narrowed to 0600. SQLite gives its -wal and -shm files the database file's mode.
 */
function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
}

/** Opens (and for SQLite, creates the folder of) the database. Does not migrate: see runMigrations. */
export async function openDataSource(env: Pick<Env, 'databaseUrl' | 'sqliteFile' | 'databaseSchema'>): Promise<DataSource> {
  if (!env.databaseUrl) createPrivateFile(env.sqliteFile);
  if (env.databaseUrl && env.databaseSchema) await ensureSchema(env.databaseUrl, env.databaseSchema);
  const dataSource = new DataSource(dataSourceOptions(env));
  await dataSource.initialize();
  return dataSource;
}

/** Applies pending migrations; returns their names. Safe to run from two processes at once: see withMigrationLock. */
/**
 * Applies pending migrations, then builds the derived tables a migration left to be built (the answer-term projection
 * and who must answer) under `policy`: migrations are frozen and never call live rule code themselves.
 */
export async function runMigrations(dataSource: DataSource, policy: Policy = DEFAULT_POLICY): Promise<string[]> {
  const applied = await withMigrationLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
  await buildMissingAnswerTermProjection(dataSource, policy);
  return applied.map((m) => m.name);
}

/** Creates the PostgreSQL schema when missing (TypeORM does not), so DATABASE_SCHEMA can point at a new one. */
async function ensureSchema(url: string, schema: string): Promise<void> {
  const admin = new DataSource({ type: 'postgres', url, extra: { max: 1 } });
  await admin.initialize();
  try {
    // Looked up first: CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege even when the schema exists, which a
    // role that may only read or write the tables does not have.
    const [{ present }] = await admin.query<{ present: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS present`, [schema]);
    if (!present) await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    // Two processes creating the schema at once: IF NOT EXISTS does not cover the race, and the loser's
    // unique violation on pg_namespace means the schema is there.
    if ((error as { code?: string }).code !== '23505') throw error;
  } finally {
    await admin.destroy();
  }
}
