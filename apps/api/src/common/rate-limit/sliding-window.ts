/**
 * A sliding window of `buckets` slices (60 for a minute: one-second slices). A request is counted only while the
 * slices still in the window hold fewer than `limit`, so in any span of the window's length (to one slice) at most
 * `limit` requests pass: no fixed-window boundary where twice the limit gets through, and no bucket refill that does
 * the same. Refused requests are not counted: a client that waits for Retry-After gets in.
 * Pure: the stores (memory, Redis) keep the slices and call this with the clock's slice.
 */
export interface SlidingWindowShape {
  windowMs: number;
  buckets: number;
  limit: number;
}

export interface WindowVerdict {
  /** Requests in the window including this one (over `limit` when refused). */
  totalHits: number;
  counted: boolean;
  /** When enough slices have left the window for one more request. */
  resetTime: Date;
}

export function sliceOf(shape: SlidingWindowShape, nowMs: number): number {
  return Math.floor(nowMs / (shape.windowMs / shape.buckets));
}

/** Slices that have left the window at `slice` (older than buckets − 1 slices). */
export function isExpired(shape: SlidingWindowShape, bucket: number, slice: number): boolean {
  return bucket <= slice - shape.buckets;
}

/** The verdict for one more request, given the counts per live slice (before counting it). */
export function verdict(shape: SlidingWindowShape, counts: ReadonlyMap<number, number>, slice: number): WindowVerdict {
  const sliceMs = shape.windowMs / shape.buckets;
  const live = [...counts.entries()].filter(([b]) => !isExpired(shape, b, slice)).sort((a, b) => a[0] - b[0]);
  const total = live.reduce((sum, [, n]) => sum + n, 0);
  const counted = total < shape.limit;
  const after = total + (counted ? 1 : 0);
  // The earliest slice at whose expiry fewer than `limit` remain.
  let remaining = after;
  let reset = (slice + 1) * sliceMs;
  for (const [bucket, n] of counted ? [...live, [slice, 1] as [number, number]] : live) {
    if (remaining < shape.limit) break;
    remaining -= n;
    reset = (bucket + shape.buckets) * sliceMs;
  }
  return { totalHits: total + 1, counted, resetTime: new Date(reset) };
}
