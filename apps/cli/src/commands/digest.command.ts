import { getPolicy, DIGEST_CADENCES, getEnv, JobName, type DigestCadence, type DigestRunResult } from '#domain';
import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';
import { asOfOption } from './date-option.util.js';
import { runJobAndWait, timeoutOption } from './run-job.util.js';

export function registerDigestCommand(program: Command): void {
  program
    .command('digest')
    .description('mail digests')
    .command('run')
    .description(
      'build and send the digests of the period containing the date now, through the digests queue (a worker must be running); each subscriber gets one per period',
    )
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .option('--cadence <cadence>', 'daily | weekly | all (default all)')
    .option('--timeout <seconds>', 'how long to wait for the worker (default 120)')
    .option('--json', 'print the results as JSON')
    .action(async (options: { asOf?: string; cadence?: string; timeout?: string; json?: boolean }) => {
      const asOf = asOfOption(options.asOf, getPolicy().timeZone);
      const cadence = options.cadence ?? 'all';
      if (cadence !== 'all' && !DIGEST_CADENCES.includes(cadence as DigestCadence)) throw new CliError(`--cadence ${cadence}: expected daily, weekly or all`);
      const results: DigestRunResult[] = [];
      for (const c of cadence === 'all' ? DIGEST_CADENCES : [cadence as DigestCadence]) {
        results.push(
          (await runJobAndWait(getEnv(), { name: JobName.DigestRun, data: { cadence: c, asOf } }, timeoutOption(options.timeout))) as DigestRunResult,
        );
      }
      if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      else
        for (const r of results) {
          process.stdout.write(
            `${r.cadence} digest ${r.period} as of ${r.asOf}: ${r.subscribers} subscriber(s), ${r.created} new, ${r.queued} queued for sending\n`,
          );
        }
    });
}
