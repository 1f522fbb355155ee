import { decodeDocumentBytes, ParseError } from '#parsing';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { writeTransaction } from '../database/write-transaction.js';
import { DocumentRejectedError } from '../import/document-rejected.error.js';
import type { DocumentImportService } from '../import/document-import.service.js';
import { assertDocumentByteSize } from '../import/import-limits.js';
import { assertNoNulCharacter } from '../import/nul-character.rule.js';
import type { InboxStatus } from './document-inbox.entity.js';
import { DocumentInboxRepository } from './document-inbox.repository.js';

export interface InboxState {
  inboxId: number;
  status: InboxStatus;
  filename: string | null;
  /** The import outcome once done: { outcome, key, zaak, warnings }. */
  result: unknown;
  error: string | null;
  createdAt: string;
  processedAt: string | null;
}

export type InboxProcessResult = 'done' | 'rejected' | 'skipped';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** The asynchronous import path: accept into document_inbox now, parse and store on the ingest queue later. */
export class DocumentInboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly importer: DocumentImportService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Stores the document's bytes as received and returns its inbox id; refuses only what can never be imported (too
   * large). Nothing here runs long on the caller's event loop: the bytes are compressed on libuv's thread pool, and
   * decoding (encoding checks, NUL characters) and parsing are the worker's.
   */
  async accept(bytes: Uint8Array, filename: string | null): Promise<number> {
    assertDocumentByteSize(bytes.byteLength);
    const compressed = (await gzipAsync(bytes)).toString('base64');
    return writeTransaction(this.dataSource, (m) => new DocumentInboxRepository(m).insert(compressed, filename?.slice(-300) ?? null, this.now()));
  }

  /** Imports one inbox row. A refused document is an outcome (rejected), not a failure; other errors are rethrown for a retry. */
  async process(inboxId: number): Promise<InboxProcessResult> {
    const row = await new DocumentInboxRepository(this.dataSource.manager).findById(inboxId);
    if (!row || row.status === 'done' || row.status === 'rejected') return 'skipped';
    try {
      const text = row.compressed === null ? row.text : decodeDocumentBytes(await gunzipAsync(Buffer.from(row.compressed, 'base64')));
      assertNoNulCharacter(text);
      const outcome = await this.importer.importText(text, { filename: row.filename });
      const result = JSON.stringify({ outcome: outcome.outcome, key: outcome.key, zaak: outcome.zaak, warnings: outcome.warnings });
      await writeTransaction(this.dataSource, (m) => new DocumentInboxRepository(m).finish(inboxId, 'done', { result }, this.now()));
      return 'done';
    } catch (error) {
      if (!(error instanceof ParseError || error instanceof DocumentRejectedError)) throw error;
      // A ParseError's message already names its line; a DocumentRejectedError carries it apart.
      const message = error instanceof DocumentRejectedError && error.line !== null ? `line ${error.line}: ${error.message}` : error.message;
      await writeTransaction(this.dataSource, (m) => new DocumentInboxRepository(m).finish(inboxId, 'rejected', { error: message }, this.now()));
      return 'rejected';
    }
  }

  async state(inboxId: number): Promise<InboxState | null> {
    const row = await new DocumentInboxRepository(this.dataSource.manager).findState(inboxId);
    if (!row) return null;
    return {
      inboxId: row.id,
      status: row.status,
      filename: row.filename,
      result: row.result === null ? null : JSON.parse(row.result),
      error: row.error,
      createdAt: row.createdAt,
      processedAt: row.processedAt,
    };
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
