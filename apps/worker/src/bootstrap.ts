import 'reflect-metadata';
import type { INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createAppLogger, QueueName, RedisOutageLog, type Env, type Policy } from '#domain';
import { getQueueToken, WorkerHost } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { AlertsProcessor } from './processors/alerts.processor.js';
import { DigestsProcessor } from './processors/digests.processor.js';
import { IngestProcessor } from './processors/ingest.processor.js';
import { MailProcessor } from './processors/mail.processor.js';
import { WorkerModule, type WorkerOptions } from './worker.module.js';

export interface CreateWorkerOptions extends WorkerOptions {
  logger?: false | LogLevel[];
  /** Close on SIGTERM/SIGINT (the default). Turn off when another app in the same process owns the signals. */
  shutdownHooks?: boolean;
}

/**
 * Starts the worker (processors, schedules, outbox relay) and returns it; `close()` stops it gracefully: the jobs in
 * hand finish, then the connections close. Needs a migrated database and Redis.
 */
export async function createWorkerApp(env: Env, policy: Policy, options: CreateWorkerOptions = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env, policy, options), {
    // LOG_FORMAT and LOG_LEVEL as for the API: a quiet start-up unless LOG_LEVEL=debug.
    logger: options.logger ?? createAppLogger(env),
    abortOnError: false,
  });
  // A BullMQ worker without an 'error' listener prints every failed reconnect to stderr: route them to the one
  // outage log instead (a line when Redis goes, a line when it is back).
  const outage = app.get(RedisOutageLog);
  for (const processor of [AlertsProcessor, DigestsProcessor, IngestProcessor, MailProcessor]) {
    const worker = app.get<WorkerHost>(processor, { strict: false }).worker;
    worker.on('error', (error) => outage.error(error));
    worker.on('ready', () => outage.ready());
  }
  // The queues BullModule registers for the processors have connections of their own.
  for (const name of Object.values(QueueName)) app.get<Queue>(getQueueToken(name), { strict: false }).on('error', (error) => outage.error(error));
  if (options.shutdownHooks !== false) app.enableShutdownHooks();
  return app;
}
