import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { withCliContext } from '../cli-context.js';
import { CliError, EXIT_DATA_ERROR } from '../exit-codes.js';
import { collectDocumentFiles } from './collect-files.util.js';
import { importFiles, type ImportSummary } from './import-batch.js';

function printSummary(summary: ImportSummary): void {
  const line = `imported ${summary.imported}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected.length}`;
  process.stdout.write(`${line}\n`);
  for (const r of summary.rejected) {
    process.stderr.write(`rejected ${r.line === null ? r.file : `${r.file}:${r.line}`}: ${r.reason}\n`);
  }
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import documents (files, or the .txt files in folders) into the database')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (paths: string[], options: { json?: boolean }) => {
      const { files, missing } = collectDocumentFiles(paths);
      if (missing.length > 0) throw new CliError(`no such file or folder: ${missing.join(', ')}`);
      const summary = await withCliContext(async ({ dataSource, policy }) => {
        // The bar goes to stderr and only to a terminal, so piped output stays clean.
        const bar = process.stderr.isTTY
          ? new cliProgress.SingleBar({ stream: process.stderr, format: 'importing [{bar}] {value}/{total} {file}' }, cliProgress.Presets.shades_classic)
          : null;
        bar?.start(files.length, 0, { file: '' });
        try {
          return await importFiles(dataSource, policy, files, (done, file) => bar?.update(done, { file }));
        } finally {
          bar?.stop();
        }
      });
      if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else printSummary(summary);
      if (summary.rejected.length > 0) process.exitCode = EXIT_DATA_ERROR;
    });
}
