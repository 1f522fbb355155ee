import { ParseError } from '#parsing';
import type { DataSource } from 'typeorm';
import { refreshAnswerTermProjection } from '../answer-term-projection/answer-term-projection.maintenance.js';
import { commitmentMadeOn, parseWithDueDates } from '../commitment/commitment-due-dates.js';
import { writeTransaction } from '../database/write-transaction.js';
import { DEFAULT_FILE_TEXT_LIMITS, extractFileText, FileTextError, type FileTextLimits } from '../file-text/file-text.extractor.js';
import { contentHash } from '../import/content-hash.util.js';
import { MAX_DOCUMENT_BYTES } from '../import/import-limits.js';
import { mergeParsedDocument } from '../import/merge-parsed-document.js';
import { assertNoNulCharacter } from '../import/nul-character.rule.js';
import { assertStorableFields } from '../import/storable-fields.rule.js';
import type { Policy } from '../policy/policy.js';
import { QuestionSetWriteRepository, ReferenceIdCache } from '../question-set/question-set-write.repository.js';
import { resolveDue } from '../rules/index.js';
import { ODataClient, SyncError } from './odata-client.js';
import { OfficialRecordWriter } from './official-record.writer.js';
import { DocumentTextRepository } from './document-text.repository.js';
import type { QuestionSetDocumentEntity } from './sync.entities.js';

export interface TextReport {
  attempted: number;
  stored: number;
  failed: number;
  /** Reasons of this run's failures, by document number (at most the first 20). */
  failures: { documentNumber: string; reason: string }[];
}

/** After this many failed attempts a file is left alone (its reason stays on the row). */
export const MAX_TEXT_ATTEMPTS = 5;
const BATCH = 50;
// The dates of a set come from the structured records; a text fills people, questions, answers and commitments.
const DATE_FIELDS = ['submittedOn', 'answeredOn', 'withdrawnOn', 'officialTerm'] as const;

/**
 * Reads the files of synced question, answer and Mededeling documents (`Document(<Id>)/resource`), extracts their
 * text (PDF.js, mammoth) and merges it into the document's set through the same parser and commitment extractor an
 * imported text goes through. One transaction per file, the row's state with it: a file is stored whole or not at
 * all, and one that cannot be read is recorded with its reason and tried again on a later run.
 */
export class DocumentTextSync {
  private readonly ids = new ReferenceIdCache();

  constructor(
    private readonly dataSource: DataSource,
    private readonly client: ODataClient,
    private readonly policy: Policy,
    private readonly limits: FileTextLimits = DEFAULT_FILE_TEXT_LIMITS,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(options: { signal?: AbortSignal; onFile?: (done: number) => void } = {}): Promise<TextReport> {
    const report: TextReport = { attempted: 0, stored: 0, failed: 0, failures: [] };
    const runStartedAt = this.clock().toISOString();
    const documents = DocumentTextRepository.of(this.dataSource);
    let afterId = 0;
    for (;;) {
      // Pending files, and failed ones not yet tried in this run.
      const batch = await documents.waiting(afterId, runStartedAt, MAX_TEXT_ATTEMPTS, BATCH);
      if (batch.length === 0) return report;
      for (const row of batch) {
        if (options.signal?.aborted) return report;
        report.attempted += 1;
        const reason = await this.readOne(row);
        if (reason === null) report.stored += 1;
        else {
          report.failed += 1;
          if (report.failures.length < 20) report.failures.push({ documentNumber: row.documentNumber, reason });
        }
        options.onFile?.(report.attempted);
      }
      afterId = batch.at(-1)!.id;
    }
  }

  /** Returns null when stored, else the reason it could not be. */
  private async readOne(row: QuestionSetDocumentEntity): Promise<string | null> {
    try {
      if (!row.apiId) throw new SyncError('the document has no API id');
      const file = await this.client.resource(row.apiId, { maxBytes: this.limits.maxBytes, timeoutMs: this.limits.timeoutMs });
      const text = await extractFileText(file.bytes, file.contentType ?? row.contentType, this.limits);
      if (Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES) throw new FileTextError(`its text is over the limit of ${MAX_DOCUMENT_BYTES} bytes`);
      assertNoNulCharacter(text);
      const parsed = parseWithDueDates(text, this.policy);
      await this.store(row, text, parsed);
      return null;
    } catch (error) {
      const reason = describe(error);
      await writeTransaction(this.dataSource, (manager) =>
        new DocumentTextRepository(manager).recordAttempt(row.id, {
          textState: 'failed',
          textError: reason.slice(0, 2000),
          textAttempts: row.textAttempts + 1,
          textCheckedAt: this.clock().toISOString(),
        }),
      );
      return reason;
    }
  }

  private async store(row: QuestionSetDocumentEntity, text: string, parsed: ReturnType<typeof parseWithDueDates>): Promise<void> {
    const now = this.clock().toISOString();
    const hash = contentHash(text);
    await writeTransaction(this.dataSource, async (manager) => {
      const documents = new DocumentTextRepository(manager);
      const set = await documents.setOf(row);
      // The set was deleted since (a deletion placeholder): nothing to add the text to.
      if (!set) return;
      assertStorableFields(parsed, set.key);
      const repo = new QuestionSetWriteRepository(manager, this.ids);
      const changes = mergeParsedDocument(await repo.load(set), parsed, {
        key: set.key,
        now,
        madeOn: row.date ?? commitmentMadeOn(parsed),
        impliedDue: (madeOn) => resolveDue({ kind: 'none' }, madeOn, this.policy).dueDate,
        storedWins: DATE_FIELDS,
      });
      const merged = await repo.applyChanges(changes);
      // The zaak's own addressees stay the set's addressees; the text adds its answerers, questions and commitments.
      await new OfficialRecordWriter(manager, now, this.ids).reassertPeople(merged.set);
      if (!(await repo.findSourceDocumentByHash(hash))) {
        await repo.insertSourceDocument({
          questionSetId: set.id,
          format: parsed.format,
          externalId: row.documentNumber,
          contentHash: hash,
          filename: `Document(${row.apiId})/resource`,
          byteLength: Buffer.byteLength(text, 'utf8'),
          text,
          importedAt: now,
        });
      }
      await documents.recordAttempt(row.id, { textState: 'done', textError: null, textAttempts: row.textAttempts + 1, textCheckedAt: now });
      await refreshAnswerTermProjection(manager, [set.id]);
    }).catch((error: unknown) => {
      this.ids.clear();
      throw error;
    });
  }
}

function describe(error: unknown): string {
  if (error instanceof ParseError) return `not a text the parser reads: ${error.message}`;
  if (error instanceof FileTextError || error instanceof SyncError) return error.message;
  return `${(error as Error).name ?? 'Error'}: ${(error as Error).message}`;
}

/** How many files are waiting or failed (for `sync status`). */
export async function textBacklog(dataSource: DataSource): Promise<{ pending: number; failed: number; done: number }> {
  return DocumentTextRepository.of(dataSource).backlog();
}
