import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ENV, type Env } from '#domain';
import { createRateLimits, type RateLimits } from './rate-limits.js';

/** Holds the rate limiters for bootstrap's middleware, and closes their Redis connection with the app. */
@Injectable()
export class RateLimitService implements OnApplicationShutdown {
  readonly limits: RateLimits;

  constructor(@Inject(ENV) env: Env) {
    this.limits = createRateLimits(env);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.limits.close();
  }
}
