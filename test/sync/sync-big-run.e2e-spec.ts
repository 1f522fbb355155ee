import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, DocumentTextSync, ODataClient, OpenDataSyncService } from '#domain';
import type { DataSource } from 'typeorm';
import { sql } from '../support/sql.js';
import { createTestEnv, openTestDatabase } from '../support/test-env.js';
import { ODataFixtureServer } from './odata-fixture-server.js';
import { fillBigFeed } from './support/big-feed.js';

const SIZE = { zaken: 10_000, deferrals: 2_000, files: 2_000, toezeggingen: 1_000 };
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

describe('one sync over 10,000 zaken, 12,000 documents (2,000 with files) and 1,000 toezeggingen', () => {
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
    expect(reports.map((r) => [r.feed, r.records, r.stored, r.pages, r.completed])).toEqual([
      ['zaak', 10_000, 10_000, 40, true],
      ['zaakactor', 20_000, 20_000, 80, true],
      ['document', 12_000, 12_000, 48, true],
      ['toezegging', 1_000, 1_000, 4, true],
    ]);
    expect(texts).toMatchObject({ attempted: 2_000, stored: 2_000, failed: 0 });
    expect(server.feedRequests().filter((u) => /%24top=/.test(u))).toEqual([]);
    const after = await counts(ds);
    expect(after).toEqual({
      question_set: 10_000,
      question_set_document: 12_000,
      deferral: 2_000,
      question_set_submitter: 10_000,
      question_set_addressee: 10_000,
      official_zaak: 10_000,
      official_actor: 20_000,
      commitment: 1_000 + 2_000,
      question: 2_000,
      source_document: 2_000,
    });
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM question_set_answerer`))[0].n)).toBe(2_000);
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM question_set_document WHERE "textState" = 'done'`))[0].n)).toBe(2_000);
    const fingerprint = await sql(ds, `SELECT MAX("updatedAt") AS u, COUNT(DISTINCT "ministerLabel") AS l FROM question_set`);

    const again = await sync.run({ initialSince: '2024-01-01' });
    expect(again.map((r) => r.records)).toEqual([0, 0, 0, 0]);
    expect(await sync.runTexts()).toMatchObject({ attempted: 0 });
    expect(await counts(ds)).toEqual(after);
    expect(await sql(ds, `SELECT MAX("updatedAt") AS u, COUNT(DISTINCT "ministerLabel") AS l FROM question_set`)).toEqual(fingerprint);
  }, 1_500_000);
});
