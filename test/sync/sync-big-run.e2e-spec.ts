import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, DocumentTextSync, ODataClient, OpenDataSyncService } from '#domain';
import type { DataSource } from 'typeorm';
import { sql } from '../support/sql.js';
import { createTestEnv, openTestDatabase } from '../support/test-env.js';
import { ODataFixtureServer } from './odata-fixture-server.js';
import { fillBigFeed } from './support/big-feed.js';

// Every feed spans many of the server's 250-row pages (zaken 16, actors 32, documents 20, toezeggingen 2), which is what
// the run must get right: the earlier sync stopped at one page per feed. It was 10,000 zaken (40 pages), which made it
// the longest suite of both passes (200 s on SQLite, 300 s on PostgreSQL) and proved nothing more.
const SIZE = { zaken: 4_000, deferrals: 800, files: 800, toezeggingen: 400 };
const PAGE = 250;
const pages = (records: number) => Math.ceil(records / PAGE);
const TABLES = [
  'question_set',
  'question_set_document',
  'deferral',
  'question_set_submitter',
  'question_set_addressee',
  'official_zaak',
  'official_actor',
  'commitment',
  'question',
  'source_document',
];

async function counts(ds: DataSource): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) out[table] = Number((await sql(ds, `SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  return out;
}

describe('one sync over 4,000 zaken, 4,800 documents (800 with files) and 400 toezeggingen, each feed over many pages', () => {
  const server = new ODataFixtureServer();
  let ds: DataSource;
  let sync: OpenDataSyncService;

  beforeAll(async () => {
    const base = await server.start();
    ds = await openTestDatabase(createTestEnv());
    const client = new ODataClient(base, { minIntervalMs: 0, maxRetries: 2, baseDelayMs: 5, timeoutMs: 30000 });
    sync = new OpenDataSyncService(ds, client, () => new Date(), new DocumentTextSync(ds, client, DEFAULT_POLICY));
    await fillBigFeed(server, SIZE);
  }, 600_000);

  afterAll(async () => {
    await ds.destroy();
    await server.stop();
  });

  it('stores every record exactly once in one call, through the server pages, and a second call changes nothing', async () => {
    const reports = await sync.run({ initialSince: '2024-01-01' });
    const texts = await sync.runTexts();
    const { zaken, deferrals, files, toezeggingen } = SIZE;
    // An Indiener and an addressee per zaak; an answer document per zaak and a Mededeling per deferral; each file an
    // answer with one question and one commitment.
    const actors = 2 * zaken;
    const documents = zaken + deferrals;
    expect(reports.map((r) => [r.feed, r.records, r.stored, r.pages, r.completed])).toEqual([
      ['zaak', zaken, zaken, pages(zaken), true],
      ['zaakactor', actors, actors, pages(actors), true],
      ['document', documents, documents, pages(documents), true],
      ['toezegging', toezeggingen, toezeggingen, pages(toezeggingen), true],
    ]);
    expect(reports.every((r) => r.pages > 1)).toBe(true);
    expect(texts).toMatchObject({ attempted: files, stored: files, failed: 0 });
    expect(server.feedRequests().filter((u) => /%24top=/.test(u))).toEqual([]);
    const after = await counts(ds);
    expect(after).toEqual({
      question_set: zaken,
      question_set_document: documents,
      deferral: deferrals,
      question_set_submitter: zaken,
      question_set_addressee: zaken,
      official_zaak: zaken,
      official_actor: actors,
      commitment: toezeggingen + files,
      question: files,
      source_document: files,
    });
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM question_set_answerer`))[0].n)).toBe(files);
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM question_set_document WHERE "textState" = 'done'`))[0].n)).toBe(files);
    const fingerprint = await sql(ds, `SELECT MAX("updatedAt") AS u, COUNT(DISTINCT "ministerLabel") AS l FROM question_set`);

    const again = await sync.run({ initialSince: '2024-01-01' });
    expect(again.map((r) => r.records)).toEqual([0, 0, 0, 0]);
    expect(await sync.runTexts()).toMatchObject({ attempted: 0 });
    expect(await counts(ds)).toEqual(after);
    expect(await sql(ds, `SELECT MAX("updatedAt") AS u, COUNT(DISTINCT "ministerLabel") AS l FROM question_set`)).toEqual(fingerprint);
  }, 1_500_000);
});
