// npm run bench:growth — how the costs grow with the size of the archive: 10,000, 100,000 and 1,000,000 generated
// question sets (BENCH_GROWTH_SIZES), on SQLite and on PostgreSQL (BENCH_DATABASES; PostgreSQL is skipped with a
// notice when it does not answer). At each size, in a fresh database:
//   - bulk load: the generated sets written straight into the tables, then the answer-term projection built over them
//     (as the migration does for a database that already holds sets);
//   - import: 1,000 more documents through parse + merge, one transaction each (BENCH_GROWTH_IMPORT_DOCS);
//   - latency report and overdue list: cold (read cache off), median of BENCH_RUNS runs;
//   - alert sweep: the worker's sweep service as of today for 100 subscribers, first run (a counting dispatcher
//     stands where the mail queue is: this measures the sweep, not Redis);
//   - database size on disk.
// A benchmark, not a test.
import os from 'node:os';
import {
  AlertSweepService,
  DEFAULT_POLICY,
  DocumentImportService,
  kamerDateOf,
  LatencyReportService,
  MailComposer,
  MailLinks,
  MailTemplates,
  MINISTRIES,
  OverdueReportService,
  rebuildAnswerTermProjection,
  writeTransaction,
} from '#domain';
import { benchPostgresUrl, openBenchDatabase, type BenchDatabase, type BenchDatabaseKind } from './support/bench-database.js';
import { formatNumber, recordFigure } from './support/bench-results.js';
import { generateQuestionSets, insertRows } from './support/question-set-generator.js';
import { readSeeds, seedVariant } from './support/seed-variants.js';

const SIZES = (process.env.BENCH_GROWTH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',') as BenchDatabaseKind[];
const IMPORT_DOCS = Number(process.env.BENCH_GROWTH_IMPORT_DOCS ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SUBSCRIBERS = 100;
const COLD = { maxEntries: 0, ttlMs: 0 };

interface Row {
  database: BenchDatabaseKind;
  sets: number;
  loadSeconds: number;
  projectionSeconds: number;
  importPerSecond: number;
  latencyMs: number;
  overdueMs: number;
  sweepSeconds: number;
  sweepEvaluated: number;
  megabytes: number;
}

async function medianMs(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function addSubscribers(db: BenchDatabase): Promise<void> {
  const now = new Date().toISOString();
  const rows = Array.from({ length: SUBSCRIBERS }, (_, i) => [
    `abonnee-${i}@example.test`,
    i % 2 === 0 ? null : MINISTRIES[i % MINISTRIES.length].slug,
    'overdue,overdue_after_deferral,due_soon,late_deferral,commitment_overdue',
    'none',
    'active',
    'admin',
    now,
    now,
  ]);
  await writeTransaction(db.ds, (m) =>
    insertRows(m, 'subscription', ['email', 'ministry', 'rules', 'digest', 'status', 'createdBy', 'createdAt', 'confirmedAt'], rows),
  );
}

async function measure(kind: BenchDatabaseKind, sets: number, seeds: string[]): Promise<Row> {
  const db = await openBenchDatabase(`growth_${sets}`, kind);
  try {
    const today = kamerDateOf(new Date(), DEFAULT_POLICY.timeZone);
    let started = performance.now();
    await generateQuestionSets(db.ds, sets, today);
    const loadSeconds = (performance.now() - started) / 1000;
    // The generator writes the tables directly, past the writers that keep the projection current: build it, as the
    // migration does for a database that already holds sets.
    started = performance.now();
    await writeTransaction(db.ds, (manager) => rebuildAnswerTermProjection(manager, DEFAULT_POLICY));
    const projectionSeconds = (performance.now() - started) / 1000;

    const importer = new DocumentImportService(db.ds, DEFAULT_POLICY);
    started = performance.now();
    for (let i = 0; i < IMPORT_DOCS; i += 1) {
      const result = await importer.importText(seedVariant(seeds, i));
      if (result.outcome !== 'imported') throw new Error(`document ${i} was ${result.outcome}, expected a new set`);
    }
    const importPerSecond = IMPORT_DOCS / ((performance.now() - started) / 1000);

    const latency = new LatencyReportService(db.ds, DEFAULT_POLICY, COLD);
    const overdue = new OverdueReportService(db.ds, DEFAULT_POLICY, COLD);
    const latencyMs = await medianMs(RUNS, () => latency.report({ asOf: today, groupBy: 'ministry' }));
    const overdueMs = await medianMs(RUNS, () => overdue.report(today));

    await addSubscribers(db);
    let queued = 0;
    const composer = new MailComposer(
      new MailTemplates(),
      new MailLinks('http://localhost:3000', 'bench-secret-of-sufficient-length'),
      'termijnwacht <noreply@example.test>',
    );
    const sweep = new AlertSweepService(db.ds, DEFAULT_POLICY, composer, { dispatchMail: (ids) => Promise.resolve(void (queued += ids.length)) });
    started = performance.now();
    const swept = await sweep.run(today);
    const sweepSeconds = (performance.now() - started) / 1000;
    if (swept.mails !== queued) throw new Error(`the sweep recorded ${swept.mails} mails but dispatched ${queued}`);

    const megabytes = (await db.sizeBytes()) / 1048576;
    return {
      database: kind,
      sets: sets + IMPORT_DOCS,
      loadSeconds,
      projectionSeconds,
      importPerSecond,
      latencyMs,
      overdueMs,
      sweepSeconds,
      sweepEvaluated: swept.questionSetsEvaluated,
      megabytes,
    };
  } finally {
    await db.dispose();
  }
}

function record(row: Row): void {
  const base = { bench: 'growth', database: row.database, floor: '' };
  const at = `at ${formatNumber(row.sets)} sets`;
  recordFigure({ ...base, figure: `bulk load ${at}`, value: `${row.loadSeconds.toFixed(1)} s`, target: '', met: null });
  recordFigure({ ...base, figure: `answer-term projection build ${at}`, value: `${row.projectionSeconds.toFixed(1)} s`, target: '', met: null });
  recordFigure({ ...base, figure: `import ${at}`, value: `${formatNumber(row.importPerSecond)} sets/s`, target: '', met: null });
  recordFigure({ ...base, figure: `latency report (cold) ${at}`, value: `${row.latencyMs.toFixed(1)} ms`, target: '', met: null });
  recordFigure({ ...base, figure: `overdue list (cold) ${at}`, value: `${row.overdueMs.toFixed(1)} ms`, target: '', met: null });
  recordFigure({ ...base, figure: `alert sweep ${at}`, value: `${row.sweepSeconds.toFixed(2)} s`, target: '', met: null });
  recordFigure({ ...base, figure: `database size ${at}`, value: `${formatNumber(row.megabytes, 1)} MB`, target: '', met: null });
}

async function main(): Promise<void> {
  const seeds = readSeeds();
  const databases: BenchDatabaseKind[] = [];
  for (const kind of DATABASES) {
    if (kind === 'postgres' && !(await benchPostgresUrl())) {
      console.log('PostgreSQL does not answer (BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test): measuring SQLite only.');
      continue;
    }
    databases.push(kind);
  }
  const rows: Row[] = [];
  for (const kind of databases) {
    for (const sets of SIZES) {
      const row = await measure(kind, sets, seeds);
      record(row);
      rows.push(row);
      console.error(`growth: ${kind} ${sets} done`);
    }
  }
  console.log(
    `${os.cpus().length} CPUs; import of ${IMPORT_DOCS} documents on top of the generated sets; reports cold, medians of ${RUNS} runs; sweep for ${SUBSCRIBERS} subscribers`,
  );
  console.log('');
  console.log(
    '| database | question sets | bulk load | projection build | import | latency report | overdue list | alert sweep (sets evaluated) | size on disk |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.database} | ${formatNumber(r.sets)} | ${r.loadSeconds.toFixed(1)} s | ${r.projectionSeconds.toFixed(1)} s | ${formatNumber(r.importPerSecond)} sets/s | ${r.latencyMs.toFixed(1)} ms | ${r.overdueMs.toFixed(1)} ms | ${r.sweepSeconds.toFixed(2)} s (${formatNumber(r.sweepEvaluated)}) | ${formatNumber(r.megabytes, 1)} MB |`,
    );
  }
}

await main();
