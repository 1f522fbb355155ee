import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { ENV, type Env } from '#domain';
import { Redis } from 'ioredis';

const TIMEOUT_MS = 1000;

/**
 * Pings the Redis the queues use. The API itself reads without Redis, so a dead Redis makes /health say so (503)
 * without slowing anything else: no offline queue, a short connect timeout, a new connection attempt per check.
 */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(
    @Inject(ENV) env: Env,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.client = new Redis(env.redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      connectTimeout: TIMEOUT_MS,
      maxRetriesPerRequest: 0,
      // No reconnecting in the background: the next check connects again.
      retryStrategy: () => null,
    });
    // Connection errors are reported by check(); without a listener ioredis would print each retry.
    this.client.on('error', () => undefined);
  }

  async check(key: string): Promise<HealthIndicatorResult> {
    const session = this.indicators.check(key);
    try {
      if (this.client.status === 'wait' || this.client.status === 'end') await this.withTimeout(this.client.connect());
      await this.withTimeout(this.client.ping());
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message.slice(0, 200) : 'unreachable' });
    }
  }

  onModuleDestroy(): void {
    // ioredis arms a 2 s timer when disconnecting a stream that is already closed; skip that case.
    if (this.client.status !== 'end' && this.client.status !== 'wait') this.client.disconnect();
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}
