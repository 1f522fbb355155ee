import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobName, QueueName, type Env } from '#domain';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { createTestEnv } from '../../support/test-env.js';
import { SmtpSink } from './support/smtp-sink.js';
import { dropQueues, insertActiveSubscriptions, runJob, seededDatabase, sql, waitUntil } from './support/worker-fixture.js';
import { WorkerProcess } from './support/worker-process.js';

const SUBSCRIBERS = 45;
const WORKERS = 3;
// Seed 000 (2022Z01519) is overdue as of 2022-02-23: one alert for every subscriber following 'overdue'.
const SWEEP_AS_OF = '2022-02-23';
const MONDAY = '2022-02-28';

// Three real worker processes (node dist/apps/worker/src/main.js) on one Redis queue prefix and one database.
describe('three worker processes on one Redis and one database', () => {
  let sink: SmtpSink;
  let env: Env;
  let db: DataSource;
  let workers: WorkerProcess[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    env = createTestEnv({ SMTP_URL: sink.url });
    db = await seededDatabase(env);
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await db?.destroy();
    await dropQueues(env);
    await sink?.close();
  }, 60_000);

  it('share an alert sweep and a digest, each run three times at once: every mail arrives once and every alert is recorded once', async () => {
    const emails = await insertActiveSubscriptions(db, 'scale', SUBSCRIBERS, { rules: 'overdue', digest: 'weekly' });
    workers = await Promise.all(Array.from({ length: WORKERS }, () => WorkerProcess.start(env)));
    const mailQueue = new Queue(QueueName.Mail, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
    try {
      await waitUntil(async () => (await mailQueue.getWorkersCount()) === WORKERS, 10_000, 'three consumers on the mail queue');
    } finally {
      await mailQueue.close();
    }

    // No jobId: BullMQ cannot collapse these, so the three copies of each run land on different workers at once
    // and only the database's unique keys keep each alert and each digest single.
    await Promise.all([
      ...Array.from({ length: WORKERS }, () => runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: SWEEP_AS_OF })),
      ...Array.from({ length: WORKERS }, () => runJob(env, QueueName.Digests, JobName.DigestRun, { cadence: 'weekly', asOf: MONDAY })),
    ]);
    await sink.waitFor(2 * SUBSCRIBERS, 90_000);
    await waitUntil(
      async () => {
        const [{ n }] = await sql(db, `SELECT COUNT(*) AS n FROM mail_outbox WHERE status = 'sent'`);
        return Number(n) === 2 * SUBSCRIBERS;
      },
      30_000,
      'every outbox row to be marked sent',
    );
    // Give a duplicate, if there were one, the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    for (const email of emails) {
      const subjects = sink.to(email).map((m) => m.subject.replace(/:.*/, ''));
      expect([email, subjects.sort()]).toEqual([email, ['Weekoverzicht schriftelijke vragen, week 9 van 2022', 'termijnwacht'].sort()]);
    }
    expect(sink.received).toHaveLength(2 * SUBSCRIBERS);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(2 * SUBSCRIBERS);
    const [alerts] = await sql<{ n: number; keys: number; subs: number }>(
      db,
      `SELECT COUNT(*) AS n, COUNT(DISTINCT "idempotencyKey") AS keys, COUNT(DISTINCT "subscriptionId") AS subs FROM alert`,
    );
    expect([Number(alerts.n), Number(alerts.keys), Number(alerts.subs)]).toEqual([SUBSCRIBERS, SUBSCRIBERS, SUBSCRIBERS]);
    const outbox = await sql<{ kind: string; n: number }>(db, `SELECT kind, COUNT(*) AS n FROM mail_outbox GROUP BY kind ORDER BY kind`);
    expect(outbox.map((r) => [r.kind, Number(r.n)])).toEqual([
      ['alert', SUBSCRIBERS],
      ['digest', SUBSCRIBERS],
    ]);
    for (const w of workers) expect(w.child.exitCode).toBeNull();
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
  }, 150_000);
});
