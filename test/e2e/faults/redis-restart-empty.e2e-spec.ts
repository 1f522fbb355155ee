import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { DEFAULT_POLICY, type Env } from '#domain';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApiApp } from '../../../apps/api/src/bootstrap.js';
import { createTestEnv } from '../../support/test-env.js';
import { SmtpSink } from '../worker/support/smtp-sink.js';
import { dropQueues, seededDatabase, sql, waitUntil } from '../worker/support/worker-fixture.js';
import { WorkerProcess } from '../worker/support/worker-process.js';
import { OwnRedis } from './support/own-redis.js';

const ADDRESSES = ['een@example.test', 'twee@example.test', 'drie@example.test'];

// Issue 14, findings 10 and 17. A Redis that restarts empty loses the jobs waiting in it. Their outbox rows had been
// queued a moment before, and the relay queued a row again only 30 minutes after that: the confirmation mails
// waited half an hour. And every reconnect attempt of every connection was a log line.
describe('Redis restarted empty with confirmation mails waiting in its queue', () => {
  let redis: OwnRedis;
  let sink: SmtpSink;
  let env: Env;
  let db: DataSource;
  let api: INestApplication;
  let worker: WorkerProcess | null = null;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    sink = await SmtpSink.start();
    env = createTestEnv({ SMTP_URL: sink.url, REDIS_URL: redis.url });
    db = await seededDatabase(env);
    api = await createApiApp(env, DEFAULT_POLICY, { logger: false, shutdownHooks: false });
    await api.init();
  });

  afterAll(async () => {
    if (worker && worker.child.exitCode === null) {
      worker.kill('SIGKILL');
      await worker.exited;
    }
    await api?.close();
    await db?.destroy();
    await redis?.up().catch(() => undefined);
    await dropQueues(env).catch(() => undefined);
    await redis?.stop();
    await sink?.close();
  }, 60_000);

  it('the mails are queued again as soon as Redis is back, and each is sent once', async () => {
    for (const email of ADDRESSES) await request(api.getHttpServer()).post('/subscriptions').send({ email, digest: 'weekly' }).expect(202);
    const queued = await sql(db, `SELECT id FROM mail_outbox WHERE status = 'pending' AND "queuedAt" IS NOT NULL`);
    expect(queued).toHaveLength(3);

    await redis.downAndForget();
    await redis.up();
    // The worker starts after the restart, as after a host reboot; it and the API both reconnect.
    worker = await WorkerProcess.start(env);
    // Well within a minute; before the fix they stayed pending for 30 minutes.
    await waitUntil(
      async () => Number((await sql(db, `SELECT COUNT(*) AS n FROM mail_outbox WHERE status = 'sent'`))[0].n) === 3,
      45_000,
      'the three mails to be sent',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sink.received.map((m) => m.to).sort()).toEqual([...ADDRESSES].sort());
  }, 90_000);

  it('an outage is two log lines in the worker (gone, back with a count), not one per reconnect attempt', async () => {
    await redis.down();
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await redis.up();
    await waitUntil(
      () => /Redis reachable again after \d+ s \(\d+ connection error\(s\) meanwhile\)/.test(worker!.output),
      30_000,
      'the line saying Redis is back',
    );
    expect(worker!.output.match(/Redis unreachable/g)).toHaveLength(1);
    expect((worker!.output.match(/ECONNREFUSED/g) ?? []).length).toBeLessThanOrEqual(1);
    expect(worker!.output.match(/Redis reachable again/g)).toHaveLength(1);
    worker!.kill('SIGTERM');
    await worker!.exited;
  }, 60_000);
});
