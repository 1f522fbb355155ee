import { getPolicy, getEnv, JobName, type AlertSweepResult } from '#domain';
import type { Command } from 'commander';
import { asOfOption } from './date-option.util.js';
import { runJobAndWait, timeoutOption } from './run-job.util.js';

export function registerAlertsCommand(program: Command): void {
  program
    .command('alerts')
    .description('alert sweeps')
    .command('run')
    .description('run an alert sweep now, through the alerts queue and the same idempotency as the hourly schedule (a worker must be running)')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .option('--timeout <seconds>', 'how long to wait for the worker (default 120)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { asOf?: string; timeout?: string; json?: boolean }) => {
      const asOf = asOfOption(options.asOf, getPolicy().timeZone);
      const result = (await runJobAndWait(getEnv(), { name: JobName.AlertSweep, data: { asOf } }, timeoutOption(options.timeout))) as AlertSweepResult;
      if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else
        process.stdout.write(
          `alert sweep as of ${result.asOf}: ${result.questionSetsEvaluated} question sets, ${result.subscriptions} subscriptions, ` +
            `${result.newAlerts} new alert(s) in ${result.mails} mail(s)\n`,
        );
    });
}
