import { ODataClient, OpenDataSyncService, DEFAULT_ODATA_CLIENT_OPTIONS, defaultInitialSince, isKamerDate } from '#domain';
import type { Command } from 'commander';
import { withCliContext } from '../cli-context.js';
import { CliError } from '../exit-codes.js';

export function registerSyncCommand(program: Command): void {
  program
    .command('sync')
    .description("read new and changed written questions, answers, deferrals and toezeggingen from the Kamer's open data (OPENDATA_URL)")
    .option('--since <date>', 'read everything changed since this date (YYYY-MM-DD) instead of resuming from the stored cursor')
    .action(async (options: { since?: string }) => {
      if (options.since !== undefined && !isKamerDate(options.since)) {
        throw new CliError(`--since ${options.since}: expected a date as YYYY-MM-DD`);
      }
      const reports = await withCliContext(({ env, dataSource }) => {
        const service = new OpenDataSyncService(dataSource, new ODataClient(env.opendataUrl, DEFAULT_ODATA_CLIENT_OPTIONS));
        return service.run({ since: options.since ?? null, initialSince: defaultInitialSince(new Date()) });
      });
      process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
    });
}
