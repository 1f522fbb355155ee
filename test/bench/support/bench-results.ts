// Every benchmark prints its own markdown table for a reader; `npm run bench` also needs the figures as data, to
// gather them into one table (docs/BENCHMARKS.md). A benchmark records a figure here; when BENCH_RESULTS names a
// file, the figure is appended to it as one JSON line, otherwise nothing happens.
import fs from 'node:fs';

export interface BenchFigure {
  /** The benchmark that measured it: parse, import, commitments, api, worker, sync, growth. */
  bench: string;
  /** sqlite, postgres, or '' where no database is involved. */
  database: string;
  figure: string;
  /** As a reader should see it, unit included: "1,234 sets/s", "87 ms". */
  value: string;
  /** The target, or '' when there is none. */
  target: string;
  /** What the figure is compared with: a floor (reading the bytes), a hand-written SQL query, or ''. */
  floor: string;
  /** The value over its target (or floor), e.g. "0.42× target": how far it is from it; absent when there is none. */
  ratio?: string;
  /** Whether the target is met; null when there is no target. */
  met: boolean | null;
}

export function recordFigure(figure: BenchFigure): void {
  const file = process.env.BENCH_RESULTS;
  if (file) fs.appendFileSync(file, `${JSON.stringify(figure)}\n`);
}

export function readFigures(file: string): BenchFigure[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as BenchFigure);
}

export const formatNumber = (n: number, digits = 0): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** "0.42× target" for a value and a target in the same unit (a time: at most the target is met). */
export const ratioTo = (value: number, target: number, of = 'target'): string => `${(value / target).toFixed(2)}× ${of}`;
