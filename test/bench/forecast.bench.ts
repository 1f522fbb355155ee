// npm run bench:forecast — the backtest of the answer forecasts (libs/domain/src/forecast), as the README reports it:
//   - on the generated history (BENCH_FORECAST_SETS, default 100,000 sets, 2015–today, test/bench/support/
//     question-set-generator.ts): for every Monday (BENCH_FORECAST_EVERY_WEEKS, default 1) from four weeks after the
//     first submission to half a year before today, a forecast for every set then open, from what was known that
//     Monday; each scored against the answer that came after: coverage of the 80 % interval (target 0.75–0.85) and
//     the median absolute error of the forecast median in days, per ministry;
//   - on the real documents (test/fixtures/realdocs) plus the seeds, imported through the parser.
// SQLite (BENCH_DATABASE=postgres for PostgreSQL). A benchmark and a measurement, not a test.
import fs from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_POLICY,
  DocumentImportService,
  ForecastService,
  kamerDateOf,
  rebuildAnswerTermProjection,
  writeTransaction,
  type ForecastCalibrationReport,
} from '#domain';
import { benchDatabaseKind, openBenchDatabase } from './support/bench-database.js';
import { formatNumber, recordFigure } from './support/bench-results.js';
import { generateQuestionSets } from './support/question-set-generator.js';

const SETS = Number(process.env.BENCH_FORECAST_SETS ?? 100_000);
const EVERY_WEEKS = Number(process.env.BENCH_FORECAST_EVERY_WEEKS ?? 1);
const KIND = benchDatabaseKind();
const { coverageLow, coverageHigh } = DEFAULT_POLICY.forecast;

function printReport(title: string, report: ForecastCalibrationReport, seconds: number): void {
  console.log(`### ${title}`);
  console.log('');
  console.log(
    `Mondays ${report.fromMonday ?? '—'} to ${report.toMonday ?? '—'} (every ${EVERY_WEEKS === 1 ? '' : `${EVERY_WEEKS}th `}Monday), outcomes up to ${report.end}; backtest ${seconds.toFixed(1)} s on ${KIND}.`,
  );
  console.log('');
  console.log('| ministry | forecasts | scored | coverage of the 80 % interval | median absolute error (days) | verdict |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const groups = [...report.groups].sort((a, b) => (a.ministry === '*' ? -1 : b.ministry === '*' ? 1 : a.name.localeCompare(b.name, 'nl')));
  for (const g of groups) {
    const coverage = g.coverage === null ? '—' : g.coverage.toFixed(3);
    const error = g.medianAbsoluteErrorDays === null ? '—' : formatNumber(g.medianAbsoluteErrorDays, 1);
    console.log(
      `| ${g.ministry === '*' ? '**all ministries**' : g.name} | ${formatNumber(g.predictions)} | ${formatNumber(g.scored)} | ${coverage} | ${error} | ${g.verdict} |`,
    );
  }
  console.log('');
}

function recordAll(label: string, report: ForecastCalibrationReport): void {
  const all = report.groups.find((g) => g.ministry === '*');
  if (!all) return;
  const met = all.coverage === null ? null : all.coverage >= coverageLow && all.coverage <= coverageHigh;
  recordFigure({
    bench: 'forecast',
    database: KIND,
    figure: `80 % interval coverage, ${label}`,
    value: all.coverage?.toFixed(3) ?? '—',
    target: `${coverageLow}–${coverageHigh}`,
    floor: '',
    met,
  });
  recordFigure({
    bench: 'forecast',
    database: KIND,
    figure: `median absolute error, ${label}`,
    value: `${formatNumber(all.medianAbsoluteErrorDays ?? NaN, 1)} days`,
    target: '',
    floor: '',
    met: null,
  });
}

async function generated(today: string): Promise<void> {
  const db = await openBenchDatabase('forecast_generated', KIND);
  try {
    await generateQuestionSets(db.ds, SETS, today);
    // The generator writes the tables directly, past the writers that keep the projection current: build it.
    await writeTransaction(db.ds, (manager) => rebuildAnswerTermProjection(manager, DEFAULT_POLICY));
    const started = performance.now();
    const report = await new ForecastService(db.ds, DEFAULT_POLICY).calibrate(today, { everyWeeks: EVERY_WEEKS });
    printReport(`Generated history: ${formatNumber(SETS)} sets`, report, (performance.now() - started) / 1000);
    recordAll(`generated ${formatNumber(SETS)} sets`, report);
  } finally {
    await db.dispose();
  }
}

async function realDocuments(today: string): Promise<void> {
  const db = await openBenchDatabase('forecast_realdocs', KIND);
  try {
    const importer = new DocumentImportService(db.ds, DEFAULT_POLICY);
    const folders = [path.resolve('test/fixtures/realdocs'), path.resolve('seeds')];
    let documents = 0;
    for (const folder of folders) {
      for (const file of fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.txt'))
        .sort()) {
        try {
          await importer.importText(fs.readFileSync(path.join(folder, file), 'utf8'), { filename: file });
          documents += 1;
        } catch (error) {
          // A refused document (cut off, not written questions) is left out, as `termijnwacht import` does.
          console.error(`${file}: not imported: ${(error as Error).message}`);
        }
      }
    }
    const started = performance.now();
    // Few sets over several years: every Monday, and a history that ends today.
    const report = await new ForecastService(db.ds, DEFAULT_POLICY).calibrate(today, { everyWeeks: 1 });
    printReport(`Real documents (test/fixtures/realdocs) and seeds: ${documents} documents`, report, (performance.now() - started) / 1000);
    recordAll('real documents and seeds', report);
  } finally {
    await db.dispose();
  }
}

const today = kamerDateOf(new Date(), DEFAULT_POLICY.timeZone);
await generated(today);
await realDocuments(today);
