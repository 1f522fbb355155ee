import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { ApiKeyService, DEFAULT_POLICY, JobName, QueueName, type Env } from '#domain';
import { Queue } from 'bullmq';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApiApp } from '../../../apps/api/src/bootstrap.js';
import { createTestEnv, REALDOCS_DIR } from '../../support/test-env.js';
import { ODataFixtureServer } from '../../sync/odata-fixture-server.js';
import { SmtpSink } from '../worker/support/smtp-sink.js';
import { dropQueues, insertActiveSubscriptions, runJob, seededDatabase, sql, waitUntil } from '../worker/support/worker-fixture.js';
import { WorkerProcess } from '../worker/support/worker-process.js';

const SUBSCRIBERS = 40;
const PUBLIC_SUBSCRIPTIONS = 10;
const REALDOCS = fs
  .readdirSync(REALDOCS_DIR)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort();
// Imported by the API in its own transactions, and by the worker from the ingest queue, at the same time.
const BY_API = REALDOCS.slice(0, 10);
const BY_WORKER = REALDOCS.slice(10);

// SQLite allows one writer at a time per file; the API (this process) and the worker (its own process) share the
// file. What must hold: WAL lets readers go on, the busy timeout makes a writer wait instead of failing, and no
// request or job fails with SQLITE_BUSY. PostgreSQL has no file lock to contend for, hence the skip there.
/** Every job attempt that failed, in every queue of this run, as `queue/job: reason`. */
async function failedAttempts(env: Env): Promise<string[]> {
  const out: string[] = [];
  for (const name of Object.values(QueueName)) {
    const queue = new Queue(name, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
    try {
      for (const job of await queue.getJobs(['completed', 'failed', 'delayed', 'waiting', 'active'])) {
        if (job && (job.failedReason || (job.stacktrace ?? []).length > 0)) out.push(`${name}/${job.id}: ${job.failedReason}`);
      }
    } finally {
      await queue.close();
    }
  }
  return out;
}

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const describeOnSqlite = onPostgres ? describe.skip : describe;

describeOnSqlite(`the API and the worker writing at once on SQLite${onPostgres ? ' (skipped on PostgreSQL: this is about the SQLite file lock)' : ''}`, () => {
  let sink: SmtpSink;
  let env: Env;
  let db: DataSource;
  let api: INestApplication;
  let editor: string;
  let worker: WorkerProcess | null = null;

  // An empty open data API: the sync the worker schedules every quarter hour by the clock may fire during the test
  // (seen in CI at 10:15), and must then succeed as it would against a quiet Kamer.
  const openData = new ODataFixtureServer();

  beforeAll(async () => {
    sink = await SmtpSink.start();
    env = createTestEnv({ SMTP_URL: sink.url, OPENDATA_URL: await openData.start() });
    db = await seededDatabase(env);
    await insertActiveSubscriptions(db, 'busy', SUBSCRIBERS, { rules: 'overdue', digest: 'weekly' });
    api = await createApiApp(env, DEFAULT_POLICY, { logger: false, shutdownHooks: false });
    await api.init();
    editor = (await api.get(ApiKeyService).create({ role: 'editor' })).key;
  });

  afterAll(async () => {
    if (worker && worker.child.exitCode === null) {
      worker.kill('SIGKILL');
      await worker.exited;
    }
    await api?.close();
    await db?.destroy();
    await dropQueues(env);
    await sink?.close();
    await openData.stop();
  }, 60_000);

  it('imports, subscriptions, a sweep and a digest all land: no request or job fails, every mail goes once, the file is intact', async () => {
    worker = await WorkerProcess.start(env);
    const server = api.getHttpServer();
    const text = (file: string) => fs.readFileSync(path.join(REALDOCS_DIR, file), 'utf8');

    // The worker's side: an alert sweep and a digest for every subscriber, and the queued documents.
    const jobs = Promise.all([
      runJob(env, QueueName.Alerts, JobName.AlertSweep, { asOf: '2022-02-23' }),
      runJob(env, QueueName.Digests, JobName.DigestRun, { cadence: 'weekly', asOf: '2022-02-28' }),
    ]);
    const queued = await Promise.all(
      BY_WORKER.map((file) =>
        request(server)
          .post(`/documents?filename=${file}`)
          .set('X-Api-Key', editor)
          .set('Prefer', 'respond-async')
          .set('Content-Type', 'text/plain')
          .send(text(file)),
      ),
    );
    // The API's side, meanwhile: synchronous imports and public subscriptions, two requests at a time.
    const responses: Array<{ what: string; status: number; body: unknown }> = [];
    const work = [
      ...BY_API.map(
        (file) => () =>
          request(server)
            .post('/documents')
            .set('X-Api-Key', editor)
            .set('Content-Type', 'text/plain')
            .send(text(file))
            .then((r) => ({ what: file, status: r.status, body: r.body })),
      ),
      ...Array.from(
        { length: PUBLIC_SUBSCRIPTIONS },
        (_, i) => () =>
          request(server)
            .post('/subscriptions')
            .send({ email: `public-${i}@example.test`, digest: 'weekly' })
            .then((r) => ({ what: `subscription ${i}`, status: r.status, body: r.body })),
      ),
    ];
    await Promise.all(
      [0, 1].map(async (lane) => {
        for (let i = lane; i < work.length; i += 2) responses.push(await work[i]());
      }),
    );
    await jobs;

    expect(queued.map((r) => r.status)).toEqual(BY_WORKER.map(() => 202));
    expect(responses.filter((r) => ![200, 201, 202].includes(r.status))).toEqual([]);
    expect(responses.filter((r) => r.what.endsWith('.txt')).map((r) => (r.body as { outcome: string }).outcome)).toEqual(BY_API.map(() => 'imported'));

    const inboxIds = queued.map((r) => r.body.inboxId as number);
    await waitUntil(
      async () => {
        const rows = await sql<{ status: string }>(db, `SELECT status FROM document_inbox WHERE id IN (${inboxIds.join(',')})`);
        return rows.every((r) => r.status === 'done');
      },
      60_000,
      'the queued documents to be imported by the worker',
    );
    const mails = 2 * SUBSCRIBERS + PUBLIC_SUBSCRIPTIONS;
    await sink.waitFor(mails, 60_000);
    await waitUntil(
      async () => Number((await sql(db, `SELECT COUNT(*) AS n FROM mail_outbox WHERE status = 'sent'`))[0].n) === mails,
      20_000,
      'every mail to be marked sent',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(sink.received).toHaveLength(mails);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(mails);
    const [{ n: sets }] = await sql(db, `SELECT COUNT(*) AS n FROM question_set`);
    expect(Number(sets)).toBe(5 + REALDOCS.length);
    expect(Number((await sql(db, `SELECT COUNT(*) AS n FROM alert`))[0].n)).toBe(SUBSCRIBERS);
    expect(await sql(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // Nothing failed on the worker's side either: no attempt of any job failed (a retried one keeps its stack trace).
    expect(await failedAttempts(env)).toEqual([]);
    expect(worker.output).not.toMatch(/SQLITE_BUSY|database is locked/);
    expect(worker.child.exitCode).toBeNull();
    worker.kill('SIGTERM');
    await worker.exited;
  }, 150_000);
});
