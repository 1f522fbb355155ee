import { parseDocumentStructure, type ParsedDocument } from '#parsing';
import type { DataSource } from 'typeorm';
import { refreshAnswerTermProjection } from '../answer-term-projection/answer-term-projection.maintenance.js';
import { commitmentMadeOn, parseWithDueDates } from '../commitment/commitment-due-dates.js';
import { committedRead, writeTransaction } from '../database/write-transaction.js';
import type { Policy } from '../policy/policy.js';
import { personKey } from '../person/person-key.util.js';
import { QuestionSetWriteRepository, ReferenceIdCache } from '../question-set/question-set-write.repository.js';
import { resolveDue } from '../rules/index.js';
import { contentHash } from './content-hash.util.js';
import { DocumentRejectedError } from './document-rejected.error.js';
import { assertDocumentSize } from './import-limits.js';
import { mergeParsedDocument } from './merge-parsed-document.js';
import { assertNoNulCharacter } from './nul-character.rule.js';
import type { MergeCounts } from './question-set-changes.js';
import { assertStorableFields } from './storable-fields.rule.js';

export type ImportOutcomeKind = 'imported' | 'updated' | 'unchanged';

export interface ImportOutcome {
  outcome: ImportOutcomeKind;
  /** The question set's public key (zaak, or a document id when no zaak is known). */
  key: string;
  zaak: string | null;
  sourceDocumentId: number | null;
  changes: MergeCounts;
  warnings: string[];
}

/** The set's public key: the zaak when known, else a document id, else submission date and first submitter. */
export function questionSetKey(parsed: ParsedDocument): string | null {
  const first = parsed.submitters[0]?.name;
  return (
    parsed.zaak ??
    parsed.documents.answer ??
    parsed.documents.question ??
    parsed.documents.number ??
    (parsed.submittedOn && first ? `${parsed.submittedOn}-${personKey(first)}` : null)
  );
}

/**
 * Parses one document and merges it into the question set it belongs to, in one transaction:
 * the same text twice changes nothing; an answer or a Mededeling arriving later joins the same set.
 */
export class DocumentImportService {
  // Party, person and ministry ids seen by this service: most documents name people already stored.
  private readonly ids = new ReferenceIdCache();

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * `options.parsed`: the text parsed ahead on another thread (ParseAhead), for a bulk import; when it answers null,
   * or the text is stored already, the text is parsed here as without it.
   */
  async importText(text: string, options: { filename?: string | null; parsed?: Promise<ParsedDocument | null> } = {}): Promise<ImportOutcome> {
    const byteLength = assertDocumentSize(text);
    const hash = contentHash(text);
    // A text already stored is recognised before the commitment extraction, most of a parse's cost; the parse of
    // its structure still gives the key and warnings (and refusals) a full parse gives.
    const stored = await committedRead(this.dataSource, (manager) => new QuestionSetWriteRepository(manager).findSourceDocumentByHash(hash));
    if (stored) {
      const structure = parseDocumentStructure(text);
      return unchangedText(structure, keyOf(structure), stored.id);
    }
    const parsed = (await options.parsed) ?? parseWithDueDates(text, this.policy);
    const key = keyOf(parsed);
    // After the parse, so binary input stays a ParseError; these are documents that parse but cannot be stored.
    assertNoNulCharacter(text);
    assertStorableFields(parsed, key);
    const now = this.clock().toISOString();

    return writeTransaction(this.dataSource, async (manager): Promise<ImportOutcome> => {
      const repo = new QuestionSetWriteRepository(manager, this.ids);
      const known = await repo.findSourceDocumentByHash(hash);
      // Stored since the check above, by a transaction that was still running then.
      if (known) return unchangedText(parsed, key, known.id);

      const existing = await repo.findMatchingSet({
        zaak: parsed.zaak,
        answerDocumentId: parsed.documents.answer,
        questionDocumentId: parsed.documents.question,
        key,
        submittedOn: parsed.submittedOn,
        firstSubmitterKey: parsed.submitters[0] ? personKey(parsed.submitters[0].name) : null,
      });
      const changes = mergeParsedDocument(existing && (await repo.load(existing)), parsed, {
        key,
        now,
        madeOn: commitmentMadeOn(parsed),
        impliedDue: (madeOn) => resolveDue({ kind: 'none' }, madeOn, this.policy).dueDate,
      });
      const merged = await repo.applyChanges(changes);
      const changed = merged.created || totalChanges(merged.counts) > 0;
      if (!changed) {
        return { outcome: 'unchanged', key: merged.set.key, zaak: merged.set.zaak, sourceDocumentId: null, changes: merged.counts, warnings: parsed.warnings };
      }
      const sourceDocumentId = await repo.insertSourceDocument({
        questionSetId: merged.set.id,
        format: parsed.format,
        externalId: parsed.documents.answer ?? parsed.documents.number ?? parsed.documents.question,
        contentHash: hash,
        filename: options.filename ? options.filename.slice(-300) : null,
        byteLength,
        text,
        importedAt: now,
      });
      await refreshAnswerTermProjection(manager, [merged.set.id], this.ids);
      return {
        outcome: merged.created ? 'imported' : 'updated',
        key: merged.set.key,
        zaak: merged.set.zaak,
        sourceDocumentId,
        changes: merged.counts,
        warnings: parsed.warnings,
      };
    }).catch((error: unknown) => {
      // Ids cached inside a rolled-back transaction may name rows that no longer exist.
      this.ids.clear();
      throw tooLongForColumn(error)
        ? new DocumentRejectedError(`a value in the document is longer than the database stores: ${(error as Error).message}`)
        : error;
    });
  }
}

/** PostgreSQL's "value too long for type character varying(n)" (SQLSTATE 22001), for fields assertStorableFields does not check. */
function tooLongForColumn(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: unknown } }).driverError;
  return driver?.code === '22001';
}

function keyOf(parsed: ParsedDocument): string {
  const key = questionSetKey(parsed);
  if (!key) throw new DocumentRejectedError('the document names no zaak, no document number and no submitter: cannot tell which question set it belongs to');
  return key;
}

function unchangedText(parsed: ParsedDocument, key: string, sourceDocumentId: number): ImportOutcome {
  return { outcome: 'unchanged', key, zaak: parsed.zaak, sourceDocumentId, changes: emptyCounts(), warnings: parsed.warnings };
}

function emptyCounts(): MergeCounts {
  return { fields: 0, questions: 0, answers: 0, deferrals: 0, people: 0, topics: 0, commitments: 0 };
}

function totalChanges(counts: MergeCounts): number {
  return (Object.values(counts) as number[]).reduce((sum, n) => sum + n, 0);
}
