import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ODataClient, OpenDataSyncService, type Env } from '#domain';
import type { DataSource } from 'typeorm';
import { sql } from '../support/sql.js';
import { createTestEnv, databaseVars, openTestDatabase } from '../support/test-env.js';
import { ODataFixtureServer, SERVER_PAGE_SIZE } from './odata-fixture-server.js';
import { guid, startCli, zaak, zaakNummer } from './support/sync-fixtures.js';

// 600 zaken republished in bulk: one ApiGewijzigdOp for all (their GewijzigdOp differ), across three server pages.
const BULK = '2025-12-17T03:12:45.1234567+01:00';
const count = async (ds: DataSource, query: string) => Number((await sql(ds, query))[0].n);

// Child processes of the CLI start slowly on a loaded machine: generous timeouts (no assertion is on time).
jest.setTimeout(180_000);

describe('paging and the cursor, as the real API pages', () => {
  const server = new ODataFixtureServer();
  let base: string;
  let env: Env;
  let ds: DataSource;
  const cli = (...args: string[]) =>
    startCli(args, { ...databaseVars(env), OPENDATA_URL: base, OPENDATA_MIN_INTERVAL_MS: '0', HMAC_SECRET: 'test-secret-of-sufficient-length' });

  beforeAll(async () => {
    base = await server.start();
    env = createTestEnv({ OPENDATA_URL: base });
    ds = await openTestDatabase(env);
    server.data.Zaak = Array.from({ length: 600 }, (_, i) =>
      zaak(i + 1, BULK, { GewijzigdOp: `2024-10-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+02:00` }),
    );
  });

  afterAll(async () => {
    await ds.destroy();
    await server.stop();
  });

  it('the fixture behaves as documented: with $top there is no nextLink, without it 250-row pages with one', async () => {
    const withTop = (await (await fetch(`${base}/Zaak?$top=250`)).json()) as Record<string, unknown>;
    expect(withTop.value).toHaveLength(250);
    expect(withTop['@odata.nextLink']).toBeUndefined();
    const paged = (await (await fetch(`${base}/Zaak`)).json()) as Record<string, unknown>;
    expect(paged.value).toHaveLength(SERVER_PAGE_SIZE);
    expect(paged['@odata.nextLink']).toMatch(/(\$|%24)skip=250/);
    // Navigation properties only when expanded.
    expect((paged.value as Record<string, unknown>[])[0].ZaakActor).toBeUndefined();
    server.requests.length = 0;
  });

  it('is killed (-9) between pages and resumes from the last stored page: every zaak once, nothing read twice', async () => {
    // Kill the CLI when it asks for the third page of zaken: two pages (500 zaken) are stored with their cursor.
    let first: ReturnType<typeof cli> | null = null;
    server.onRequest = (url) => {
      if (url.startsWith('/OData/v4/2.0/Zaak?') && url.includes('%24skip=500')) first?.child.kill('SIGKILL');
    };
    first = cli('sync', '--since', '2024-01-01', '--no-texts');
    const killed = await first.done;
    server.onRequest = null;
    expect(killed.signal).toBe('SIGKILL');
    expect(await count(ds, 'SELECT COUNT(*) AS n FROM question_set')).toBe(500);
    const [cursor] = await sql(ds, `SELECT cursor, "cursorId", "pagesRead" FROM sync_cursor WHERE feed = 'zaak'`);
    expect(cursor).toEqual({ cursor: BULK, cursorId: guid(1, 500), pagesRead: 2 });

    server.requests.length = 0;
    const second = await cli('sync', '--since', '2024-01-01', '--no-texts').done;
    expect(second.stderr).toMatch(/zaak: /);
    expect(second.status).toBe(0);
    const zaakRequests = server
      .feedRequests()
      .filter((u) => u.startsWith('/OData/v4/2.0/Zaak?'))
      .map((u) => decodeURIComponent(u));
    // The same command resumed after the last stored record (tie-break on Id), not from --since.
    expect(zaakRequests[0]).toContain(`(ApiGewijzigdOp gt ${BULK} or (ApiGewijzigdOp eq ${BULK} and Id gt ${guid(1, 500)}))`);
    expect(zaakRequests[0]).toContain('$orderby=ApiGewijzigdOp asc,Id asc');
    for (const url of server.feedRequests()) {
      expect(url).not.toMatch(/\$top=|%24top=/);
    }
    const reports = JSON.parse(second.stdout);
    expect(reports[0]).toMatchObject({ feed: 'zaak', records: 100, stored: 100, completed: true });
    expect(await count(ds, 'SELECT COUNT(*) AS n FROM question_set')).toBe(600);
    expect(await count(ds, 'SELECT COUNT(*) AS n FROM question_set_submitter')).toBe(600);
    expect(await count(ds, 'SELECT COUNT(*) AS n FROM question_set_addressee')).toBe(600);
  });

  it('reads 600 records sharing one timestamp through three server pages in one run, and a second run reads nothing', async () => {
    const env2 = createTestEnv();
    const ds2 = await openTestDatabase(env2);
    try {
      const service = new OpenDataSyncService(ds2, new ODataClient(base, { minIntervalMs: 0, maxRetries: 2, baseDelayMs: 5, timeoutMs: 10000 }));
      server.requests.length = 0;
      const [zaken] = await service.run({ initialSince: '2024-01-01' });
      expect(zaken).toMatchObject({ feed: 'zaak', pages: 3, records: 600, stored: 600, completed: true });
      // The server's nextLinks were followed; the client added no $skip of its own to a first page.
      const zaakRequests = server.feedRequests().filter((u) => u.startsWith('/OData/v4/2.0/Zaak?'));
      expect(zaakRequests.filter((u) => !/%24skip=/.test(u))).toHaveLength(1);
      expect(await count(ds2, 'SELECT COUNT(*) AS n FROM question_set')).toBe(600);
      const again = await service.run({ initialSince: '2024-01-01' });
      expect(again.map((r) => r.records)).toEqual([0, 0, 0, 0]);

      // Visible in the API only now, though changed at the source long before the cursor's time: still read.
      const late = zaak(900, '2025-12-18T09:00:00+01:00', { GewijzigdOp: '2020-01-01T00:00:00+01:00' });
      server.data.Zaak.push(late);
      const [withLate] = await service.run({ initialSince: '2024-01-01' });
      expect(withLate).toMatchObject({ records: 1, stored: 1 });
      expect(await count(ds2, `SELECT COUNT(*) AS n FROM question_set WHERE zaak = '${zaakNummer(900)}'`)).toBe(1);
    } finally {
      await ds2.destroy();
    }
  });

  it('prints every feed cursor, counts and errors in `sync status`, and until when the data is current', async () => {
    const run = await cli('sync', 'status', '--json').done;
    expect(run.status).toBe(0);
    const status = JSON.parse(run.stdout);
    expect(status.feeds.map((f: { feed: string }) => f.feed)).toEqual(['zaak', 'zaakactor', 'document', 'toezegging']);
    expect(status.feeds[0]).toMatchObject({ cursor: BULK, cursorId: guid(1, 600), records: 600, pages: 3, stored: 600, lastError: null });
    expect(status.currentUntil).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
    const text = await cli('sync', 'status').done;
    expect(text.stdout).toMatch(/^bijgewerkt tot: \d{4}-/);
    expect(text.stdout).toContain(`zaak: cursor ${BULK} (${guid(1, 600)})`);
  });
});
