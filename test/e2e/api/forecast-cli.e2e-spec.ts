import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { runCli } from '../../support/run-cli.js';
import { sql } from '../../support/sql.js';
import { createTestEnv, databaseVars, openTestDatabase, SEEDS_DIR } from '../../support/test-env.js';

// The compiled CLI on the five seeds. `forecast calibrate --as-of 2023-06-30` forecasts on the Mondays from four weeks
// after the first submission (18 July 2019 → 19 August 2019) to half a year before the end (30 December 2022). The
// sets open on those Mondays, by hand: 001 (18 Jul–10 Sep 2019) 4, 004 (1 Oct–18 Nov 2021) 7, 002 (9 Nov 2021–7 Apr
// 2022) 21, 000 (31 Jan–28 Feb 2022) 4, 003 (7–29 Jun 2022) 3: 39 forecasts. Five sets are far too few to compare
// with (the policy wants 30), so none has an interval and none is scored.
describe('termijnwacht forecast calibrate', () => {
  const env = createTestEnv();
  const cli = (...args: string[]) => runCli(args, databaseVars(env));
  let ds: DataSource;

  beforeAll(async () => {
    const run = cli('import', SEEDS_DIR);
    if (run.status !== 0) throw new Error(`import failed: ${run.stderr}`);
    ds = await openTestDatabase(env);
    // Two process starts (import, then a migrated database opened): slow on a loaded machine.
  }, 120_000);
  afterAll(async () => {
    await ds?.destroy();
  });

  it('backtests every Monday, prints the result per ministry and stores it', async () => {
    const run = cli('forecast', 'calibrate', '--as-of', '2023-06-30');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ end: '2023-06-30', fromMonday: '2019-08-19', toMonday: '2022-12-26' });
    const all = report.groups.find((g: { ministry: string }) => g.ministry === '*');
    expect(all).toMatchObject({ name: 'alle ministeries', predictions: 39, scored: 0, coverage: null, verdict: 'untested' });
    const stored = await sql(ds, 'SELECT "ministryKey", predictions, scored FROM forecast_calibration ORDER BY "ministryKey"');
    expect(stored.map((r) => [r.ministryKey, Number(r.predictions)])).toEqual(
      report.groups.map((g: { ministry: string; predictions: number }) => [g.ministry, g.predictions]).sort(),
    );
  }, 120_000);

  it('refuses a bad date or step with exit 65, naming the option', () => {
    const date = cli('forecast', 'calibrate', '--as-of', '2023-02-30');
    expect(date.status).toBe(65);
    expect(date.stderr).toContain('--as-of 2023-02-30');
    const step = cli('forecast', 'calibrate', '--every-weeks', '0');
    expect(step.status).toBe(65);
    expect(step.stderr).toContain('--every-weeks 0');
  }, 120_000);
});
