import type { DataSource, EntityManager } from 'typeorm';
import { refreshAnswerTermProjection } from '../answer-term-projection/answer-term-projection.maintenance.js';
import { CommitmentEntity } from '../commitment/commitment.entity.js';
import { writeTransaction } from '../database/write-transaction.js';
import { ODataClient, SyncError } from './odata-client.js';
import { mapDocument, mapToezegging, mapZaak } from './odata-mapper.js';
import { DOCUMENT_SOORT, ZAAK_SOORT_WRITTEN_QUESTIONS, type ODataDocument, type ODataToezegging, type ODataZaak } from './odata-types.js';
import { OfficialRecordWriter } from './official-record.writer.js';
import { ReferenceIdCache } from '../question-set/question-set-write.repository.js';
import { SyncCursorEntity } from './sync.entities.js';

export type SyncFeed = 'zaak' | 'document' | 'toezegging';

export interface FeedReport {
  feed: SyncFeed;
  pages: number;
  records: number;
  stored: number;
  skipped: number;
  cursor: string | null;
}

interface FeedDefinition<T> {
  feed: SyncFeed;
  entity: string;
  filter: string;
  extra: Record<string, string>;
  apply: (writer: OfficialRecordWriter, record: T, manager: EntityManager) => Promise<boolean>;
}

const DOCUMENT_SOORTEN = Object.values(DOCUMENT_SOORT)
  .map((s) => `Soort eq '${s}'`)
  .join(' or ');

/**
 * Keeps the database current from the Kamer's open data: written-question zaken with their actors, their documents
 * (answers, further answers, deferrals, withdrawals), and the official toezeggingen. Each feed is read in GewijzigdOp
 * order from a cursor kept in the database; a page and the cursor move in one transaction, so a crash resumes where
 * the last stored page ended, and a refused page leaves the cursor where it was.
 */
export class OpenDataSyncService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly client: ODataClient,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** `since` (YYYY-MM-DD) restarts every feed from that date; otherwise each resumes from its cursor (first run: `initialSince`). */
  async run(options: { since?: string | null; initialSince: string }): Promise<FeedReport[]> {
    const reports: FeedReport[] = [];
    const cache = new ReferenceIdCache();
    for (const definition of this.feeds()) {
      reports.push(await this.runFeed(definition as FeedDefinition<unknown>, options, cache));
    }
    return reports;
  }

  private feeds(): [FeedDefinition<ODataZaak>, FeedDefinition<ODataDocument>, FeedDefinition<ODataToezegging>] {
    let candidates: CommitmentEntity[] | null = null;
    return [
      {
        feed: 'zaak',
        entity: 'Zaak',
        filter: `Verwijderd eq false and Soort eq '${ZAAK_SOORT_WRITTEN_QUESTIONS}'`,
        extra: { $expand: 'ZaakActor' },
        apply: async (writer, record) => {
          const facts = mapZaak(record);
          if (facts && record.Soort === ZAAK_SOORT_WRITTEN_QUESTIONS) await writer.applyZaak(facts);
          return facts !== null;
        },
      },
      {
        feed: 'document',
        entity: 'Document',
        filter: `Verwijderd eq false and (${DOCUMENT_SOORTEN})`,
        extra: { $expand: 'Zaak($select=Nummer,Verwijderd)' },
        apply: async (writer, record) => {
          const facts = mapDocument(record);
          if (facts) await writer.applyDocument(facts);
          return facts !== null;
        },
      },
      {
        feed: 'toezegging',
        entity: 'Toezegging',
        filter: 'Verwijderd eq false',
        extra: {},
        apply: async (writer, record, manager) => {
          const facts = mapToezegging(record);
          if (!facts) return false;
          // Extracted commitments not yet linked: loaded once per run, the writer marks the ones it links.
          candidates ??= await manager.getRepository(CommitmentEntity).find({ where: { source: 'extracted' } });
          await writer.applyToezegging(facts, candidates);
          return true;
        },
      },
    ];
  }

  private async runFeed(definition: FeedDefinition<unknown>, options: { since?: string | null; initialSince: string }, cache: ReferenceIdCache): Promise<FeedReport> {
    const stored = await this.dataSource.getRepository(SyncCursorEntity).findOne({ where: { feed: definition.feed } });
    const from = options.since ? `${options.since}T00:00:00Z` : (stored?.cursor ?? `${options.initialSince}T00:00:00Z`);
    // `ge`, not `gt`: records sharing the cursor's timestamp across a page boundary are read again; storing is idempotent.
    const filter = `${definition.filter} and GewijzigdOp ge ${new Date(from).toISOString()}`;
    const report: FeedReport = { feed: definition.feed, pages: 0, records: 0, stored: 0, skipped: 0, cursor: stored?.cursor ?? null };
    for await (const page of this.client.pages<{ GewijzigdOp: string; Verwijderd?: boolean }>(this.client.firstPageUrl(definition.entity, filter, definition.extra))) {
      const now = this.clock().toISOString();
      const cursor = maxTimestamp(page.value.map((r) => r.GewijzigdOp), report.cursor);
      await writeTransaction(this.dataSource, async (manager) => {
        const writer = new OfficialRecordWriter(manager, now, cache);
        for (const record of page.value) {
          const kept = !record.Verwijderd && (await definition.apply(writer, record, manager));
          if (kept) report.stored += 1;
          else report.skipped += 1;
        }
        await refreshAnswerTermProjection(manager, writer.touchedSetIds);
        await manager
          .getRepository(SyncCursorEntity)
          .upsert({ feed: definition.feed, cursor, recordsSeen: (stored?.recordsSeen ?? 0) + report.records + page.value.length, updatedAt: now }, ['feed']);
      }).catch((error: unknown) => {
        // Ids cached during a rolled-back page may name rows that no longer exist.
        cache.clear();
        throw error;
      });
      report.pages += 1;
      report.records += page.value.length;
      report.cursor = cursor;
    }
    return report;
  }
}

/** Without a cursor and without `since`, a first sync reads from 1 January of last year: recent enough to finish in minutes. */
export function defaultInitialSince(today: Date): string {
  return `${today.getUTCFullYear() - 1}-01-01`;
}

function maxTimestamp(values: string[], floor: string | null): string | null {
  let best = floor;
  for (const value of values) {
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw new SyncError(`a record has an unreadable GewijzigdOp "${value}"`);
    const iso = new Date(time).toISOString();
    if (best === null || iso > best) best = iso;
  }
  return best;
}
