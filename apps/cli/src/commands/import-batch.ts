import { DocumentImportService, DocumentRejectedError, ParseAhead, type ImportOutcomeKind, type Policy } from '#domain';
import { ParseError, type ParsedDocument } from '#parsing';
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
 * and a failure inside a file's transaction leaves nothing of that file behind. The next file is read and parsed on a
 * worker thread (ParseAhead) while this one is written; the files are still written in their order.
 */
export async function importFiles(
  dataSource: DataSource,
  policy: Policy,
  files: string[],
  onProgress: (done: number, file: string) => void = () => undefined,
): Promise<ImportSummary> {
  const service = new DocumentImportService(dataSource, policy);
  // A single file has nothing to overlap with: no thread is started for it.
  const ahead = files.length > 1 ? new ParseAhead(policy) : null;
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, rejected: [] };
  try {
    let next = files.length > 0 ? readAhead(ahead, files[0]) : null;
    for (const [index, file] of files.entries()) {
      const current = next!;
      if (index + 1 < files.length) next = readAhead(ahead, files[index + 1]);
      try {
        const { text, parsed } = current();
        const result = await service.importText(text, { filename: file, parsed });
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
  } finally {
    await ahead?.close();
  }
  return summary;
}

/** Reads a file and sends it to be parsed; the result, or the reading's error, is given when its turn comes. */
function readAhead(ahead: ParseAhead | null, file: string): () => { text: string; parsed: Promise<ParsedDocument | null> | undefined } {
  try {
    const text = readDocumentFile(file);
    const parsed = ahead?.parse(text);
    return () => ({ text, parsed });
  } catch (error) {
    return () => {
      throw error;
    };
  }
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
