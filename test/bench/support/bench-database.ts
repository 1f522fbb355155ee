// A fresh, migrated database for one benchmark run: a SQLite file in a temp folder, or a PostgreSQL schema of its own
// (BENCH_DATABASE_URL, or the database the caller names), dropped again afterwards.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDataSource, readEnv, runMigrations, type Env } from '#domain';
import { DataSource } from 'typeorm';

export type BenchDatabaseKind = 'sqlite' | 'postgres';

export interface BenchDatabase {
  kind: BenchDatabaseKind;
  env: Env;
  ds: DataSource;
  /** The environment a child process (the API, the worker) needs to open the same database. */
  childEnv: Record<string, string>;
  /** Bytes on disk: the SQLite file with its WAL, or every relation of the schema with indexes and TOAST. */
  sizeBytes(): Promise<number>;
  dispose(): Promise<void>;
}

/** The database a single benchmark runs on: BENCH_DATABASE=sqlite (default) or postgres. */
export function benchDatabaseKind(): BenchDatabaseKind {
  const kind = process.env.BENCH_DATABASE ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`BENCH_DATABASE=${kind} (sqlite or postgres)`);
  return kind;
}

export const DEFAULT_BENCH_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';

/** The PostgreSQL to benchmark on: BENCH_DATABASE_URL, else the local default when it answers; null when none answers. */
export async function benchPostgresUrl(): Promise<string | null> {
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_POSTGRES;
  const probe = new DataSource({ type: 'postgres', url, extra: { max: 1, connectionTimeoutMillis: 2000 } });
  try {
    await probe.initialize();
    await probe.destroy();
    return url;
  } catch {
    return null;
  }
}

export async function openBenchDatabase(label: string, kind: BenchDatabaseKind, extraEnv: Record<string, string> = {}): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `termijnwacht-bench-${label}-`));
  const base: Record<string, string> = { DATA_DIR: dataDir, ...extraEnv };
  if (kind === 'postgres') {
    const url = await benchPostgresUrl();
    if (!url) throw new Error(`PostgreSQL does not answer on ${process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_POSTGRES}`);
    Object.assign(base, { DATABASE_URL: url, DATABASE_SCHEMA: `bench_${label.replace(/\W/g, '_')}_${randomUUID().replace(/-/g, '').slice(0, 8)}` });
  }
  const env = readEnv(base);
  const ds = await openDataSource(env);
  await runMigrations(ds);
  return {
    kind,
    env,
    ds,
    childEnv: base,
    async sizeBytes() {
      if (kind === 'sqlite') {
        if (ds.isInitialized) await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
        return ['', '-wal', '-shm'].reduce((sum, suffix) => sum + (fs.existsSync(env.sqliteFile + suffix) ? fs.statSync(env.sqliteFile + suffix).size : 0), 0);
      }
      const [{ bytes }] = await ds.query(
        `SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`,
        [env.databaseSchema],
      );
      return Number(bytes);
    },
    async dispose() {
      if (kind === 'postgres') {
        if (!ds.isInitialized) await ds.initialize();
        await ds.query(`DROP SCHEMA IF EXISTS "${env.databaseSchema}" CASCADE`);
      }
      if (ds.isInitialized) await ds.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
