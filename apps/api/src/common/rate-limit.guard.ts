import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ENV, type Env } from '#domain';
import type { Request, Response } from 'express';

const WINDOW_MS = 60_000;

/**
 * At most `RATE_LIMIT_PER_MINUTE` requests per client address per minute (fixed windows), answered 429 with
 * Retry-After beyond that. Written here rather than taken from @nestjs/throttler: that package is CommonJS
 * requiring ESM-only Nest 12, which Jest's module runtime on Node 20 cannot load.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(@Inject(ENV) private readonly env: Env) {}

  canActivate(context: ExecutionContext): boolean {
    const limit = this.env.rateLimitPerMinute;
    if (limit === 0 || context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const now = Date.now();
    const client = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    let window = this.windows.get(client);
    if (!window || now - window.start >= WINDOW_MS) {
      if (this.windows.size > 10_000) this.forgetExpired(now);
      window = { start: now, count: 0 };
      this.windows.set(client, window);
    }
    window.count += 1;
    if (window.count <= limit) return true;
    const retryAfter = Math.ceil((window.start + WINDOW_MS - now) / 1000);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new HttpException(`too many requests: at most ${limit} a minute per client; try again in ${retryAfter} s`, HttpStatus.TOO_MANY_REQUESTS);
  }

  private forgetExpired(now: number): void {
    for (const [client, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(client);
  }
}
