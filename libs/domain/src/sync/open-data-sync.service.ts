import type { DataSource } from 'typeorm';
import { refreshAnswerTermProjection } from '../answer-term-projection/answer-term-projection.maintenance.js';
import { CommitmentEntity } from '../commitment/commitment.entity.js';
import { writeTransaction } from '../database/write-transaction.js';
import { ReferenceIdCache } from '../question-set/question-set-write.repository.js';
import { ODataClient, SyncError } from './odata-client.js';
import { isWrittenQuestionsZaak, mapActor, mapDocument, mapToezegging, mapZaak } from './odata-mapper.js';
import {
  DOCUMENT_SOORT,
  ZAAK_SOORT_WRITTEN_QUESTIONS,
  type ODataDocument,
  type ODataEntity,
  type ODataToezegging,
  type ODataZaak,
  type ODataZaakActor,
} from './odata-types.js';
import type { DeletableEntity } from './merge-official-deletion.js';
import { OfficialRecordWriter } from './official-record.writer.js';
import { afterPositionFilter, positionAfter, positionOfDate, type FeedPosition } from './sync-cursor.js';
import type { SyncCursorEntity } from './sync.entities.js';
import { SyncCursorRepository } from './sync-cursor.repository.js';
import type { DocumentTextSync, TextReport } from './document-text.sync.js';
import { DEFAULT_POLICY } from '../policy/default-policy.js';

export type SyncFeed = 'zaak' | 'zaakactor' | 'document' | 'toezegging';

export interface FeedReport {
  feed: SyncFeed;
  pages: number;
  records: number;
  stored: number;
  skipped: number;
  /** Deletion placeholders that removed something stored. */
  deleted: number;
  /** Documents skipped because none of their zaken is a written-questions zaak. */
  otherZaken: number;
  /** Toezegging status values termijnwacht does not know (stored as-is). */
  unknownStatuses: string[];
  cursor: string | null;
  cursorId: string | null;
  /** Read to the end of the feed (false when stopped by a signal). */
  completed: boolean;
}

export interface SyncProgress {
  feed: SyncFeed;
  pages: number;
  records: number;
  /** The server's count of what this run has to read, when it says; null otherwise. */
  expected: number | null;
  startedAt: number;
}

export interface SyncRunOptions {
  /** YYYY-MM-DD: read every feed from that date (the same command after a crash resumes from the last stored page). */
  since?: string | null;
  /** Without a cursor and without `since`. */
  initialSince: string;
  /** Stops cleanly between pages (Ctrl-C): the stored pages stay, the cursor names the last one. */
  signal?: AbortSignal;
  /** Called after every stored page (and once per feed before the first). */
  onProgress?: (progress: SyncProgress) => void;
  /** Ask the server how many records to expect (one `$count` request per feed) for a time-left estimate. */
  countFirst?: boolean;
}

interface ApplyOutcome {
  kind: 'stored' | 'skipped' | 'deleted' | 'other-zaak';
  unknownStatus?: string;
}

interface FeedDefinition {
  feed: SyncFeed;
  entity: DeletableEntity;
  filter: string;
  extra: Record<string, string>;
  /** Used when the server refuses `extra` (400) on the first page: an expansion the API may not offer. */
  fallbackExtra?: Record<string, string>;
  apply: (writer: OfficialRecordWriter, record: ODataEntity) => Promise<ApplyOutcome>;
}

const DOCUMENT_SOORTEN = Object.values(DOCUMENT_SOORT)
  .map((s) => `Soort eq '${s}'`)
  .join(' or ');
const WRITTEN = `'${ZAAK_SOORT_WRITTEN_QUESTIONS}'`;

/**
 * Keeps the database current from the Kamer's open data: written-question zaken with their actors, their documents
 * (answers, further answers, deferrals, withdrawals), and the official toezeggingen; then the texts of the documents'
 * files. Each feed is read in (ApiGewijzigdOp, Id) order from a cursor kept in the database, through the server's own
 * pages; a page and the cursor move in one transaction, so a crash resumes after the last stored page, and a refused
 * page leaves the cursor where it was. Deletion placeholders (`Verwijderd`) are read and applied.
 */
export class OpenDataSyncService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly client: ODataClient,
    private readonly clock: () => Date = () => new Date(),
    private readonly texts: DocumentTextSync | null = null,
    // The zone the Kamer's timestamps are read in: the policy's (Europe/Amsterdam).
    private readonly timeZone: string = DEFAULT_POLICY.timeZone,
  ) {}

  async run(options: SyncRunOptions): Promise<FeedReport[]> {
    const reports: FeedReport[] = [];
    const cache = new ReferenceIdCache();
    for (const definition of this.feeds()) {
      const report = await this.runFeed(definition, options, cache);
      reports.push(report);
      if (!report.completed) break;
    }
    return reports;
  }

  /** The texts of the documents' files (pending, and failed ones due for a retry); null when no extractor is configured. */
  async runTexts(options: { signal?: AbortSignal } = {}): Promise<TextReport | null> {
    return this.texts ? this.texts.run(options) : null;
  }

  private feeds(): FeedDefinition[] {
    let candidates: CommitmentEntity[] | null = null;
    return [
      {
        feed: 'zaak',
        entity: 'Zaak',
        filter: `(Soort eq ${WRITTEN} or Verwijderd eq true)`,
        extra: { $expand: 'ZaakActor' },
        apply: async (writer, record) => {
          const facts = mapZaak(record as ODataZaak, this.timeZone);
          if (!facts) return { kind: 'skipped' };
          await writer.applyZaak(facts);
          return { kind: 'stored' };
        },
      },
      {
        // Actors change without their Zaak changing (a co-submitter added, an addressee corrected).
        feed: 'zaakactor',
        entity: 'ZaakActor',
        filter: `(Zaak/Soort eq ${WRITTEN} or Verwijderd eq true)`,
        extra: { $expand: 'Zaak($select=Id,Nummer,Soort,Verwijderd)' },
        apply: async (writer, record) => {
          const actor = record as ODataZaakActor;
          if (!actor.Zaak || actor.Zaak.Verwijderd || !isWrittenQuestionsZaak(actor.Zaak.Soort)) return { kind: 'other-zaak' };
          return { kind: (await writer.applyActor(actor.Zaak.Nummer, mapActor(actor))) ? 'stored' : 'skipped' };
        },
      },
      {
        feed: 'document',
        entity: 'Document',
        filter: `(${DOCUMENT_SOORTEN} or Verwijderd eq true)`,
        extra: { $expand: 'Zaak($select=Id,Nummer,Soort,Verwijderd)' },
        apply: async (writer, record) => {
          const doc = record as ODataDocument;
          const facts = mapDocument(doc, this.timeZone);
          if (!facts) return { kind: doc.DocumentNummer && (doc.Zaak ?? []).length > 0 ? 'other-zaak' : 'skipped' };
          await writer.applyDocument(facts);
          return { kind: 'stored' };
        },
      },
      {
        feed: 'toezegging',
        entity: 'Toezegging',
        filter: '',
        extra: { $expand: 'KamerbriefNakoming($select=Id,DocumentNummer,Datum,Verwijderd)' },
        // KamerbriefNakoming as a navigation property is inferred from $metadata, not seen live (ANCHORS §3.8): if the
        // server refuses to expand it, the feed is read without, and a string value is taken as the letter's number.
        fallbackExtra: {},
        apply: async (writer, record) => {
          const t = record as ODataToezegging;
          const facts = mapToezegging(t, this.timeZone);
          if (!facts) return { kind: 'skipped' };
          // Extracted commitments not yet linked: loaded once per run, the writer marks the ones it links.
          candidates ??= await writer.extractedCandidates();
          await writer.applyToezegging(facts, candidates);
          return { kind: 'stored', unknownStatus: facts.lifecycle === null ? (facts.officialStatus ?? undefined) : undefined };
        },
      },
    ];
  }

  private startPosition(feed: SyncFeed, stored: SyncCursorEntity | null, options: SyncRunOptions): FeedPosition {
    const storedPosition = stored?.cursor ? { at: stored.cursor, id: stored.cursorId } : null;
    if (options.since) {
      const unfinished = stored?.backfillFrom === options.since && (!stored.lastCompletedAt || !stored.lastRunAt || stored.lastCompletedAt < stored.lastRunAt);
      return unfinished && storedPosition ? storedPosition : positionOfDate(options.since);
    }
    return storedPosition ?? positionOfDate(options.initialSince);
  }

  private async runFeed(definition: FeedDefinition, options: SyncRunOptions, cache: ReferenceIdCache): Promise<FeedReport> {
    const cursors = new SyncCursorRepository(this.dataSource.manager);
    const stored = await cursors.find(definition.feed);
    let position: FeedPosition | null = this.startPosition(definition.feed, stored, options);
    await cursors.startRun(definition.feed, stored, this.clock().toISOString(), options.since ?? stored?.backfillFrom ?? null);
    const filter = [definition.filter, afterPositionFilter(position)].filter((part) => part.length > 0).join(' and ');
    const report: FeedReport = {
      feed: definition.feed,
      pages: 0,
      records: 0,
      stored: 0,
      skipped: 0,
      deleted: 0,
      otherZaken: 0,
      unknownStatuses: [],
      cursor: stored?.cursor ?? null,
      cursorId: stored?.cursorId ?? null,
      completed: false,
    };
    const expected = options.countFirst ? await this.client.count(definition.entity, filter) : null;
    const startedAt = Date.now();
    options.onProgress?.({ feed: definition.feed, pages: 0, records: 0, expected, startedAt });
    try {
      for await (const page of this.pagesOf(definition, filter, report)) {
        position = positionAfter(page.value, position);
        await this.storePage(definition, page.value, position, report, cache);
        options.onProgress?.({ feed: definition.feed, pages: report.pages, records: report.records, expected, startedAt });
        if (options.signal?.aborted) return report;
      }
    } catch (error) {
      await cursors.markFailed(definition.feed, `${this.clock().toISOString()} ${(error as Error).message}`);
      throw error;
    }
    report.completed = true;
    await cursors.markCompleted(definition.feed, this.clock().toISOString());
    return report;
  }

  private async *pagesOf(definition: FeedDefinition, filter: string, report: FeedReport): AsyncGenerator<{ value: ODataEntity[] }> {
    try {
      yield* this.client.pages<ODataEntity>(this.client.firstPageUrl(definition.entity, filter, definition.extra));
    } catch (error) {
      const refused = error instanceof SyncError && / answered 400 /.test(error.message);
      if (!refused || report.pages > 0 || !definition.fallbackExtra) throw error;
      yield* this.client.pages<ODataEntity>(this.client.firstPageUrl(definition.entity, filter, definition.fallbackExtra));
    }
  }

  private async storePage(
    definition: FeedDefinition,
    records: ODataEntity[],
    position: FeedPosition | null,
    report: FeedReport,
    cache: ReferenceIdCache,
  ): Promise<void> {
    const now = this.clock().toISOString();
    const counts = { stored: 0, skipped: 0, deleted: 0, otherZaken: 0 };
    const unknown = new Set<string>();
    await writeTransaction(this.dataSource, async (manager) => {
      const writer = new OfficialRecordWriter(manager, now, cache);
      for (const record of records) {
        if (record.Verwijderd) {
          if (await writer.applyDeletion(definition.entity, record.Id, record.ApiGewijzigdOp ?? null)) counts.deleted += 1;
          else counts.skipped += 1;
          continue;
        }
        const outcome = await definition.apply(writer, record);
        if (outcome.kind === 'stored') counts.stored += 1;
        else if (outcome.kind === 'other-zaak') counts.otherZaken += 1;
        else counts.skipped += 1;
        if (outcome.unknownStatus) unknown.add(outcome.unknownStatus);
      }
      // The verdicts of every set this page changed, in the page's transaction.
      await refreshAnswerTermProjection(manager, [...writer.touchedSetIds]);
      await new SyncCursorRepository(manager).advance(
        definition.feed,
        position,
        { seen: records.length, stored: counts.stored + counts.deleted, skipped: counts.skipped + counts.otherZaken },
        now,
      );
    }).catch((error: unknown) => {
      // Ids cached during a rolled-back page may name rows that no longer exist.
      cache.clear();
      throw error;
    });
    report.pages += 1;
    report.records += records.length;
    report.stored += counts.stored;
    report.skipped += counts.skipped;
    report.deleted += counts.deleted;
    report.otherZaken += counts.otherZaken;
    for (const status of unknown) if (!report.unknownStatuses.includes(status)) report.unknownStatuses.push(status);
    report.cursor = position?.at ?? report.cursor;
    report.cursorId = position?.id ?? report.cursorId;
  }
}

/** Without a cursor and without `since`, a first sync reads from 1 January of last year: recent enough to finish in minutes. */
export function defaultInitialSince(today: Date): string {
  return `${today.getUTCFullYear() - 1}-01-01`;
}
