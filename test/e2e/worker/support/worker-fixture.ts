import fs from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import {
  DEFAULT_POLICY,
  DocumentImportService,
  JobProducer,
  QueueName,
  SubscriptionService,
  writeTransaction,
  type Env,
  type SubscriptionRequest,
} from '#domain';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { createWorkerApp } from '../../../../apps/worker/src/bootstrap.js';
import { sql } from '../../../support/sql.js';
import { openTestDatabase, seedFiles } from '../../../support/test-env.js';

/** A migrated database with the five seeds imported. */
export async function seededDatabase(env: Env): Promise<DataSource> {
  const dataSource = await openTestDatabase(env);
  const importer = new DocumentImportService(dataSource, DEFAULT_POLICY);
  for (const file of seedFiles()) await importer.importText(fs.readFileSync(file, 'utf8'), { filename: file });
  return dataSource;
}

/** The worker as the tests run it: fast retries, a fast relay, quiet logs. */
export function startWorker(env: Env, overrides: { mailAttempts?: number } = {}): Promise<INestApplicationContext> {
  return createWorkerApp(env, DEFAULT_POLICY, {
    logger: false,
    shutdownHooks: false,
    tuning: { mailBackoffMs: 100, mailAttempts: overrides.mailAttempts ?? 5 },
    relayIntervalMs: 250,
  });
}

/** A subscription made active directly (the double opt-in has its own test). */
export async function activeSubscription(app: INestApplicationContext, request: SubscriptionRequest): Promise<number> {
  const view = await app.get(SubscriptionService).subscribe(request, { confirmed: true, createdBy: 'admin' });
  return view.id;
}

/** Runs one job through the real queue and waits for its result. */
export async function runJob(env: Env, queueName: QueueName, name: string, data: object, jobId?: string): Promise<unknown> {
  const queue = new Queue(queueName, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
  const events = new QueueEvents(queueName, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
  try {
    await events.waitUntilReady();
    const job = await queue.add(name, data, jobId ? { jobId } : {});
    return await job.waitUntilFinished(events, 30_000);
  } finally {
    await events.close();
    await queue.close();
  }
}

/** Removes every key of this test run's prefix (never FLUSHALL: the Redis may be a developer's). */
export async function dropQueues(env: Env): Promise<void> {
  const producer = new JobProducer(env, { failFast: false });
  try {
    for (const queue of producer.allQueues()) await queue.obliterate({ force: true }).catch(() => undefined);
  } finally {
    await producer.close();
  }
  const redis = new Redis(env.redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.queuePrefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Raw SQL on either database (moved to test/support/sql.ts, shared by every test). */
export { sql } from '../../../support/sql.js';

/**
 * `count` confirmed subscriptions written straight into the database (`PREFIX-000@example.test`, …), for tests that
 * need many subscribers and no confirmation mails. Returns their addresses.
 */
export async function insertActiveSubscriptions(
  db: DataSource,
  prefix: string,
  count: number,
  subscription: { rules: string; digest: string },
): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}@example.test`);
  await writeTransaction(db, async (m) => {
    for (const email of emails) {
      await sql(
        m,
        `INSERT INTO subscription (email, rules, digest, status, "createdBy", "createdAt", "confirmedAt") VALUES (?, ?, ?, 'active', 'admin', '2022-01-01T00:00:00Z', '2022-01-01T00:00:00Z')`,
        [email, subscription.rules, subscription.digest],
      );
    }
  });
  return emails;
}
