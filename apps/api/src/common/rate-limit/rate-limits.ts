import { rateLimit, type RateLimitRequestHandler, type Store } from 'express-rate-limit';
import { Redis } from 'ioredis';
import { Logger } from '@nestjs/common';
import type { Env } from '#domain';
import type { Request, Response } from 'express';
import { answersWithHtml, plainErrorPage } from '../error-format.js';
import { SlidingWindowMemoryStore, SlidingWindowRedisStore } from './sliding-window.store.js';
import type { SlidingWindowShape } from './sliding-window.js';

const MINUTE = 60_000;

export interface RateLimits {
  /** Every request: API, pages, /docs, Bull Board. */
  all: RateLimitRequestHandler | null;
  /** POST /subscriptions only (SUBSCRIBE_LIMIT_PER_HOUR, on top of three unconfirmed a day per mailbox). */
  subscribe: RateLimitRequestHandler | null;
  close(): Promise<void>;
}

function refuse(req: Request, res: Response, message: string): void {
  if (answersWithHtml(req.baseUrl + req.path)) {
    res
      .status(429)
      .type('html')
      .send(plainErrorPage('Te veel verzoeken', `${message}. Probeer het over ${String(res.getHeader('Retry-After'))} seconden opnieuw.`));
    return;
  }
  res.status(429).json({ statusCode: 429, error: 'Too Many Requests', message: `${message}; try again in ${String(res.getHeader('Retry-After'))} s` });
}

/**
 * The rate limits (express-rate-limit) with a sliding window of one-second slices, standard `RateLimit` headers
 * (IETF draft 8) and Retry-After. Clients are told apart by `req.ip`, which follows TRUST_PROXY. With
 * RATE_LIMIT_STORE=redis every API process counts in one Redis, so N processes do not give N budgets; when that
 * Redis is unreachable requests pass (passOnStoreError) rather than the site going down with it.
 */
export function createRateLimits(env: Env): RateLimits {
  let client: Redis | null = null;
  const logger = new Logger('RateLimit');
  const store = (name: string, shape: SlidingWindowShape): Store => {
    if (env.rateLimitStore === 'memory') return new SlidingWindowMemoryStore(shape);
    if (!client) {
      client = new Redis(env.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: (times) => Math.min(500 * times, 5_000) });
      let down = false;
      client.on('error', (error) => {
        if (!down) logger.warn(`the rate-limit store (Redis) is unreachable, requests pass unlimited until it is back: ${error.message}`);
        down = true;
      });
      client.on('ready', () => {
        if (down) logger.log('the rate-limit store (Redis) is reachable again');
        down = false;
      });
    }
    return new SlidingWindowRedisStore(shape, client, `${env.queuePrefix}:rate:${name}:`);
  };
  const limiter = (name: string, shape: SlidingWindowShape, message: string) =>
    rateLimit({
      windowMs: shape.windowMs,
      limit: shape.limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      identifier: name,
      store: store(name, shape),
      passOnStoreError: true,
      handler: (req, res) => refuse(req, res, message),
      // Our stores count only what passes; nothing to undo afterwards.
      skipFailedRequests: false,
      // X-Forwarded-For without TRUST_PROXY is expected (a client may send one); README explains TRUST_PROXY.
      validate: { xForwardedForHeader: false },
    });
  const perMinute = env.rateLimitPerMinute;
  const perHour = env.subscribeLimitPerHour;
  return {
    all:
      perMinute === 0
        ? null
        : limiter('all', { windowMs: MINUTE, buckets: 60, limit: perMinute }, `too many requests: at most ${perMinute} a minute per client`),
    subscribe:
      perHour === 0
        ? null
        : limiter('subscribe', { windowMs: 60 * MINUTE, buckets: 60, limit: perHour }, `too many subscriptions from this client: at most ${perHour} an hour`),
    close: async () => {
      await client?.quit().catch(() => undefined);
    },
  };
}
