import type { DataSource, EntityManager } from 'typeorm';
import { dialectOf } from './dialect.util.js';

// SQLite has one connection per process, and TypeORM cannot run two transactions on it at once
// ("cannot start a transaction within a transaction"), so every transaction in a process goes through
// this promise-chain queue. PostgreSQL has a pool and needs no queue.
// The queue is per database file, not per DataSource: the API and the worker may run in one process with a
// connection each, and better-sqlite3 waits for a lock synchronously, so a second connection waiting on the first
// would block the event loop the first needs to commit (a 15 s stall, then SQLITE_BUSY).
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` in one transaction that starts with a write, so under SQLite the write lock is taken
 * (waiting up to the busy timeout) before anything is read, and a read snapshot never needs upgrading.
 */
export async function writeTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const run = () =>
    dataSource.transaction(async (manager) => {
      await manager.query('UPDATE write_lock SET counter = counter + 1 WHERE id = 1');
      return work(manager);
    });
  if (dialectOf(dataSource) === 'postgres') return run();
  return inQueue(dataSource, run);
}

/**
 * Runs a read that must see committed rows only, outside any transaction. Under SQLite the process's transactions
 * share its one connection, so the read waits its turn in the queue, where none of them is open; PostgreSQL's pool
 * connections see committed rows anyway.
 */
export async function committedRead<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const run = () => work(dataSource.manager);
  if (dialectOf(dataSource) === 'postgres') return run();
  return inQueue(dataSource, run);
}

function inQueue<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  const file = String(dataSource.options.database);
  const previous = queues.get(file) ?? Promise.resolve();
  const result = previous.then(run, run);
  queues.set(
    file,
    result.then(
      () => undefined,
      () => undefined,
    ),
  );
  return result;
}
