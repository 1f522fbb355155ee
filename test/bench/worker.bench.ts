// npm run bench:worker — the worker as users run it (node dist/apps/worker/src/main.js, real Redis, real SMTP):
//  1. an alert sweep over 100,000 question sets (target ≤ 2 s),
//  2. a weekly digest to 1,000 subscribers delivered to a local SMTP sink (target ≤ 30 s),
//  3. the worker's peak RSS. A benchmark, not a test. Needs Redis on REDIS_URL (default 127.0.0.1:6379).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, JobName, JobProducer, MINISTRIES, QueueName, writeTransaction, type Env } from '#domain';
import { QueueEvents, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { benchDatabaseKind, openBenchDatabase, type BenchDatabase } from './support/bench-database.js';
import { insertRows as insertRowsWith } from './support/question-set-generator.js';
import { formatNumber, recordFigure } from './support/bench-results.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SETS = Number(process.env.BENCH_SETS ?? 100_000);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1_000);
// Over how many days the 100,000 sets were submitted; BENCH_SPAN_DAYS=60 puts every one inside the sweep's window.
const SPAN_DAYS = Number(process.env.BENCH_SPAN_DAYS ?? 730);
const BENCH_DATABASE = benchDatabaseKind();
const AS_OF = '2026-11-23';
const NOW = '2026-11-23T08:00:00.000Z';

/** An SMTP server that counts what it accepts without parsing it (parsing would bench the sink, not the worker). */
async function startSink(): Promise<{ url: string; count: () => number; bytes: () => number; close: () => Promise<void> }> {
  let count = 0;
  let bytes = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
      stream.on('end', () => {
        count += 1;
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, count: () => count, bytes: () => bytes, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function insertRows(ds: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  await writeTransaction(ds, (m) => insertRowsWith(m, table, columns, rows));
}

async function freshDatabase(label: string): Promise<BenchDatabase> {
  const db = await openBenchDatabase(label, BENCH_DATABASE, {
    QUEUE_PREFIX: `bench-${randomUUID()}`,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  });
  await insertRows(
    db.ds,
    'ministry',
    ['slug', 'name', 'abbreviation'],
    MINISTRIES.map((m) => [m.slug, m.name, m.abbreviation]),
  );
  return db;
}

/**
 * `count` question sets submitted over `spanDays` days before AS_OF. `answeredShare` of them are answered (in 10 to
 * 60 days, as of their answer date), 15 % got a deferral on day 14..25, every one has a minister label.
 */
async function insertQuestionSets(ds: DataSource, count: number, spanDays: number, answeredShare: number): Promise<void> {
  const rows: unknown[][] = [];
  const deferrals: unknown[][] = [];
  for (let i = 0; i < count; i += 1) {
    const submittedOn = addDays(AS_OF, -1 - Math.floor((i * spanDays) / count));
    const answered = (i * 7919) % 1000 < answeredShare * 1000;
    const answeredOn = answered ? addDays(submittedOn, 10 + (i % 51)) : null;
    const ministry = 1 + (i % MINISTRIES.length);
    const zaak = `${2000 + Math.floor(i / 10000)}Z${String(i % 100000).padStart(5, '0')}`;
    rows.push([
      zaak,
      zaak,
      `Vragen over onderwerp ${i} <van> "het" ministerie & de gevolgen`,
      'listing',
      submittedOn,
      answeredOn,
      ministry,
      `Minister van ${MINISTRIES[ministry - 1].name} (Bewindspersoon ${ministry})`,
      NOW,
      NOW,
    ]);
    if (i % 7 === 0) deferrals.push([i + 1, addDays(submittedOn, 14 + (i % 12)), 'Uitstel', 'zorgvuldige beantwoording', `d${i}`]);
  }
  await insertRows(
    ds,
    'question_set',
    ['key', 'zaak', 'title', 'titleSource', 'submittedOn', 'answeredOn', 'ministryId', 'ministerLabel', 'createdAt', 'updatedAt'],
    rows,
  );
  await insertRows(ds, 'deferral', ['questionSetId', 'date', 'text', 'reason', 'dedupeKey'], deferrals);
}

async function insertSubscriptions(ds: DataSource, count: number, rules: string, digest: string): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => [
    `abonnee-${i}@example.test`,
    i % 2 === 0 ? null : MINISTRIES[i % MINISTRIES.length].slug,
    rules,
    digest,
    'active',
    'admin',
    NOW,
    NOW,
  ]);
  await insertRows(ds, 'subscription', ['email', 'ministry', 'rules', 'digest', 'status', 'createdBy', 'createdAt', 'confirmedAt'], rows);
}

interface WorkerRun {
  child: ChildProcess;
  output: string[];
}

async function startWorker(db: BenchDatabase, smtpUrl: string): Promise<WorkerRun> {
  const env = db.env;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/apps/worker/src/main.js')], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      ...db.childEnv,
      DATA_DIR: env.dataDir,
      REDIS_URL: env.redisUrl,
      QUEUE_PREFIX: env.queuePrefix,
      SMTP_URL: smtpUrl,
      HMAC_SECRET: 'bench-secret-of-sufficient-length',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: WorkerRun = { child, output: [] };
  child.stdout.on('data', (d: Buffer) => run.output.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => run.output.push(d.toString()));
  const until = Date.now() + 30_000;
  while (!run.output.join('').includes('termijnwacht worker on')) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`worker did not start:\n${run.output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return run;
}

/** Peak resident set size of a process (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

async function stopWorker(run: WorkerRun): Promise<void> {
  run.child.kill('SIGTERM');
  await new Promise((resolve) => run.child.once('exit', resolve));
}

async function runAndTime(
  env: Env,
  events: QueueEvents,
  producer: JobProducer,
  queue: QueueName,
  name: JobName,
  data: object,
): Promise<{ result: unknown; processingMs: number; wallMs: number }> {
  const started = Date.now();
  const job: Job = await producer.queue(queue).add(name, data);
  const result = await job.waitUntilFinished(events, 300_000);
  const done = await producer.queue(queue).getJob(job.id!);
  return { result, processingMs: (done!.finishedOn ?? 0) - (done!.processedOn ?? 0), wallMs: Date.now() - started };
}

async function dropPrefix(env: Env): Promise<void> {
  const redis = new Redis(env.redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.queuePrefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

async function sweepBench(sink: Awaited<ReturnType<typeof startSink>>): Promise<string[]> {
  const db = await freshDatabase('sweep');
  const { env, ds } = db;
  // Worst case for the sweep: every set is still unanswered, so all 100,000 go through the rules.
  await insertQuestionSets(ds, SETS, SPAN_DAYS, 0);
  await insertSubscriptions(ds, 100, 'overdue,overdue_after_deferral,due_soon,late_deferral,commitment_overdue', 'none');
  const worker = await startWorker(db, sink.url);
  const producer = new JobProducer(env, { failFast: false });
  const events = new QueueEvents(QueueName.Alerts, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
  await events.waitUntilReady();
  try {
    const first = await runAndTime(env, events, producer, QueueName.Alerts, JobName.AlertSweep, { asOf: AS_OF });
    const second = await runAndTime(env, events, producer, QueueName.Alerts, JobName.AlertSweep, { asOf: AS_OF });
    const r = first.result as { questionSetsEvaluated: number; candidates: number; newAlerts: number; mails: number };
    const rss = peakRssMb(worker.child.pid!);
    const figure = { bench: 'worker', database: db.kind, floor: '' };
    recordFigure({
      ...figure,
      figure: `alert sweep over ${formatNumber(r.questionSetsEvaluated)} unanswered sets, first run (${formatNumber(r.newAlerts)} alerts)`,
      value: `${(first.processingMs / 1000).toFixed(2)} s`,
      target: '≤ 2 s',
      met: first.processingMs <= 2000,
    });
    recordFigure({
      ...figure,
      figure: 'alert sweep again, nothing new',
      value: `${(second.processingMs / 1000).toFixed(2)} s`,
      target: '≤ 2 s',
      met: second.processingMs <= 2000,
    });
    recordFigure({ ...figure, figure: 'worker peak RSS during the sweeps', value: `${rss.toFixed(0)} MB`, target: '', met: null });
    return [
      `| alert sweep, first run (${r.questionSetsEvaluated.toLocaleString('en')} sets through the rules, ${r.candidates} candidates, ${r.newAlerts.toLocaleString('en')} alerts recorded, ${r.mails} mails queued) | ${(first.processingMs / 1000).toFixed(2)} s in the worker (${(first.wallMs / 1000).toFixed(2)} s enqueue to done) | ≤ 2 s |`,
      `| alert sweep, again (nothing new) | ${(second.processingMs / 1000).toFixed(2)} s in the worker (${(second.wallMs / 1000).toFixed(2)} s enqueue to done) | ≤ 2 s |`,
      `| worker peak RSS during the sweeps | ${rss.toFixed(0)} MB | |`,
    ];
  } finally {
    await events.close();
    await producer.close();
    await stopWorker(worker);
    await dropPrefix(env);
    await db.dispose();
  }
}

async function digestBench(sink: Awaited<ReturnType<typeof startSink>>): Promise<string[]> {
  const db = await freshDatabase('digest');
  const { env, ds } = db;
  // About 18 months of Kamer volume: 5,000 sets, most answered, a few hundred overdue.
  await insertQuestionSets(ds, 5_000, 540, 0.93);
  await insertSubscriptions(ds, SUBSCRIBERS, '', 'weekly');
  const [{ overdue }] = await ds.query(
    `SELECT COUNT(*) AS overdue FROM question_set WHERE "answeredOn" IS NULL AND "submittedOn" < ${db.kind === 'postgres' ? '$1' : '?'}`,
    [addDays(AS_OF, -21)],
  );
  const before = sink.count();
  const bytesBefore = sink.bytes();
  const worker = await startWorker(db, sink.url);
  const producer = new JobProducer(env, { failFast: false });
  const events = new QueueEvents(QueueName.Digests, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
  await events.waitUntilReady();
  try {
    const started = Date.now();
    const run = await runAndTime(env, events, producer, QueueName.Digests, JobName.DigestRun, { cadence: 'weekly', asOf: AS_OF });
    while (sink.count() - before < SUBSCRIBERS) {
      if (Date.now() - started > 300_000) throw new Error(`only ${sink.count() - before} of ${SUBSCRIBERS} digests arrived`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (Date.now() - started) / 1000;
    const rss = peakRssMb(worker.child.pid!);
    const avgKb = (sink.bytes() - bytesBefore) / SUBSCRIBERS / 1024;
    const figure = { bench: 'worker', database: db.kind, floor: '' };
    recordFigure({
      ...figure,
      figure: `weekly digest to ${formatNumber(SUBSCRIBERS)} subscribers, built and delivered over SMTP`,
      value: `${seconds.toFixed(1)} s`,
      target: '≤ 30 s',
      met: seconds <= 30,
    });
    recordFigure({ ...figure, figure: 'worker peak RSS during the digest', value: `${rss.toFixed(0)} MB`, target: '', met: null });
    return [
      `| weekly digest to ${SUBSCRIBERS.toLocaleString('en')} subscribers (${Number(overdue)} overdue sets; half filtered by ministry), built and delivered over SMTP | ${seconds.toFixed(1)} s (building: ${(run.processingMs / 1000).toFixed(1)} s; ${avgKb.toFixed(0)} kB per mail) | ≤ 30 s |`,
      `| worker peak RSS during the digest | ${rss.toFixed(0)} MB | |`,
    ];
  } finally {
    await events.close();
    await producer.close();
    await stopWorker(worker);
    await dropPrefix(env);
    await db.dispose();
  }
}

async function main(): Promise<void> {
  const sink = await startSink();
  try {
    // BENCH_WORKER_DIGEST=0: the sweeps only.
    const lines = [...(await sweepBench(sink)), ...(process.env.BENCH_WORKER_DIGEST === '0' ? [] : await digestBench(sink))];
    console.log('| figure | value | target |');
    console.log('| --- | --- | --- |');
    for (const line of lines) console.log(line);
  } finally {
    await sink.close();
  }
}

await main();
