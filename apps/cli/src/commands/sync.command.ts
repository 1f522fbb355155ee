import { createOpenDataSync, defaultInitialSince, syncStatus, type FeedReport } from '#domain';
import type { Command } from 'commander';
import { withCliContext } from '../cli-context.js';
import { dateOption } from './date-option.util.js';
import { stderrProgress } from './sync-progress.js';

/** Stopped by Ctrl-C: the stored pages stay; the same command resumes (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

export function registerSyncCommand(program: Command): void {
  const sync = program
    .command('sync')
    .description(
      "read new and changed written questions, answers, deferrals and toezeggingen from the Kamer's open data (OPENDATA_URL), then the texts of their files",
    )
    .option(
      '--since <date>',
      'read everything changed since this date (YYYY-MM-DD) instead of resuming from the stored cursor; after a crash the same command resumes',
    )
    .option('--no-texts', 'do not fetch and read the files of the documents')
    .action(async (options: { since?: string; texts: boolean }) => {
      const since = dateOption('since', options.since);
      const stop = new AbortController();
      const onInterrupt = () => {
        process.stderr.write('\nstopping after the page being stored (Ctrl-C again to force)\n');
        stop.abort();
        process.once('SIGINT', () => process.exit(EXIT_INTERRUPTED));
      };
      process.once('SIGINT', onInterrupt);
      try {
        const reports = await withCliContext(async ({ env, policy, dataSource }) => {
          const service = createOpenDataSync(dataSource, env, policy);
          const progress = stderrProgress();
          const feeds: (FeedReport | Record<string, unknown>)[] = await service.run({
            since: since ?? null,
            initialSince: defaultInitialSince(new Date()),
            signal: stop.signal,
            onProgress: progress,
            countFirst: true,
          });
          if (options.texts && !stop.signal.aborted) {
            const texts = await service.runTexts({ signal: stop.signal });
            if (texts) feeds.push({ feed: 'texts', records: texts.attempted, stored: texts.stored, skipped: texts.failed, failures: texts.failures });
          }
          return feeds;
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
        if (stop.signal.aborted) {
          process.stderr.write('stopped; run the same command to resume from the last stored page\n');
          process.exitCode = EXIT_INTERRUPTED;
        }
      } finally {
        process.removeListener('SIGINT', onInterrupt);
      }
    });

  sync
    .command('status')
    .description("each feed's cursor, last run, counts and last error, the files still to read, and until when the data is current")
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const status = await withCliContext(({ dataSource }) => syncStatus(dataSource));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
        return;
      }
      const lines = [`bijgewerkt tot: ${status.currentUntil ?? 'nog niet volledig gesynchroniseerd'}`];
      for (const f of status.feeds) {
        lines.push(
          `${f.feed}: cursor ${f.cursor ?? '-'}${f.cursorId ? ` (${f.cursorId})` : ''}; last run ${f.lastRunAt ?? 'never'}${f.lastCompletedAt ? `, last complete ${f.lastCompletedAt}` : ''}; ${f.records} records in ${f.pages} pages, ${f.stored} stored, ${f.skipped} skipped${f.lastError ? `; error: ${f.lastError}` : ''}`,
        );
      }
      lines.push(`texts: ${status.texts.done} read, ${status.texts.pending} pending, ${status.texts.failed} failed`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
