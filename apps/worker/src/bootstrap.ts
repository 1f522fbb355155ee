import 'reflect-metadata';
import type { INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Env, Policy } from '#domain';
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
    logger: options.logger ?? ['log', 'warn', 'error'],
    abortOnError: false,
  });
  if (options.shutdownHooks !== false) app.enableShutdownHooks();
  return app;
}
