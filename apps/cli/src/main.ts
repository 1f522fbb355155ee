#!/usr/bin/env node
import 'reflect-metadata';
import { EnvError } from '#domain';
import { Command, CommanderError } from 'commander';
import { registerCommitmentsCommand } from './commands/commitments.command.js';
import { registerImportCommand } from './commands/import.command.js';
import { registerParseCommand } from './commands/parse.command.js';
import { registerStartCommand } from './commands/start.command.js';
import { registerSubscriptionCommand } from './commands/subscription.command.js';
import { registerAlertsCommand } from './commands/alerts.command.js';
import { registerDigestCommand } from './commands/digest.command.js';
import { registerSyncCommand } from './commands/sync.command.js';
import { registerStatusCommand } from './commands/status.command.js';
import { registerApiKeyCommand } from './commands/apikey.command.js';
import { registerForecastCommand } from './commands/forecast.command.js';
import { CliError, EXIT_DATA_ERROR, EXIT_INTERNAL } from './exit-codes.js';

// Each command lives in its own file and registers itself here; this file only wires them and maps errors to exit codes.
const program = new Command('termijnwacht')
  .description('termijnwacht: answer terms, deferrals and commitments of written questions to the Dutch government')
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

registerParseCommand(program);
registerImportCommand(program);
registerStartCommand(program);
registerSyncCommand(program);
registerCommitmentsCommand(program);
registerStatusCommand(program);
registerApiKeyCommand(program);
registerSubscriptionCommand(program);
registerAlertsCommand(program);
registerDigestCommand(program);
registerForecastCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Usage errors (unknown option, missing argument) are the caller's data error; --help and --version are not errors.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_DATA_ERROR;
  } else if (error instanceof CliError || error instanceof EnvError) {
    process.stderr.write(`termijnwacht: ${error.message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : EXIT_DATA_ERROR;
  } else {
    process.stderr.write(`termijnwacht: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_INTERNAL;
  }
}
