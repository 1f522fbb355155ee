import { ForecastService } from '#domain';
import type { Command } from 'commander';
import { withCliContext } from '../cli-context.js';
import { CliError } from '../exit-codes.js';
import { asOfOption, dateOption } from './date-option.util.js';

/**
 * `forecast calibrate`: the backtest of the expected answer dates over the stored history, stored per ministry. The
 * pages show a ministry's forecast as a number only while its last backtest held (coverage of the 80 % interval
 * within the policy's range); run it after large imports, or weekly from cron.
 */
export function registerForecastCommand(program: Command): void {
  const forecast = program.command('forecast').description('expected answer dates of open question sets');
  forecast
    .command('calibrate')
    .description('backtest the forecasts on every past Monday and store coverage and error per ministry; prints them as JSON')
    .option('--as-of <date>', 'the end of the history, YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .option('--every-weeks <n>', 'forecast on every n-th Monday (default 1)')
    .action(async (options: { asOf?: string; everyWeeks?: string }) => {
      const asOf = dateOption('as-of', options.asOf);
      const everyWeeks = options.everyWeeks === undefined ? 1 : Number(options.everyWeeks);
      if (!Number.isInteger(everyWeeks) || everyWeeks < 1 || everyWeeks > 52)
        throw new CliError(`--every-weeks ${options.everyWeeks}: expected a whole number from 1 to 52`);
      const report = await withCliContext(({ dataSource, policy }) =>
        new ForecastService(dataSource, policy).calibrate(asOfOption(asOf, policy.timeZone), { everyWeeks }),
      );
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    });
}
