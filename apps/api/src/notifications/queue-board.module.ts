import { Inject, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { ApiKeyService, JobProducer } from '#domain';
import type { NextFunction, Request, Response } from 'express';
import { boardPrincipal } from './board-key.util.js';

export const QUEUE_BOARD_PATH = '/admin/queues';

/** Bull Board at /admin/queues, behind an admin key (X-Api-Key, Bearer, or HTTP Basic with the key as password). */
@Module({})
export class QueueBoardModule implements NestModule {
  constructor(
    @Inject(JobProducer) private readonly producer: JobProducer,
    @Inject(ApiKeyService) private readonly keys: ApiKeyService,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.producer.allQueues().map((queue) => new BullMQAdapter(queue)),
      // @bull-board/express 9.10.1 (the last published) nests its own @bull-board/api 9.10.1: the same shape, but
      // TypeScript sees two declarations of a private field. The adapters only meet through that shape.
      serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
      options: { uiConfig: { boardTitle: 'termijnwacht' } },
    });
    const requireAdmin = async (req: Request, res: Response, next: NextFunction) => {
      try {
        const { principal, presented } = await boardPrincipal(req, this.keys);
        if (principal?.role === 'admin') return next();
        res.setHeader('WWW-Authenticate', 'Basic realm="termijnwacht admin", charset="UTF-8"');
        res.status(principal ? 403 : 401).json({ statusCode: principal ? 403 : 401, message: principal ? 'an admin key is required' : presented ? 'unknown or revoked API key' : 'an admin API key is required (X-Api-Key)' });
      } catch (error) {
        next(error);
      }
    };
    consumer.apply(requireAdmin, serverAdapter.getRouter()).forRoutes(QUEUE_BOARD_PATH.slice(1));
  }
}
