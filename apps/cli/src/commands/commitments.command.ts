import { COMMITMENT_SORTS, COMMITMENT_STATUSES, CommitmentService, type CommitmentSort, type CommitmentStatus } from '#domain';
import type { Command } from 'commander';
import { withCliContext } from '../cli-context.js';
import { CliError } from '../exit-codes.js';
import { asOfOption, dateOption } from './date-option.util.js';

const REVIEW_STATES = ['extracted', 'confirmed', 'rejected', 'corrected'];

function listOption(name: string, value: string | undefined, allowed: readonly string[]): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((v) => v.trim());
  const bad = items.filter((v) => !allowed.includes(v));
  if (bad.length > 0) throw new CliError(`--${name} ${bad.join(',')}: expected one of ${allowed.join(', ')}`);
  return items;
}

export function registerCommitmentsCommand(program: Command): void {
  program
    .command('commitments')
    .description('print the commitments (toezeggingen) as JSON, with their status as of a date')
    .option('--status <list>', `comma-separated: ${COMMITMENT_STATUSES.join(', ')}`)
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .option('--review <list>', `comma-separated: ${REVIEW_STATES.join(', ')}`)
    .option('--zaak <zaak>', 'only the commitments of one question set')
    .option('--ministry <ministry>', 'a ministry slug (bz, jenv, …) or part of its name')
    .option('--sort <order>', `${COMMITMENT_SORTS.join(' or ')}: by due date (default) or least sure first, for review`)
    .action(async (options: { status?: string; asOf?: string; review?: string; zaak?: string; ministry?: string; sort?: string }) => {
      const asOf = dateOption('as-of', options.asOf);
      const sort = listOption('sort', options.sort, COMMITMENT_SORTS)?.[0] as CommitmentSort | undefined;
      if (options.sort !== undefined && options.sort.includes(','))
        throw new CliError(`--sort ${options.sort}: expected one of ${COMMITMENT_SORTS.join(', ')}`);
      const statuses = listOption('status', options.status, COMMITMENT_STATUSES) as CommitmentStatus[] | undefined;
      const reviewStates = listOption('review', options.review, REVIEW_STATES);
      const items = await withCliContext(({ dataSource, policy }) =>
        new CommitmentService(dataSource, policy).list({
          asOf: asOfOption(asOf, policy.timeZone),
          statuses,
          reviewStates,
          zaak: options.zaak,
          ministry: options.ministry,
          sort,
        }),
      );
      process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
    });
}
