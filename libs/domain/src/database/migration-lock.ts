import type { DataSource } from 'typeorm';

// Two processes may migrate at once (`termijnwacht start --only api` and `--only worker` started together, or a
// `migrate` run during a start). TypeORM takes no lock: both would read the same pending list and the second would
// fail on "table already exists". The lock makes the second wait, then find nothing pending.
const LOCK_TIMEOUT_MS = 120_000;

interface SqliteLockConnection {
  exec(sql: string): void;
  close(): void;
}
type SqliteModule = new (file: string, options: { timeout: number }) => SqliteLockConnection;

/**
 * Runs `work` holding a lock that only one process at a time can hold for this database: a PostgreSQL advisory
 * lock keyed by the schema, or for SQLite an exclusive transaction on a lock file next to the database (a lock on
 * the database file itself would block the migrations' own writes).
 */
export async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type === 'postgres') {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtext('termijnwacht-migrate/' || current_schema()))`);
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('termijnwacht-migrate/' || current_schema()))`);
      }
    } finally {
      await runner.release();
    }
  }
  // The better-sqlite3 module TypeORM loaded: it waits for the lock up to the timeout (synchronously; nothing else
  // runs while a process migrates).
  const Sqlite = (dataSource.driver as unknown as { sqlite: SqliteModule }).sqlite;
  const lock = new Sqlite(`${String(dataSource.options.database)}.migrate-lock`, { timeout: LOCK_TIMEOUT_MS });
  try {
    lock.exec('BEGIN EXCLUSIVE');
    try {
      return await work();
    } finally {
      lock.exec('COMMIT');
    }
  } finally {
    lock.close();
  }
}
