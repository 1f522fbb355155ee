import { API_KEY_ROLES, ApiKeyService, InvalidInputError, NotFoundError } from '#domain';
import { Option, type Command } from 'commander';
import { withCliContext } from '../cli-context.js';
import { CliError } from '../exit-codes.js';

/** Maps the service's refusals to exit 65 with their message. */
async function refusalsAsCliErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof NotFoundError) throw new CliError(error.message);
    throw error;
  }
}

export function registerApiKeyCommand(program: Command): void {
  const apikey = program.command('apikey').description('API keys for the write endpoints (stored hashed; a key is shown once)');

  apikey
    .command('create')
    .description('create a key and print it (the only time it is shown)')
    .addOption(new Option('--role <role>', 'what the key may do').choices([...API_KEY_ROLES]).makeOptionMandatory())
    .option('--name <name>', 'a name to recognise the key by')
    .option('--json', 'print {id, role, key} as JSON')
    .action(async (options: { role: string; name?: string; json?: boolean }) => {
      const created = await withCliContext(({ dataSource }) =>
        refusalsAsCliErrors(() => new ApiKeyService(dataSource).create({ role: options.role, name: options.name })),
      );
      if (options.json) process.stdout.write(`${JSON.stringify({ id: created.id, role: created.role, key: created.key })}\n`);
      else process.stdout.write(`API key ${created.id} (${created.role}, "${created.name}"): ${created.key}\nStore it now: it is not shown again.\n`);
    });

  apikey
    .command('list')
    .description('list the keys (never the keys themselves) as JSON')
    .action(async () => {
      const keys = await withCliContext(({ dataSource }) => new ApiKeyService(dataSource).list());
      process.stdout.write(`${JSON.stringify(keys, null, 2)}\n`);
    });

  apikey
    .command('revoke')
    .description('revoke a key by id')
    .argument('<id>', 'the id from `apikey list`')
    .action(async (id: string) => {
      if (!/^[1-9][0-9]*$/.test(id)) throw new CliError(`apikey revoke ${id}: expected a positive integer id`);
      await withCliContext(({ dataSource }) => refusalsAsCliErrors(() => new ApiKeyService(dataSource).revoke(Number(id))));
      process.stdout.write(`API key ${id} revoked\n`);
    });
}
