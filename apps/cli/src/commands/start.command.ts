import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAppLogger, getPolicy, getEnv, openDataSource, runMigrations } from '#domain';
import type { Command } from 'commander';
import { collectDocumentFiles } from './collect-files.util.js';
import { importFiles } from './import-batch.js';
import { redisAnswers } from './redis-ping.util.js';
import { CliError, EXIT_INTERNAL } from '../exit-codes.js';

const REDIS_HINT =
  'sudo apt-get install -y redis-server (a service), or: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --appendonly yes --dir ./data';

/** seeds/ of the installed package (not of the working directory), from dist/apps/cli/src/commands/. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../../../seeds', import.meta.url));

/** Migrates, and on an empty database imports seeds/, so a new user sees real data at once. */
async function prepareDatabase(options: { seed: boolean }, say: (line: string) => void): Promise<void> {
  const env = getEnv();
  const dataSource = await openDataSource(env);
  try {
    const applied = await runMigrations(dataSource, getPolicy());
    if (applied.length > 0) say(`migrations applied: ${applied.join(', ')}`);
    const [{ n }] = await dataSource.query<{ n: number | string }[]>('SELECT COUNT(*) AS n FROM question_set');
    if (options.seed && Number(n) === 0 && fs.existsSync(SEEDS_DIR)) {
      const { files } = collectDocumentFiles([SEEDS_DIR]);
      const summary = await importFiles(dataSource, getPolicy(), files);
      say(`seeds imported: ${summary.imported} question sets (${summary.rejected.length} rejected)`);
    }
  } finally {
    await dataSource.destroy();
  }
}

export function registerStartCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      await prepareDatabase({ seed: false }, (line) => process.stdout.write(`${line}\n`));
    });

  program
    .command('start')
    .description('migrate, import seeds/ into an empty database, and start the API and the worker')
    .option('--no-seed', 'do not import seeds/ into an empty database')
    .option('--only <part>', 'start only the api or only the worker')
    .action(async (options: { seed: boolean; only?: string }) => {
      if (options.only !== undefined && options.only !== 'api' && options.only !== 'worker')
        throw new CliError(`--only ${options.only}: expected api or worker`);
      const env = getEnv();
      // The servers' own lines go through their logger, so LOG_FORMAT=json gives one JSON object a line throughout.
      const logger = createAppLogger(env);
      const say = (line: string) => logger.log(line, 'Start');
      await prepareDatabase(options, say);
      const closers: (() => Promise<void>)[] = [];
      if (options.only !== 'api') {
        if (await redisAnswers(env.redisUrl)) {
          const { createWorkerApp } = await import('../../../worker/src/bootstrap.js');
          // One process runs both apps, so this command owns the signals and closes the worker first.
          const worker = await createWorkerApp(env, getPolicy(), { shutdownHooks: false });
          closers.push(() => worker.close());
          say(
            `termijnwacht worker on ${env.redisUrl.replace(/\/\/[^@/]*@/, '//***@')}; mail ${env.smtpUrl ? 'over SMTP' : `as .eml files in ${env.dataDir}/outbox`}`,
          );
        } else if (options.only === 'worker') {
          throw new CliError(`Redis does not answer at ${env.redisUrl}; start it with: ${REDIS_HINT}`, EXIT_INTERNAL);
        } else {
          logger.warn(
            `Redis does not answer at ${env.redisUrl}, so the worker (alerts, digests, mail, sync) is not started. Start Redis with: ${REDIS_HINT} and run npm start again. The API works without it.`,
            'Start',
          );
        }
      }
      if (options.only !== 'worker') {
        const { createApiApp } = await import('../../../api/src/bootstrap.js');
        const api = await createApiApp(env, getPolicy(), { shutdownHooks: false });
        await api.listen(env.port, '0.0.0.0');
        closers.unshift(() => api.close());
        say(`termijnwacht API on http://localhost:${env.port} (data in ${env.databaseUrl ? 'PostgreSQL' : env.sqliteFile})`);
      }
      const stop = async () => {
        for (const close of closers.splice(0)) await close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void stop());
      process.once('SIGINT', () => void stop());
    });
}
