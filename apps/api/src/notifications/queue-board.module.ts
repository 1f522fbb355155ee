import { Inject, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { ApiKeyService, ENV, JobProducer, type Env } from '#domain';
import { isOwnOrigin } from '../common/origin-check.middleware.js';
import type { NextFunction, Request, Response, Router } from 'express';
import { boardPrincipal } from './board-key.util.js';

export const QUEUE_BOARD_PATH = '/admin/queues';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Bull Board at /admin/queues, behind an admin key (X-Api-Key, Bearer, or HTTP Basic with the key as password). */
@Module({})
export class QueueBoardModule implements NestModule {
  constructor(
    @Inject(JobProducer) private readonly producer: JobProducer,
    @Inject(ApiKeyService) private readonly keys: ApiKeyService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.producer.allQueues().map((queue) => new BullMQAdapter(queue)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'termijnwacht' } },
    });
    const requireAdmin = async (req: Request, res: Response, next: NextFunction) => {
      try {
        const { principal, presented, viaBasic } = await boardPrincipal(req, this.keys);
        // A browser sends HTTP Basic credentials by itself, also with a form posted from another site: a change made
        // with them must come from this origin (the dashboard's own fetch sends Origin). A key in a header cannot be
        // sent cross-site without a CORS preflight, which this server never grants for writes.
        if (principal?.role === 'admin' && viaBasic && !SAFE_METHODS.has(req.method)) {
          const origin = req.get('origin');
          if (!origin || !isOwnOrigin(origin, req, this.env.publicUrl)) {
            res.status(403).json({
              statusCode: 403,
              error: 'Forbidden',
              message: 'a change to the queues with HTTP Basic credentials must come from this site (Origin); use X-Api-Key from scripts',
            });
            return;
          }
        }
        if (principal?.role === 'admin') return next();
        res.setHeader('WWW-Authenticate', 'Basic realm="termijnwacht admin", charset="UTF-8"');
        res.status(principal ? 403 : 401).json({
          statusCode: principal ? 403 : 401,
          message: principal ? 'an admin key is required' : presented ? 'unknown or revoked API key' : 'an admin API key is required (X-Api-Key)',
        });
      } catch (error) {
        next(error);
      }
    };
    consumer.apply(requireAdmin, serverAdapter.getRouter() as Router).forRoutes(QUEUE_BOARD_PATH.slice(1));
  }
}
