import { NotFoundError, QuestionQueryService } from '#domain';
import type { Command } from 'commander';
import { withCliContext } from '../cli-context.js';
import { CliError } from '../exit-codes.js';
import { asOfOption, dateOption } from './date-option.util.js';

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description('print the answer-term status of one question set as JSON, as of a date')
    .argument('<zaak>', 'zaak number (2022Z01519), question set key, or a kv-tk / ah-tk document id')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .action(async (zaak: string, options: { asOf?: string }) => {
      const asOf = dateOption('as-of', options.asOf);
      const view = await withCliContext(async ({ dataSource, policy }) => {
        try {
          return await new QuestionQueryService(dataSource, policy).status(zaak, asOfOption(asOf, policy.timeZone));
        } catch (error) {
          if (error instanceof NotFoundError) throw new CliError(error.message);
          throw error;
        }
      });
      process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
    });
}
