import type { EntityManager } from 'typeorm';
import type { FeedPosition } from './sync-cursor.js';
import { SyncCursorEntity } from './sync.entities.js';

/** Where each feed's sync stands (sync_cursor): read at the start of a run, moved on with every page stored. */
export class SyncCursorRepository {
  constructor(private readonly manager: EntityManager) {}

  find(feed: string): Promise<SyncCursorEntity | null> {
    return this.manager.getRepository(SyncCursorEntity).findOne({ where: { feed } });
  }

  all(): Promise<SyncCursorEntity[]> {
    return this.manager.getRepository(SyncCursorEntity).find();
  }

  /** A run begins: the row exists from now on, with the run's time and the backfill it is part of. */
  async startRun(feed: string, stored: SyncCursorEntity | null, runAt: string, backfillFrom: string | null): Promise<void> {
    const fresh = {
      feed,
      cursor: null,
      cursorId: null,
      recordsSeen: 0,
      recordsStored: 0,
      recordsSkipped: 0,
      pagesRead: 0,
      lastCompletedAt: null,
      lastError: null,
    };
    await this.manager.getRepository(SyncCursorEntity).upsert({ ...(stored ?? fresh), lastRunAt: runAt, updatedAt: runAt, backfillFrom }, ['feed']);
  }

  /** One page stored, in the page's own transaction: the cursor moves and the counts grow together with the data. */
  async advance(feed: string, position: FeedPosition | null, counts: { seen: number; stored: number; skipped: number }, now: string): Promise<void> {
    const repo = this.manager.getRepository(SyncCursorEntity);
    const row = await repo.findOneOrFail({ where: { feed } });
    await repo.update(
      { feed },
      {
        cursor: position?.at ?? row.cursor,
        cursorId: position?.id ?? row.cursorId,
        recordsSeen: row.recordsSeen + counts.seen,
        recordsStored: row.recordsStored + counts.stored,
        recordsSkipped: row.recordsSkipped + counts.skipped,
        pagesRead: row.pagesRead + 1,
        updatedAt: now,
      },
    );
  }

  async markFailed(feed: string, message: string): Promise<void> {
    await this.manager.getRepository(SyncCursorEntity).update({ feed }, { lastError: message.slice(0, 2000) });
  }

  async markCompleted(feed: string, at: string): Promise<void> {
    await this.manager.getRepository(SyncCursorEntity).update({ feed }, { lastCompletedAt: at, lastError: null });
  }
}
