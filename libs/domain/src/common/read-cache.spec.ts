import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ReadCache } from './read-cache.js';

/** A stand-in for the one query the cache makes: the write_lock counter. */
function fakeDatabase() {
  const db = { counter: 0 };
  const dataSource = { query: async () => [{ counter: db.counter }] } as unknown as DataSource;
  return { db, dataSource };
}

function counting<T>(value: () => T) {
  const calls = { n: 0 };
  return { calls, compute: async () => ((calls.n += 1), value()) };
}

describe('ReadCache', () => {
  it('serves the computed value while the data version is unchanged, and recomputes after a write', async () => {
    const { db, dataSource } = fakeDatabase();
    const cache = new ReadCache(dataSource, { maxEntries: 4, ttlMs: 60_000 });
    const { calls, compute } = counting(() => ({ total: db.counter }));
    expect(await cache.get('k', compute)).toEqual({ total: 0 });
    expect(await cache.get('k', compute)).toEqual({ total: 0 });
    expect(calls.n).toBe(1);
    db.counter = 1;
    expect(await cache.get('k', compute)).toEqual({ total: 1 });
    expect(calls.n).toBe(2);
  });

  it('recomputes after the TTL even without a write, and never caches with maxEntries 0', async () => {
    const { dataSource } = fakeDatabase();
    let now = 0;
    const cache = new ReadCache(dataSource, { maxEntries: 4, ttlMs: 1000 }, () => now);
    const { calls, compute } = counting(() => 'x');
    await cache.get('k', compute);
    now = 999;
    await cache.get('k', compute);
    now = 1000;
    await cache.get('k', compute);
    expect(calls.n).toBe(2);
    const off = new ReadCache(dataSource, { maxEntries: 0, ttlMs: 1000 });
    const second = counting(() => 'y');
    await off.get('k', second.compute);
    await off.get('k', second.compute);
    expect(second.calls.n).toBe(2);
  });

  it('shares one computation between concurrent requests, and does not keep a failure', async () => {
    const { dataSource } = fakeDatabase();
    const cache = new ReadCache(dataSource, { maxEntries: 4, ttlMs: 60_000 });
    const { calls, compute } = counting(() => 'shared');
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute), cache.get('k', compute)])).toEqual(['shared', 'shared', 'shared']);
    expect(calls.n).toBe(1);
    let fail = true;
    const flaky = async () => {
      if (fail) throw new Error('database busy');
      return 'ok';
    };
    await expect(cache.get('f', flaky)).rejects.toThrow('database busy');
    fail = false;
    expect(await cache.get('f', flaky)).toBe('ok');
  });

  it('drops the least recently used entry beyond maxEntries', async () => {
    const { dataSource } = fakeDatabase();
    const cache = new ReadCache(dataSource, { maxEntries: 2, ttlMs: 60_000 });
    const calls: string[] = [];
    const compute = (key: string) => async () => (calls.push(key), key);
    await cache.get('a', compute('a'));
    await cache.get('b', compute('b'));
    await cache.get('a', compute('a'));
    await cache.get('c', compute('c'));
    await cache.get('a', compute('a'));
    await cache.get('b', compute('b'));
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });
});
