import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobName, QueueName, type AlertSweepResult, type Env } from '#domain';
import type { DataSource } from 'typeorm';
import { createTestEnv } from '../../support/test-env.js';
import { SmtpSink } from '../worker/support/smtp-sink.js';
import { dropQueues, insertActiveSubscriptions, runJob, seededDatabase, sql, waitUntil } from '../worker/support/worker-fixture.js';
import { WorkerProcess } from '../worker/support/worker-process.js';
import { OwnRedis } from './support/own-redis.js';

const SUBSCRIBERS = 30;
// Seed 000 (2022Z01519) is overdue as of 2022-02-23: one alert, and one mail, for every subscriber following 'overdue'.
const AS_OF = '2022-02-23';

async function outboxCounts(db: DataSource): Promise<Record<string, number>> {
  const rows: Array<{ status: string; n: number }> = await sql(db, `SELECT status, COUNT(*) AS n FROM mail_outbox GROUP BY status`);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

// The worker is the real process; its Redis is a redis-server of this test's own, which the test restarts.
describe('Redis restarted during a sweep', () => {
  let redis: OwnRedis;
  let sink: SmtpSink;
  let env: Env;
  let db: DataSource;
  let worker: WorkerProcess | null = null;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    sink = await SmtpSink.start();
    env = createTestEnv({ SMTP_URL: sink.url, REDIS_URL: redis.url });
    db = await seededDatabase(env);
    await insertActiveSubscriptions(db, 'restart', SUBSCRIBERS, { rules: 'overdue', digest: 'none' });
  });

  afterAll(async () => {
    if (worker && worker.child.exitCode === null) {
      worker.kill('SIGKILL');
      await worker.exited;
    }
    await db?.destroy();
    await redis?.up().catch(() => undefined);
    await dropQueues(env).catch(() => undefined);
    await redis?.stop();
    await sink?.close();
  }, 60_000);

  it('the worker rides out the restart: mails in hand finish while Redis is away, the rest go after, each once; a re-run sends nothing', async () => {
    // Ten alerts go through; the next ones are held unanswered while Redis goes down.
    sink.behaviour = (i) => (i < 10 ? 'accept' : 'hold');
    worker = await WorkerProcess.start(env);
    const sweep = (await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: AS_OF })) as AlertSweepResult;
    expect(sweep).toMatchObject({ newAlerts: SUBSCRIBERS, mails: SUBSCRIBERS });
    await waitUntil(() => sink.attempts > 10, 20_000, 'the eleventh message');

    await redis.down();
    // The server now accepts what it held: the worker records those mails as sent while it cannot reach its queues.
    sink.behaviour = () => 'accept';
    sink.releaseHeld(true);
    await waitUntil(async () => (await outboxCounts(db)).sent === sink.received.length, 10_000, 'the held mails to be recorded as sent');
    expect(worker.child.exitCode).toBeNull();

    await redis.up();
    await waitUntil(async () => (await outboxCounts(db)).sent === SUBSCRIBERS, 60_000, 'every alert mail to be sent');
    // The same sweep again, after the restart: the alerts exist, so nothing is recorded or sent.
    const again = (await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: AS_OF })) as AlertSweepResult;
    expect(again).toMatchObject({ newAlerts: 0, mails: 0 });
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(sink.received.map((m) => m.to).sort()).toEqual(Array.from({ length: SUBSCRIBERS }, (_, i) => `restart-${String(i).padStart(3, '0')}@example.test`));
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(SUBSCRIBERS);
    const [{ n }] = await sql(db, `SELECT COUNT(*) AS n FROM alert`);
    expect(Number(n)).toBe(SUBSCRIBERS);
    expect(await outboxCounts(db)).toEqual({ sent: SUBSCRIBERS });
    expect(worker.child.exitCode).toBeNull();
    worker.kill('SIGTERM');
    await worker.exited;
  }, 120_000);
});
