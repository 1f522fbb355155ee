import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobName, QueueName, type Env } from '#domain';
import type { DataSource } from 'typeorm';
import { createTestEnv } from '../../support/test-env.js';
import { SmtpSink } from './support/smtp-sink.js';
import { dropQueues, insertActiveSubscriptions, runJob, seededDatabase, sql, waitUntil } from './support/worker-fixture.js';
import { WorkerProcess } from './support/worker-process.js';

const SUBSCRIBERS = 40;
const WEEKLY_ONLY = { rules: '', digest: 'weekly' };

async function outboxCounts(db: DataSource, prefix: string): Promise<Record<string, number>> {
  const rows: Array<{ status: string; n: number }> = await sql(db, `SELECT status, COUNT(*) AS n FROM mail_outbox WHERE "toAddress" LIKE ? GROUP BY status`, [
    `${prefix}-%`,
  ]);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

// The worker runs as the real process (node dist/apps/worker/src/main.js); the test plays SMTP server and operator.
describe('a worker killed or stopped in the middle of a digest', () => {
  let sink: SmtpSink;
  let env: Env;
  let db: DataSource;
  let worker: WorkerProcess | null = null;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    env = createTestEnv({ SMTP_URL: sink.url });
    db = await seededDatabase(env);
  });

  afterAll(async () => {
    if (worker && worker.child.exitCode === null) {
      worker.kill('SIGKILL');
      await worker.exited;
    }
    await db?.destroy();
    await dropQueues(env);
    await sink?.close();
  }, 60_000);

  it('SIGKILL mid-digest, then a restart: every subscriber gets the digest exactly once', async () => {
    const emails = await insertActiveSubscriptions(db, 'kill', SUBSCRIBERS, WEEKLY_ONLY);
    // Ten digests go through; from the eleventh on the server holds every message unanswered (no 250 given),
    // so at the kill no message is both accepted by the server and unrecorded by the worker.
    sink.behaviour = (i) => (i < 10 ? 'accept' : 'hold');
    worker = await WorkerProcess.start(env);
    const run = runJob(env, QueueName.Digests, JobName.DigestRun, { cadence: 'weekly', asOf: '2022-02-28' }).catch(() => null);
    await waitUntil(() => sink.attempts > 10, 30_000, 'the eleventh message');
    await waitUntil(async () => ((await outboxCounts(db, 'kill')).sent ?? 0) === 10, 5_000, 'ten rows marked sent');
    worker.kill('SIGKILL');
    expect(await worker.exited).toMatchObject({ signal: 'SIGKILL' });
    sink.releaseHeld();
    const atKill = await outboxCounts(db, 'kill');
    expect(atKill.sent).toBe(10);
    expect((atKill.sending ?? 0) + (atKill.pending ?? 0)).toBe(SUBSCRIBERS - 10);

    sink.behaviour = () => 'accept';
    worker = await WorkerProcess.start(env);
    // Waiting jobs go at once; the ones in hand at the kill are stalled and handed out again once their lock expires (~30 s).
    // Generous: on a loaded 2-core machine the stall check and the restart together have taken over 90 s.
    await waitUntil(async () => ((await outboxCounts(db, 'kill')).sent ?? 0) === SUBSCRIBERS, 180_000, 'every digest to be sent');
    await run;
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const email of emails) expect([email, sink.to(email).length]).toEqual([email, 1]);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(sink.received.length);
    worker.kill('SIGTERM');
    await worker.exited;
  }, 260_000);

  it('SIGTERM: the worker finishes the mails in hand before it exits, and a restart sends the rest, each once', async () => {
    const emails = await insertActiveSubscriptions(db, 'term', 12, WEEKLY_ONLY);
    worker = await WorkerProcess.start(env);
    // The third message of this run is held unanswered while the test sends SIGTERM.
    const slow = sink.attempts + 2;
    sink.behaviour = (i) => (i === slow ? 'hold' : 'accept');
    void runJob(env, QueueName.Digests, JobName.DigestRun, { cadence: 'weekly', asOf: '2022-03-07' }).catch(() => null);
    await waitUntil(() => sink.attempts > slow, 30_000, 'the held message');
    worker.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(worker.child.exitCode).toBeNull(); // still finishing the job in hand
    sink.releaseHeld(true);
    const exit = await worker.exited;
    expect(exit.signal === 'SIGTERM' || exit.code === 0).toBe(true);
    // The mail in hand was delivered and recorded before the exit; nothing is left half-sent.
    const afterStop = await outboxCounts(db, 'term');
    expect(afterStop.sending ?? 0).toBe(0);
    expect(afterStop.sent ?? 0).toBe(sink.received.filter((m) => m.to.startsWith('term-')).length);

    worker = await WorkerProcess.start(env);
    await waitUntil(async () => ((await outboxCounts(db, 'term')).sent ?? 0) === emails.length, 30_000, 'the rest to be sent');
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const email of emails) expect([email, sink.to(email).length]).toEqual([email, 1]);
    // The subscribers of the first test got this week's digest in the same run: now two each, W09 and W10.
    const earlier = sink.received.filter((m) => m.to.startsWith('kill-'));
    if (earlier.length > 0) expect(earlier.length).toBe(2 * SUBSCRIBERS);
    worker.kill('SIGTERM');
    await worker.exited;
  }, 90_000);
});
