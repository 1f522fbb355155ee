import { describe, expect, it } from '@jest/globals';
import { SlidingWindowMemoryStore } from './sliding-window.store.js';

// Issue 14, finding 5: the old guard's fixed window let 1,180 requests through in 20 s at a limit of 600 a minute.
// A clock is injected: these are statements about counting, not about time passing.
describe('SlidingWindowMemoryStore', () => {
  const shape = { windowMs: 60_000, buckets: 60, limit: 600 };
  const passes = (store: SlidingWindowMemoryStore, key: string, n: number) =>
    Array.from({ length: n }, () => store.increment(key)).filter((r) => r.totalHits <= shape.limit).length;

  it('lets no more than the limit through across a minute boundary (a fixed window lets twice as many)', () => {
    let now = Date.UTC(2026, 0, 1, 12, 0, 50);
    const store = new SlidingWindowMemoryStore(shape, () => now);
    expect(passes(store, 'a', 700)).toBe(600); // at 12:00:50
    now += 15_000; // 12:01:05, in the next fixed window
    expect(passes(store, 'a', 700)).toBe(0);
    // In any 60 s span at most 600: at 12:01:50 the first requests have left the window, and only then.
    now = Date.UTC(2026, 0, 1, 12, 1, 49, 999);
    expect(passes(store, 'a', 1)).toBe(0);
    now = Date.UTC(2026, 0, 1, 12, 1, 50);
    expect(passes(store, 'a', 700)).toBe(600);
  });

  it('counts each client on its own, frees the budget slice by slice, and says when the next request fits', () => {
    let now = 1_000_000_000_000;
    const store = new SlidingWindowMemoryStore({ windowMs: 60_000, buckets: 60, limit: 3 }, () => now);
    store.increment('a');
    now += 10_000;
    store.increment('a');
    store.increment('a');
    const refused = store.increment('a');
    expect(refused.totalHits).toBe(4);
    expect(refused.resetTime!.getTime()).toBe(1_000_000_000_000 + 60_000);
    expect(store.increment('b').totalHits).toBe(1);
    now = 1_000_000_000_000 + 60_000;
    expect(store.increment('a').totalHits).toBe(3);
    expect(store.increment('a').totalHits).toBe(4);
  });

  it('does not count refused requests: a client that waits for the reset gets in', () => {
    let now = 0;
    const store = new SlidingWindowMemoryStore({ windowMs: 60_000, buckets: 60, limit: 2 }, () => now);
    for (let i = 0; i < 100; i += 1) store.increment('a');
    now = 60_000;
    expect(store.increment('a').totalHits).toBe(1);
  });
});
