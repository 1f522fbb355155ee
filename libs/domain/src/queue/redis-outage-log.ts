/**
 * Redis outages in the log as two lines: when the first connection error arrives, and when Redis answers again,
 * with how long it was away and how many connection errors came in between. Every connection (the producer, each
 * BullMQ worker and its blocking connection) reports each reconnect attempt: 84 lines in 10 s before this.
 */
export class RedisOutageLog {
  private since: number | null = null;
  private errors = 0;

  constructor(
    private readonly warn: (message: string) => void,
    private readonly log: (message: string) => void,
    private readonly clock: () => number = Date.now,
  ) {}

  error(error: Error): void {
    this.errors += 1;
    if (this.since !== null) return;
    this.since = this.clock();
    this.warn(`Redis unreachable (${error.message}); retrying, and saying so once it answers again`);
  }

  /** A connection is ready: the end of an outage, if there was one. */
  ready(): void {
    if (this.since === null) return;
    const seconds = Math.round((this.clock() - this.since) / 1000);
    this.log(`Redis reachable again after ${seconds} s (${this.errors} connection error(s) meanwhile)`);
    this.since = null;
    this.errors = 0;
  }

  get down(): boolean {
    return this.since !== null;
  }
}
