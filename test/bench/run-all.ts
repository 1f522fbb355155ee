// npm run bench — every benchmark, one after the other (each in a process of its own, so none inherits another's
// heap or caches), on SQLite and on PostgreSQL where a database is involved, then docs/BENCHMARKS.md: one table of
// figure, value, target and the floor it is compared with, the growth table (10,000 → 100,000 → 1,000,000 sets) and
// each benchmark's own output.
//   BENCH_ONLY=parse,api       run a subset (parse, import, commitments, api, worker, sync, growth); the other
//                              benchmarks' last results are kept from docs/BENCHMARKS.json, each with its date
//   BENCH_DATABASES=sqlite     leave PostgreSQL out (it is left out with a notice when it does not answer)
//   BENCH_OUT=path.md          write elsewhere than docs/BENCHMARKS.md
// The sizes are each benchmark's defaults (100,000 question sets where a database is filled); their BENCH_* variables
// still apply. A full run takes about an hour on 2 cores, most of it the 1,000,000-set growth step.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchPostgresUrl, type BenchDatabaseKind } from './support/bench-database.js';
import { readFigures, type BenchFigure } from './support/bench-results.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BENCH_DIR = path.join(ROOT, 'dist/test/bench');

interface BenchSpec {
  name: string;
  script: string;
  /** Whether it fills a database, and so runs once per database. */
  perDatabase: boolean;
  nodeArgs?: string[];
  /** Runs that measure both databases themselves. */
  selfManaged?: boolean;
}

const BENCHES: BenchSpec[] = [
  { name: 'parse', script: 'parse.bench.js', perDatabase: false, nodeArgs: ['--expose-gc'] },
  { name: 'import', script: 'import.bench.js', perDatabase: true },
  { name: 'commitments', script: 'commitments.bench.js', perDatabase: false },
  { name: 'api', script: 'api.bench.js', perDatabase: true },
  { name: 'worker', script: 'worker.bench.js', perDatabase: true },
  { name: 'sync', script: 'sync.bench.js', perDatabase: true },
  { name: 'growth', script: 'growth.bench.js', perDatabase: false, selfManaged: true },
];

/** The benchmark running now, stopped with the run when it is interrupted. */
let current: ChildProcess | null = null;

interface Run {
  bench: string;
  database: BenchDatabaseKind | '';
  /** When it ran (ISO). */
  date: string;
  output: string;
  seconds: number;
  failed: string | null;
  figures: BenchFigure[];
}

/** The record behind docs/BENCHMARKS.md, so a later subset run (BENCH_ONLY) can keep the other benchmarks' results. */
interface RunRecord {
  databases: BenchDatabaseKind[];
  notes: string[];
  runs: Run[];
}

function runBench(spec: BenchSpec, database: BenchDatabaseKind | '', databases: BenchDatabaseKind[]): Promise<Run> {
  const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'termijnwacht-bench-results-')), 'figures.jsonl');
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_RESULTS: resultsFile };
  const date = new Date().toISOString();
  if (database) env.BENCH_DATABASE = database;
  if (spec.selfManaged) env.BENCH_DATABASES = databases.join(',');
  const started = performance.now();
  const label = database ? `${spec.name} (${database})` : spec.name;
  console.log(`→ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), path.join(BENCH_DIR, spec.script)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    current = child;
    let output = '';
    let errors = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      errors += d.toString();
      process.stderr.write(d);
    });
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      console.log(`  ${label}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s`);
      const figures = readFigures(resultsFile);
      fs.rmSync(path.dirname(resultsFile), { recursive: true, force: true });
      resolve({
        bench: spec.name,
        database,
        date,
        output,
        seconds,
        figures,
        failed: code === 0 ? null : `exit ${code}: ${errors.trim().split('\n').slice(-3).join(' ')}`,
      });
    });
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function summaryTable(figures: BenchFigure[]): string[] {
  const lines = ['| benchmark | database | figure | value | target | compared with | ratio | met |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const f of figures.filter((x) => x.bench !== 'growth')) {
    const met = f.met === null ? '' : f.met ? 'yes' : '**no**';
    lines.push(
      `| ${f.bench} | ${f.database || '—'} | ${cell(f.figure)} | ${cell(f.value)} | ${cell(f.target || '—')} | ${cell(f.floor || '—')} | ${cell(f.ratio || '—')} | ${met} |`,
    );
  }
  return lines;
}

/** The growth figures as one row per database and cost, one column per size. */
function growthTable(figures: BenchFigure[]): string[] {
  const growth = figures.filter((f) => f.bench === 'growth');
  const pattern = /^(.*) at ([\d,]+) sets$/;
  const sizes = [...new Set(growth.map((f) => pattern.exec(f.figure)?.[2] ?? ''))].filter(Boolean);
  const rows = new Map<string, Map<string, string>>();
  for (const f of growth) {
    const m = pattern.exec(f.figure);
    if (!m) continue;
    const key = `${f.database}|${m[1]}`;
    if (!rows.has(key)) rows.set(key, new Map());
    rows.get(key)!.set(m[2], f.value);
  }
  if (rows.size === 0) return ['(the growth benchmark did not run)'];
  const lines = [`| database | cost | ${sizes.map((s) => `${s} sets`).join(' | ')} |`, `| --- | --- | ${sizes.map(() => '---').join(' | ')} |`];
  for (const [key, values] of rows) {
    const [database, cost] = key.split('|');
    lines.push(`| ${database} | ${cost} | ${sizes.map((s) => values.get(s) ?? '—').join(' | ')} |`);
  }
  return lines;
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const wanted = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',') as BenchDatabaseKind[];
  const databases: BenchDatabaseKind[] = [];
  const notes: string[] = [];
  for (const kind of wanted) {
    if (kind === 'postgres' && !(await benchPostgresUrl())) {
      notes.push('PostgreSQL did not answer (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test): SQLite only.');
      continue;
    }
    databases.push(kind);
  }
  const out = process.env.BENCH_OUT ?? path.join(ROOT, 'docs/BENCHMARKS.md');
  const recordFile = out.replace(/\.md$/, '') + '.json';
  const selected = BENCHES.filter((b) => !only || only.includes(b.name));
  // A subset run keeps the last results of everything it does not run again.
  const previous: Run[] = only && fs.existsSync(recordFile) ? (JSON.parse(fs.readFileSync(recordFile, 'utf8')) as RunRecord).runs : [];
  const fresh: Run[] = [];
  const record = (): RunRecord => ({
    databases,
    notes,
    runs: [...previous.filter((p) => !fresh.some((f) => f.bench === p.bench && f.database === p.database)), ...fresh].sort(
      (a, b) => BENCHES.findIndex((x) => x.name === a.bench) - BENCHES.findIndex((x) => x.name === b.bench) || a.database.localeCompare(b.database),
    ),
  });
  const write = (interrupted: boolean) => {
    const snapshot = record();
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(recordFile, `${JSON.stringify(snapshot, null, 1)}\n`);
    fs.writeFileSync(out, renderDoc(snapshot, interrupted));
  };
  // The files are rewritten after every benchmark, so an interrupted run (Ctrl-C, a time limit) still leaves what it
  // measured, marked as interrupted.
  const stop = () => {
    current?.kill('SIGTERM');
    write(true);
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  for (const spec of selected) {
    const targets: (BenchDatabaseKind | '')[] = spec.perDatabase ? databases : [''];
    for (const database of targets) {
      fresh.push(await runBench(spec, database, databases));
      write(false);
    }
  }
  const figures = fresh.flatMap((r) => r.figures);
  console.log(
    `wrote ${path.relative(process.cwd(), out)}: ${figures.length} new figures from ${fresh.length} runs${fresh.some((r) => r.failed) ? ' (some FAILED: see the file)' : ''}`,
  );
  if (fresh.some((r) => r.failed)) process.exitCode = 1;
}

function renderDoc({ databases, notes, runs }: RunRecord, interrupted: boolean): string {
  const figures = runs.flatMap((r) => r.figures);
  const dates = runs.map((r) => r.date).sort();
  const day = (iso: string | undefined) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—');
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` from runs between ${day(dates[0])} and ${day(dates.at(-1))} on ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; databases: ${databases.join(', ')}. The figures as data: [BENCHMARKS.json](BENCHMARKS.json).`,
    'Benchmarks, not tests: timings depend on the machine and on what else it was doing. Each benchmark ran in a process of its own; where a database is filled it holds 100,000 generated question sets unless the figure says otherwise.',
    ...(interrupted ? ['\n**This run was interrupted**: what is below is what it measured before it stopped.'] : []),
    ...notes.map((n) => `\n${n}`),
    ...runs.filter((r) => r.failed).map((r) => `\n**${r.bench}${r.database ? ` (${r.database})` : ''} failed**: ${r.failed}`),
    '',
    '## Figures, targets and floors',
    '',
    ...summaryTable(figures),
    '',
    '## Growth: 10,000 → 100,000 → 1,000,000 question sets',
    '',
    'Each size in a fresh database: the generated sets bulk-loaded and the answer-term projection built over them, then 1,000 documents imported through parse and merge on top, the latency report (groupBy=ministry) and the overdue list cold (read cache off, median), the alert sweep as of today for 100 subscribers, and the size on disk.',
    '',
    ...growthTable(figures),
    '',
    "## Each benchmark's own output",
    ...runs.flatMap((r) => [
      '',
      `### ${r.bench}${r.database ? ` on ${r.database}` : ''} (${day(r.date)}, ${r.seconds.toFixed(0)} s)`,
      '',
      r.output.trim().replace(/^#+ /gm, '#### ') || '(no output)',
    ]),
    '',
  ].join('\n');
}

await main();
