import type { DataSource } from 'typeorm';
import { DataVersionRepository } from './data-version.repository.js';

export interface ReadCacheOptions {
  /** 0 turns the cache off. */
  maxEntries: number;
  /** An entry is recomputed after this long even when nothing was written (see the note on rollbacks below). */
  ttlMs: number;
}

export const DEFAULT_READ_CACHE: ReadCacheOptions = { maxEntries: 32, ttlMs: 60_000 };

interface Entry {
  version: number;
  storedAt: number;
  value: Promise<unknown>;
}

/**
 * Keeps computed reads (reports, ordered lists) until the data changes. Every write transaction bumps
 * write_lock.counter first (see writeTransaction), in any process, so the counter is the data's version: an entry made
 * at version N is served only while the counter still reads N. Identical concurrent requests share one computation.
 * The TTL bounds one rare case: under SQLite a read can run inside another request's open write transaction and see
 * its bumped counter; if that transaction rolls back and a later one commits the same number, the entry would look
 * current. Callers must not mutate what they get: it is shared.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly versions: DataVersionRepository;

  constructor(
    dataSource: DataSource,
    private readonly options: ReadCacheOptions = DEFAULT_READ_CACHE,
    private readonly now: () => number = Date.now,
  ) {
    this.versions = new DataVersionRepository(dataSource);
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.options.maxEntries <= 0) return compute();
    const version = await this.versions.current();
    const found = this.entries.get(key);
    if (found && found.version === version && this.now() - found.storedAt < this.options.ttlMs) {
      // Least recently used leaves first: a hit moves to the back.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value as Promise<T>;
    }
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { version, storedAt: this.now(), value });
    // A failed computation is not kept.
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
