import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { JobName, MailAdminService, QueueName, type Env } from '#domain';
import { DataSource } from 'typeorm';
import { createTestEnv } from '../../support/test-env.js';
import { SmtpSink } from './support/smtp-sink.js';
import { activeSubscription, dropQueues, runJob, seededDatabase, sql, startWorker, waitUntil } from './support/worker-fixture.js';

describe('SMTP failures: retries with backoff, then a failed state an admin can retry', () => {
  let sink: SmtpSink;
  let env: Env;
  let worker: INestApplicationContext;
  let db: DataSource;

  const outboxRow = async (email: string) =>
    (
      await sql<{ id: number; status: string; attempts: number; lastError: string | null }>(
        db,
        `SELECT id, status, attempts, "lastError" FROM mail_outbox WHERE "toAddress" = ?`,
        [email],
      )
    )[0];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    env = createTestEnv({ SMTP_URL: sink.url });
    await (await seededDatabase(env)).destroy();
    worker = await startWorker(env, { mailAttempts: 3 });
    db = worker.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await dropQueues(env);
    await sink?.close();
  });

  it('an SMTP server refusing (451) and then accepting delivers the mail once', async () => {
    sink.behaviour = (i) => (i < 2 ? 'temporary-failure' : 'accept');
    await activeSubscription(worker, { email: 'retry@example.test', rules: ['overdue'], digest: 'none' });
    await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: '2022-02-23' });
    await sink.waitFor(1);
    await waitUntil(async () => (await outboxRow('retry@example.test')).status === 'sent', 10_000, 'the row to be marked sent');
    expect(sink.attempts).toBe(3);
    expect(sink.to('retry@example.test')).toHaveLength(1);
    expect(await outboxRow('retry@example.test')).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it("after the last attempt the mail is failed with the server's answer; an admin retry delivers it once", async () => {
    const attemptsBefore = sink.attempts;
    sink.behaviour = () => 'temporary-failure';
    await activeSubscription(worker, { email: 'down@example.test', rules: ['overdue'], digest: 'none' });
    await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: '2022-02-24' });
    await waitUntil(async () => (await outboxRow('down@example.test'))?.status === 'failed', 15_000, 'the row to fail');
    expect(sink.attempts - attemptsBefore).toBe(3);
    const failed = await worker.get(MailAdminService).list('failed');
    expect(failed.map((m) => m.toAddress)).toEqual(['down@example.test']);
    expect(failed[0].lastError).toMatch(/451/);

    sink.behaviour = () => 'accept';
    expect(await worker.get(MailAdminService).retry(failed[0].id)).toBe('retried');
    await waitUntil(() => sink.to('down@example.test').length === 1, 10_000, 'the retried mail');
    await waitUntil(async () => (await outboxRow('down@example.test')).status === 'sent', 10_000, 'the row to be sent');
    expect(await worker.get(MailAdminService).retry(failed[0].id)).toBe('not-failed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.to('down@example.test')).toHaveLength(1);
  });

  it('a permanent refusal (550) fails at once, without spending the retries', async () => {
    const attemptsBefore = sink.attempts;
    sink.behaviour = () => 'permanent-failure';
    await activeSubscription(worker, { email: 'nobody@example.test', rules: ['overdue'], digest: 'none' });
    await runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: '2022-02-25' });
    await waitUntil(async () => (await outboxRow('nobody@example.test'))?.status === 'failed', 10_000, 'the row to fail');
    expect(sink.attempts - attemptsBefore).toBe(1);
    expect((await outboxRow('nobody@example.test')).lastError).toMatch(/550/);
  });
});
