import fs from 'node:fs';
import { getPolicy, MAX_DOCUMENT_BYTES, parseWithDueDates } from '#domain';
import { decodeDocumentBytes, ParseError } from '#parsing';
import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';

/**
 * Reads a document file, refusing what is not a file or too large before reading it whole; decodes it by its
 * byte-order mark (UTF-8, UTF-16 LE/BE) and refuses other encodings with a ParseError naming the line.
 */
export function readDocumentFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`${file}: no such file`);
  }
  if (!stat.isFile()) throw new CliError(`${file}: not a file`);
  if (stat.size > MAX_DOCUMENT_BYTES) {
    throw new CliError(`${file}: document is ${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1048576} MB`);
  }
  return decodeDocumentBytes(fs.readFileSync(file));
}

/** "FILE:LINE: message", the form editors and scripts understand. */
export function locate(file: string, error: unknown): string {
  if (error instanceof ParseError) {
    const bare = error.message.replace(/^line \d+: /, '');
    return error.line === null ? `${file}: ${bare}` : `${file}:${error.line}: ${bare}`;
  }
  const line = (error as { line?: number | null }).line;
  const message = error instanceof Error ? error.message : String(error);
  return typeof line === 'number' ? `${file}:${line}: ${message}` : `${file}: ${message}`;
}

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('print the parse contract JSON of one document (nothing is stored)')
    .argument('<file>', 'a document in the listing or page format')
    .action((file: string) => {
      try {
        const text = readDocumentFile(file);
        process.stdout.write(`${JSON.stringify(parseWithDueDates(text, getPolicy()), null, 2)}\n`);
      } catch (error) {
        if (error instanceof ParseError) throw new CliError(locate(file, error));
        throw error;
      }
    });
}
