import { DocumentImportService, DocumentRejectedError, type ImportOutcomeKind, type Policy } from '#domain';
import { ParseError } from '#parsing';
import type { DataSource } from 'typeorm';
import { CliError, EXIT_IO_ERROR } from '../exit-codes.js';
import { locate, readDocumentFile } from './parse.command.js';
import { storageFailure } from './storage-failure.util.js';

export interface ImportSummary {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: { file: string; line: number | null; reason: string }[];
}

/**
 * Imports files one by one, one transaction each: a refused file is reported and the batch goes on,
 * and a failure inside a file's transaction leaves nothing of that file behind.
 */
export async function importFiles(
  dataSource: DataSource,
  policy: Policy,
  files: string[],
  onProgress: (done: number, file: string) => void = () => undefined,
): Promise<ImportSummary> {
  const service = new DocumentImportService(dataSource, policy);
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, rejected: [] };
  for (const [index, file] of files.entries()) {
    try {
      const text = readDocumentFile(file);
      const result = await service.importText(text, { filename: file });
      summary[result.outcome satisfies ImportOutcomeKind] += 1;
    } catch (error) {
      const storage = storageFailure(error);
      if (storage) throw storageError(dataSource, file, storage, summary.imported + summary.updated + summary.unchanged);
      if (!(error instanceof ParseError || error instanceof DocumentRejectedError || error instanceof CliError)) throw error;
      const line = error instanceof CliError ? null : error.line;
      summary.rejected.push({
        file,
        line,
        reason: error instanceof ParseError ? error.message.replace(/^line \d+: /, '') : locate(file, error).replace(`${file}: `, ''),
      });
    }
    onProgress(index + 1, file);
  }
  return summary;
}

/** The import stops at a storage failure: the next files would fail the same way. The document's transaction left nothing. */
function storageError(dataSource: DataSource, file: string, reason: string, stored: number): CliError {
  const target = dataSource.options.type === 'postgres' ? 'the PostgreSQL database' : `the database ${String(dataSource.options.database)}`;
  const before = stored === 0 ? '' : `; the ${stored} file(s) before it are stored`;
  return new CliError(
    `${file}: not imported: cannot write to ${target} (is the disk full or read-only?): ${reason}. Nothing of this document was stored${before}.`,
    EXIT_IO_ERROR,
  );
}
