import type { ClientRateLimitInfo, Store } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { isExpired, sliceOf, verdict, type SlidingWindowShape } from './sliding-window.js';

/** The sliding window (sliding-window.ts) in this process's memory. */
export class SlidingWindowMemoryStore implements Store {
  readonly localKeys = true;
  private readonly clients = new Map<string, Map<number, number>>();
  private sweepAt = 0;

  constructor(
    private readonly shape: SlidingWindowShape,
    private readonly clock: () => number = Date.now,
  ) {}

  increment(key: string): ClientRateLimitInfo {
    const now = this.clock();
    const slice = sliceOf(this.shape, now);
    if (now >= this.sweepAt) this.sweep(slice, now);
    const counts = this.clients.get(key) ?? new Map<number, number>();
    for (const bucket of counts.keys()) if (isExpired(this.shape, bucket, slice)) counts.delete(bucket);
    const result = verdict(this.shape, counts, slice);
    if (result.counted) counts.set(slice, (counts.get(slice) ?? 0) + 1);
    this.clients.set(key, counts);
    return { totalHits: result.totalHits, resetTime: result.resetTime };
  }

  decrement(key: string): void {
    const counts = this.clients.get(key);
    const last = counts && Math.max(...counts.keys());
    if (counts && last !== undefined && counts.get(last)! > 0) counts.set(last, counts.get(last)! - 1);
  }

  resetKey(key: string): void {
    this.clients.delete(key);
  }

  resetAll(): void {
    this.clients.clear();
  }

  /** Forgets clients with nothing left in the window, once a window, so memory follows the active clients. */
  private sweep(slice: number, now: number): void {
    for (const [key, counts] of this.clients) if ([...counts.keys()].every((b) => isExpired(this.shape, b, slice))) this.clients.delete(key);
    this.sweepAt = now + this.shape.windowMs;
  }
}

// One hash per client: field = slice number, value = requests counted in it. Expired slices are dropped and the
// request counted only under the limit, atomically, so every API process sharing this Redis shares one budget.
const SCRIPT = `
local live = {}
local total = 0
local fields = redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do
  local bucket = tonumber(fields[i])
  if bucket <= tonumber(ARGV[1]) - tonumber(ARGV[2]) then
    redis.call('HDEL', KEYS[1], fields[i])
  else
    total = total + tonumber(fields[i + 1])
    table.insert(live, fields[i])
    table.insert(live, fields[i + 1])
  end
end
if total < tonumber(ARGV[3]) then
  redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end
return live`;

/** The sliding window in Redis (RATE_LIMIT_STORE=redis): one budget for every API process. */
export class SlidingWindowRedisStore implements Store {
  readonly localKeys = false;

  constructor(
    private readonly shape: SlidingWindowShape,
    private readonly client: Redis,
    readonly prefix: string,
    private readonly clock: () => number = Date.now,
  ) {}

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const slice = sliceOf(this.shape, this.clock());
    const live = (await this.client.eval(SCRIPT, 1, this.prefix + key, slice, this.shape.buckets, this.shape.limit, this.shape.windowMs)) as string[];
    const counts = new Map<number, number>();
    for (let i = 0; i < live.length; i += 2) counts.set(Number(live[i]), Number(live[i + 1]));
    const result = verdict(this.shape, counts, slice);
    return { totalHits: result.totalHits, resetTime: result.resetTime };
  }

  async decrement(key: string): Promise<void> {
    await this.client.hincrby(this.prefix + key, String(sliceOf(this.shape, this.clock())), -1);
  }

  async resetKey(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }
}
