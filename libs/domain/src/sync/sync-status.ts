import type { DataSource } from 'typeorm';
import { committedRead } from '../database/write-transaction.js';
import { textBacklog } from './document-text.sync.js';
import type { SyncFeed } from './open-data-sync.service.js';
import { SyncCursorRepository } from './sync-cursor.repository.js';

export const SYNC_FEEDS: readonly SyncFeed[] = ['zaak', 'zaakactor', 'document', 'toezegging'];

export interface FeedStatus {
  feed: SyncFeed;
  cursor: string | null;
  cursorId: string | null;
  lastRunAt: string | null;
  lastCompletedAt: string | null;
  lastError: string | null;
  records: number;
  stored: number;
  skipped: number;
  pages: number;
}

export interface SyncStatus {
  /** Until when the data is current: the oldest of the feeds' last complete reads; null until every feed was read to its end once. */
  currentUntil: string | null;
  feeds: FeedStatus[];
  texts: { pending: number; failed: number; done: number };
}

/** Until when the open data is current in this database ("bijgewerkt tot"), for /health and the pages. */
export async function dataCurrentUntil(dataSource: DataSource): Promise<string | null> {
  const rows = await committedRead(dataSource, (m) => new SyncCursorRepository(m).all());
  const done = SYNC_FEEDS.map((feed) => rows.find((r) => r.feed === feed)?.lastCompletedAt ?? null);
  return done.some((d) => d === null) ? null : (done as string[]).sort()[0];
}

/** Each feed's cursor, last run, counts and error, and the files' backlog (`termijnwacht sync status`). */
export async function syncStatus(dataSource: DataSource): Promise<SyncStatus> {
  const rows = await committedRead(dataSource, (m) => new SyncCursorRepository(m).all());
  const feeds = SYNC_FEEDS.map((feed): FeedStatus => {
    const row = rows.find((r) => r.feed === feed);
    return {
      feed,
      cursor: row?.cursor ?? null,
      cursorId: row?.cursorId ?? null,
      lastRunAt: row?.lastRunAt ?? null,
      lastCompletedAt: row?.lastCompletedAt ?? null,
      lastError: row?.lastError ?? null,
      records: row?.recordsSeen ?? 0,
      stored: row?.recordsStored ?? 0,
      skipped: row?.recordsSkipped ?? 0,
      pages: row?.pagesRead ?? 0,
    };
  });
  return { currentUntil: await dataCurrentUntil(dataSource), feeds, texts: await committedRead(dataSource, (m) => textBacklog(m.connection)) };
}
