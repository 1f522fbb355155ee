import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { JobName, QueueName, type DigestRunResult, type Env } from '#domain';
import { DataSource } from 'typeorm';
import { createTestEnv } from '../../support/test-env.js';
import { SmtpSink } from '../worker/support/smtp-sink.js';
import { TcpSwitch } from '../worker/support/tcp-switch.js';
import { dropQueues, insertActiveSubscriptions, runJob, seededDatabase, sql, startWorker, waitUntil } from '../worker/support/worker-fixture.js';

const SUBSCRIBERS = 30;

interface Row {
  status: string;
  attempts: number;
  lastError: string | null;
}

// The worker reaches the SMTP server through a TCP switch the test cuts: while it is cut, connecting is refused,
// as when the mail server is down or unreachable.
describe('SMTP outage during a digest', () => {
  let sink: SmtpSink;
  let smtp: TcpSwitch;
  let env: Env;
  let worker: INestApplicationContext;
  let db: DataSource;

  const rows = () => sql<Row>(db, `SELECT status, attempts, "lastError" FROM mail_outbox WHERE kind = 'digest' ORDER BY id`);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    smtp = await TcpSwitch.reserve({ host: '127.0.0.1', port: Number(new URL(sink.url).port) });
    await smtp.connect();
    env = createTestEnv({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    const seeded = await seededDatabase(env);
    await insertActiveSubscriptions(seeded, 'outage', SUBSCRIBERS, { rules: '', digest: 'weekly' });
    await seeded.destroy();
    // Eight attempts, 100 ms doubling: the outage below ends long before the last one (about 13 s of backoff).
    worker = await startWorker(env, { mailAttempts: 8 });
    db = worker.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await smtp?.cut();
    await dropQueues(env);
    await sink?.close();
  });

  it('the mail server goes away after ten digests: the rest wait as pending with the connection error, and each is delivered once when it is back', async () => {
    // Ten go through; the next ones are held unanswered when the server disappears, so none is both accepted and unrecorded.
    sink.behaviour = (i) => (i < 10 ? 'accept' : 'hold');
    const result = (await runJob(env, QueueName.Digests, JobName.DigestRun, { cadence: 'weekly', asOf: '2022-02-28' })) as DigestRunResult;
    expect(result).toMatchObject({ subscribers: SUBSCRIBERS, created: SUBSCRIBERS });
    await waitUntil(() => sink.attempts > 10, 20_000, 'the eleventh message');
    // The ten answers reached the worker before the cut: none of them can come back as a failure and go twice.
    await waitUntil(async () => (await rows()).filter((r) => r.status === 'sent').length === 10, 10_000, 'ten rows marked sent');
    await smtp.cut();
    // The held ones are refused; the server keeps holding anything still in flight from a cut connection (its client
    // never hears an answer), so nothing counts as delivered that the worker did not see delivered.
    sink.releaseHeld();

    // During the outage: nothing failed for good, every unsent digest is pending again and says why, and retries ran.
    await waitUntil(
      async () => {
        const unsent = (await rows()).filter((r) => r.status !== 'sent');
        return unsent.length === SUBSCRIBERS - 10 && unsent.every((r) => r.status === 'pending' && r.lastError !== null) && unsent.some((r) => r.attempts >= 2);
      },
      20_000,
      'every unsent digest to be pending with an error, one retried',
    );
    const during = await rows();
    expect(during.filter((r) => r.status === 'sent')).toHaveLength(10);
    expect(during.filter((r) => r.status === 'failed')).toHaveLength(0);
    expect(during.filter((r) => r.status !== 'sent').some((r) => /ECONNREFUSED/.test(r.lastError ?? ''))).toBe(true);
    sink.releaseHeld();
    expect(sink.received).toHaveLength(10);

    sink.behaviour = () => 'accept';
    await smtp.connect();
    await waitUntil(async () => (await rows()).every((r) => r.status === 'sent'), 30_000, 'every digest to be sent');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const addresses = sink.received.map((m) => m.to).sort();
    expect(addresses).toEqual(Array.from({ length: SUBSCRIBERS }, (_, i) => `outage-${String(i).padStart(3, '0')}@example.test`));
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(SUBSCRIBERS);
  });
});
