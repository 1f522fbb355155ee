// npm run bench:api — 100,000 generated question sets in a temp SQLite database (or a PostgreSQL schema with
// BENCH_DATABASE=postgres): the latency report and the overdue list through their services (cold: cache off; warm:
// the report cache on) beside one hand-written SQL query each (SQLite only: the queries are written in its dialect),
// and GET /questions?ministry=…&status=overdue at 200 requests/s (autocannon, loopback) against the API in its own
// process. Prints a markdown table. A benchmark, not a test.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_POLICY,
  kamerDateOf,
  LatencyReportService,
  OverdueReportService,
  rebuildAnswerTermProjection,
  toDayNumber,
  writeTransaction,
  type LatencyGroup,
} from '#domain';
import type { DataSource } from 'typeorm';
import { benchDatabaseKind, openBenchDatabase } from './support/bench-database.js';
import { formatNumber, ratioTo, recordFigure } from './support/bench-results.js';
import { generateQuestionSets } from './support/question-set-generator.js';
import { LATENCY_BY_MINISTRY_SQL, OVERDUE_LIST_SQL } from './support/hand-written-sql.js';

const SETS = Number(process.env.BENCH_SETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const RATE = 200;
const SECONDS = 10;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

interface AutocannonResult {
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  requests: { total: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

interface Timing {
  /** Median wall-clock time of one run. */
  wall: number;
  /** Median CPU time (user + system) of this process for one run: what the work costs, whatever else the machine runs. */
  cpu: number;
}

async function median(runs: number, work: () => unknown): Promise<Timing> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await work();
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { wall: mid(walls), cpu: mid(cpus) };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuSecondsOf(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The hand-written SQL runs on the driver's own handle: a prepared statement, named parameters, no ORM in between. */
function prepared(ds: DataSource, sql: string): (params: Record<string, unknown>) => Record<string, unknown>[] {
  const db = (ds.driver as unknown as { databaseConnection: { prepare(sql: string): { all(p: Record<string, unknown>): Record<string, unknown>[] } } })
    .databaseConnection;
  const statement = db.prepare(sql);
  return (params) => statement.all(params);
}

function sameLatency(ours: LatencyGroup[], sql: Record<string, unknown>[]): boolean {
  const key = (g: Record<string, unknown>) => String(g.group);
  const theirs = new Map(sql.map((g) => [key(g), g]));
  return ours.length === sql.length && ours.every((g) => Object.entries(g).every(([k, v]) => theirs.get(g.group)?.[k] === v));
}

async function startApiProcess(databaseEnv: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/apps/api/src/main.js')], {
    // The benchmark's own load would trip the per-client rate limit.
    env: { PATH: process.env.PATH ?? '', ...databaseEnv, PORT: String(port), QUEUE_PREFIX: `bench-${process.pid}`, RATE_LIMIT_PER_MINUTE: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/questions?pageSize=1`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the API did not start');
}

async function main(): Promise<void> {
  const db = await openBenchDatabase('api', benchDatabaseKind());
  const ds = db.ds;
  const sqlite = db.kind === 'sqlite';
  const today = kamerDateOf(new Date(), DEFAULT_POLICY.timeZone);
  let started = performance.now();
  const generated = await generateQuestionSets(ds, SETS, today);
  const generation = (performance.now() - started) / 1000;
  // The generator writes rows directly, past the writers that keep answer_term_projection current: build it whole,
  // as the migration's backfill does.
  started = performance.now();
  await writeTransaction(ds, (manager) => rebuildAnswerTermProjection(manager, DEFAULT_POLICY));
  await ds.query('ANALYZE');
  const projection = (performance.now() - started) / 1000;
  const params = { asOf: today, term: DEFAULT_POLICY.answerTermDays, ext: DEFAULT_POLICY.deferralExtensionDays };
  const latencyParams = { asOf: today, asOfDay: toDayNumber(today) };

  const coldCache = { maxEntries: 0, ttlMs: 0 };
  const latencyCold = new LatencyReportService(ds, DEFAULT_POLICY, coldCache);
  const latencyWarm = new LatencyReportService(ds, DEFAULT_POLICY);
  const latencySql = sqlite ? prepared(ds, LATENCY_BY_MINISTRY_SQL) : null;
  const latencyAgree = latencySql ? sameLatency((await latencyCold.report({ asOf: today, groupBy: 'ministry' })).groups, latencySql(latencyParams)) : null;
  const latency = {
    cold: await median(RUNS, () => latencyCold.report({ asOf: today, groupBy: 'ministry' })),
    warm: await median(RUNS, () => latencyWarm.report({ asOf: today, groupBy: 'ministry' })),
    sql: latencySql ? await median(RUNS, () => latencySql(latencyParams)) : null,
  };
  const latencyParty = await median(Math.ceil(RUNS / 2), () => latencyCold.report({ asOf: today, groupBy: 'party' }));

  const overdueCold = new OverdueReportService(ds, DEFAULT_POLICY, coldCache);
  const overdueWarm = new OverdueReportService(ds, DEFAULT_POLICY);
  const overdueSql = sqlite ? prepared(ds, OVERDUE_LIST_SQL) : null;
  const list = await overdueCold.report(today);
  const overdueAgree = overdueSql ? list.total === overdueSql(params).length : null;
  const overdue = {
    cold: await median(RUNS, () => overdueCold.report(today)),
    // The Monday list as the API and the page serve it: with each set's forecast column. The survival tables the
    // forecasts come from are kept per data version whatever the read cache: `forecastCold` reuses them (the list read
    // again, no write since), `forecastRefit` fits them anew each run (a fresh service: the first list after a write).
    forecastCold: await median(RUNS, () => overdueCold.reportWithForecasts(today)),
    forecastRefit: await median(RUNS, () => new OverdueReportService(ds, DEFAULT_POLICY, coldCache).reportWithForecasts(today)),
    warm: await median(RUNS, () => overdueWarm.report(today)),
    sql: overdueSql ? await median(RUNS, () => overdueSql(params)) : null,
  };
  if (sqlite) await ds.destroy();
  if (process.env.BENCH_API_LOAD === '0') {
    console.log(
      `${db.kind} ${generated.sets} sets, load ${os.loadavg()[0].toFixed(2)}: latency cold ${latency.cold.wall.toFixed(1)} ms, party ${latencyParty.wall.toFixed(1)} ms, overdue cold ${overdue.cold.wall.toFixed(1)} ms, with forecasts ${overdue.forecastCold.wall.toFixed(1)} ms, refit ${overdue.forecastRefit.wall.toFixed(1)} ms (${list.total} sets)`,
    );
    await db.dispose();
    return;
  }

  // The API in a process of its own, so autocannon's work does not share its event loop.
  const port = 20000 + (process.pid % 20000);
  const api = await startApiProcess(db.childEnv, port);
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const url = `http://127.0.0.1:${port}/questions?ministry=jenv&status=overdue`;
  const probe = (await (await fetch(url)).json()) as { total: number };
  await autocannon({ url, connections: 10, overallRate: RATE, duration: 2 }); // warm-up
  const cpuBefore = cpuSecondsOf(api.pid!);
  const loadRun = await autocannon({ url, connections: 10, overallRate: RATE, duration: SECONDS, timeout: 5 });
  const cpuAfter = cpuSecondsOf(api.pid!);
  const cpuPerRequest = cpuBefore !== null && cpuAfter !== null ? ((cpuAfter - cpuBefore) * 1000) / loadRun.requests.total : null;
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  await db.dispose();

  const ms = (n: number) => `${n.toFixed(n < 1 ? 2 : 1)} ms`;
  const both = (t: Timing | null) => (t ? `${ms(t.wall)} (CPU ${ms(t.cpu)})` : '— (SQLite only)');
  const ratio = (a: Timing, b: Timing | null) => (b ? `${(a.wall / b.wall).toFixed(2)}× (CPU ${(a.cpu / b.cpu).toFixed(2)}×)` : '—');
  const agree = (same: boolean | null) => (same === null ? '' : same ? ' (same figures: yes)' : ' (same figures: NO)');
  console.log(
    `${generated.sets.toLocaleString('en')} question sets generated in ${generation.toFixed(1)} s, answer-term projection built in ${projection.toFixed(1)} s; ${db.kind}; as of ${today}; ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}; medians of ${RUNS} runs`,
  );
  console.log(`overdue as of ${today}: ${list.total} sets in ${list.groups.length} groups; /questions?ministry=jenv&status=overdue: ${probe.total} sets`);
  console.log('');
  console.log('| figure | service, cold (cache off) | service, warm (read cache) | hand-written SQL | cold ÷ SQL | target |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(
    `| latency report, groupBy=ministry${agree(latencyAgree)} | ${both(latency.cold)} | ${both(latency.warm)} | ${both(latency.sql)} | ${ratio(latency.cold, latency.sql)} | ≤ 100 ms, ≤ 3× SQL |`,
  );
  console.log(`| latency report, groupBy=party | ${both(latencyParty)} | — | — | — | — |`);
  console.log(
    `| overdue list${agree(overdueAgree)} | ${both(overdue.cold)} | ${both(overdue.warm)} | ${both(overdue.sql)} | ${ratio(overdue.cold, overdue.sql)} | ≤ 100 ms, ≤ 3× SQL |`,
  );
  console.log(`| overdue list with forecasts (survival tables kept) | ${both(overdue.forecastCold)} | — | — | — | ≤ 100 ms |`);
  console.log(`| overdue list with forecasts, tables fitted anew (first list after a write) | ${both(overdue.forecastRefit)} | — | — | — | — |`);

  const figure = { bench: 'api', database: db.kind };
  const sets = formatNumber(generated.sets);
  const withinSql = (t: Timing, sql: Timing | null) => t.wall <= 100 && (sql === null || t.wall <= 3 * sql.wall);
  const sqlFloor = (sql: Timing | null, same: boolean | null) => (sql ? `hand-written SQL: ${ms(sql.wall)}${same === false ? ' (figures differ!)' : ''}` : '');
  const loadNote = `load ${os.loadavg()[0].toFixed(1)}`;
  recordFigure({
    ...figure,
    figure: `latency report, groupBy=ministry, cold, median over ${sets} sets (${loadNote})`,
    value: ms(latency.cold.wall),
    target: '≤ 100 ms and ≤ 3× SQL',
    floor: sqlFloor(latency.sql, latencyAgree),
    ratio: ratioTo(latency.cold.wall, 100),
    met: withinSql(latency.cold, latency.sql),
  });
  recordFigure({ ...figure, figure: 'latency report, groupBy=party, cold', value: ms(latencyParty.wall), target: '', floor: '', met: null });
  recordFigure({
    ...figure,
    figure: `overdue list (${formatNumber(list.total)} sets), cold, median (${loadNote})`,
    value: ms(overdue.cold.wall),
    target: '≤ 100 ms and ≤ 3× SQL',
    floor: sqlFloor(overdue.sql, overdueAgree),
    ratio: ratioTo(overdue.cold.wall, 100),
    met: withinSql(overdue.cold, overdue.sql),
  });
  recordFigure({
    ...figure,
    figure: 'overdue list with forecasts, cold (survival tables kept per data version)',
    value: ms(overdue.forecastCold.wall),
    target: '≤ 100 ms',
    floor: '',
    ratio: ratioTo(overdue.forecastCold.wall, 100),
    met: overdue.forecastCold.wall <= 100,
  });
  recordFigure({
    ...figure,
    figure: 'overdue list with forecasts, tables fitted anew (first list after a write)',
    value: ms(overdue.forecastRefit.wall),
    target: '',
    floor: '',
    met: null,
  });
  recordFigure({
    ...figure,
    figure: `GET /questions?ministry=jenv&status=overdue at ${RATE} req/s, p99`,
    value: `${loadRun.latency.p99} ms (p50 ${loadRun.latency.p50} ms; ${loadRun.errors + loadRun.timeouts + loadRun.non2xx} errors)`,
    target: '≤ 50 ms',
    floor: '',
    met: loadRun.latency.p99 <= 50 && loadRun.errors + loadRun.timeouts + loadRun.non2xx === 0,
  });
  console.log('');
  console.log(`| GET /questions?ministry=jenv&status=overdue, ${RATE} req/s for ${SECONDS} s | value | target |`);
  console.log('| --- | --- | --- |');
  console.log(
    `| requests (errors, timeouts, non-2xx) | ${loadRun.requests.total} (${loadRun.errors}, ${loadRun.timeouts}, ${loadRun.non2xx}) | ${RATE * SECONDS} |`,
  );
  console.log(
    `| latency p50 / p90 / p99 / max | ${loadRun.latency.p50} / ${loadRun.latency.p90} / ${loadRun.latency.p99} / ${loadRun.latency.max} ms | p99 ≤ 50 ms |`,
  );
  console.log(`| API process CPU per request | ${cpuPerRequest === null ? 'n/a' : ms(cpuPerRequest)} | — |`);
  console.log(`| load average after the run | ${os.loadavg()[0].toFixed(2)} | — |`);
}

await main();
