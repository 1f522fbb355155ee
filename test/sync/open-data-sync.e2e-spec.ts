import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, DocumentImportService, ODataClient, OpenDataSyncService, SyncError } from '#domain';
import type { DataSource } from 'typeorm';
import { sql } from '../support/sql.js';
import { createTestEnv, openTestDatabase, readSeed } from '../support/test-env.js';
import { ODataFixtureServer } from './odata-fixture-server.js';

const zaak = (nummer: string, gewijzigd: string, extra: Record<string, unknown> = {}) => ({
  Id: `zaak-${nummer}`,
  Nummer: nummer,
  Soort: 'Schriftelijke vragen',
  Onderwerp: `Onderwerp van ${nummer}`,
  GestartOp: '2024-10-03T00:00:00+02:00',
  Termijn: null,
  Afgedaan: false,
  Verwijderd: false,
  GewijzigdOp: gewijzigd,
  ApiGewijzigdOp: gewijzigd,
  ZaakActor: [
    {
      Id: `a1-${nummer}`,
      ActorNaam: 'Postma',
      ActorFractie: 'NSC',
      Relatie: 'Indiener',
      Functie: 'Tweede Kamerlid',
      GewijzigdOp: gewijzigd,
      ApiGewijzigdOp: gewijzigd,
    },
    {
      Id: `a2-${nummer}`,
      ActorNaam: 'Kops',
      ActorFractie: 'PVV',
      Relatie: 'Medeindiener',
      Functie: 'Tweede Kamerlid',
      GewijzigdOp: gewijzigd,
      ApiGewijzigdOp: gewijzigd,
    },
    {
      Id: `a3-${nummer}`,
      ActorNaam: 'Jansen',
      ActorFractie: null,
      Relatie: 'Gericht aan',
      Functie: 'staatssecretaris van Infrastructuur en Waterstaat',
      GewijzigdOp: gewijzigd,
      ApiGewijzigdOp: gewijzigd,
    },
  ],
  ...extra,
});

const doc = (nummer: string, soort: string, datum: string, zaakNummer: string, gewijzigd: string, onderwerp = 'x') => ({
  Id: `doc-${nummer}`,
  Soort: soort,
  DocumentNummer: nummer,
  Onderwerp: onderwerp,
  Datum: `${datum}T00:00:00+01:00`,
  Verwijderd: false,
  GewijzigdOp: gewijzigd,
  ApiGewijzigdOp: gewijzigd,
  Zaak: [zaakNummer],
});

describe('synchronising from the open data API', () => {
  const server = new ODataFixtureServer();
  let ds: DataSource;
  let sync: OpenDataSyncService;

  beforeAll(async () => {
    const base = await server.start();
    ds = await openTestDatabase(createTestEnv());
    // Seed 000 arrives as a parsed document first; the open data then describes the same zaak.
    await new DocumentImportService(ds, DEFAULT_POLICY).importText(readSeed('000'));
    const client = new ODataClient(base, { minIntervalMs: 0, maxRetries: 3, baseDelayMs: 5, timeoutMs: 5000 });
    sync = new OpenDataSyncService(ds, client);
    server.data.Zaak = [
      zaak('2024Z15001', '2024-10-04T10:00:00Z'),
      zaak('2024Z15002', '2024-10-04T11:00:00Z'),
      zaak('2024Z15003', '2024-10-04T12:00:00Z', { Verwijderd: true }),
      zaak('2022Z01519', '2024-10-05T09:00:00Z', { Onderwerp: 'Officiële titel', GestartOp: '2022-01-31T00:00:00+01:00' }),
    ];
    server.data.Document = [
      doc('2024D40001', 'Antwoord schriftelijke vragen', '2024-10-20', '2024Z15001', '2024-10-21T08:00:00Z'),
      doc('2024D40002', 'Mededeling (uitstel antwoord)', '2024-10-22', '2024Z15002', '2024-10-23T08:00:00Z'),
      doc('2024D40003', 'Antwoord schriftelijke vragen (nader)', '2024-11-20', '2024Z15001', '2024-11-21T08:00:00Z'),
      doc('2024D40004', 'Mededeling', '2024-10-25', '2024Z15002', '2024-10-26T08:00:00Z', 'Intrekken schriftelijke vragen van het lid Postma'),
      doc('2022D99999', 'Antwoord schriftelijke vragen', '2022-02-28', '2022Z01519', '2024-10-27T08:00:00Z'),
    ];
    server.data.Toezegging = [
      {
        Id: 't1',
        Nummer: 'TZ202202-001',
        Tekst: 'Mijn collega van OCW zal de kennisinstellingen bij brief verzoeken op instellingsniveau een risicoanalyse kennisveiligheid te maken',
        Ministerie: 'Onderwijs, Cultuur en Wetenschap',
        Status: 'Voldaan',
        DatumNakoming: '2022-06-01T00:00:00+02:00',
        KamerbriefNakoming: [{ Id: 'kb1', DocumentNummer: '2022D20000', Datum: '2022-05-30T00:00:00+02:00' }],
        Verwijderd: false,
        GewijzigdOp: '2024-10-28T08:00:00Z',
        ApiGewijzigdOp: '2024-10-28T08:00:00Z',
      },
      {
        Id: 't2',
        Nummer: 'TZ202410-116',
        Tekst: 'De staatssecretaris stuurt de Kamer voor de zomer een brief over de evaluatie van de regeling.',
        Ministerie: 'Infrastructuur en Waterstaat',
        Status: 'Openstaand',
        DatumNakoming: null,
        KamerbriefNakoming: [],
        Verwijderd: false,
        GewijzigdOp: '2024-10-29T08:00:00Z',
        ApiGewijzigdOp: '2024-10-29T08:00:00Z',
      },
    ];
  });

  afterAll(async () => {
    await ds.destroy();
    await server.stop();
  });

  it('maps zaken, documents and toezeggingen into the same records, with no duplicates', async () => {
    const reports = await sync.run({ initialSince: '2024-01-01' });
    expect(reports.map((r) => [r.feed, r.stored])).toEqual([
      ['zaak', 3],
      ['zaakactor', 9],
      ['document', 5],
      ['toezegging', 2],
    ]);
    // The deleted zaak arrives as a placeholder: read, and there was nothing stored to remove.
    expect(reports[0]).toMatchObject({ pages: 1, records: 4, skipped: 1, deleted: 0, completed: true });
    // Deletions are read, not filtered out; the server pages, the client never sends $top.
    for (const url of server.feedRequests()) {
      expect(decodeURIComponent(url)).not.toContain('Verwijderd eq false');
      expect(url).not.toMatch(/\$top=/);
    }

    const sets = await sql(ds, `SELECT zaak, "submittedOn", "answeredOn", "withdrawnOn", "ministerLabel" FROM question_set ORDER BY zaak`);
    expect(sets).toEqual([
      {
        zaak: '2022Z01519',
        submittedOn: '2022-01-31',
        answeredOn: '2022-02-28',
        withdrawnOn: null,
        ministerLabel: 'Minister van Buitenlandse Zaken (Hoekstra)',
      },
      {
        zaak: '2024Z15001',
        submittedOn: '2024-10-03',
        answeredOn: '2024-10-20',
        withdrawnOn: null,
        ministerLabel: 'Staatssecretaris van Infrastructuur en Waterstaat',
      },
      {
        zaak: '2024Z15002',
        submittedOn: '2024-10-03',
        answeredOn: null,
        withdrawnOn: '2024-10-25',
        ministerLabel: 'Staatssecretaris van Infrastructuur en Waterstaat',
      },
    ]);
    const submitters = await sql(
      ds,
      `SELECT p.name, pa.abbreviation FROM question_set_submitter s JOIN person p ON p.id = s."personId" JOIN party pa ON pa.id = s."partyId" JOIN question_set q ON q.id = s."questionSetId" WHERE q.zaak = '2024Z15001' ORDER BY s.position`,
    );
    expect(submitters).toEqual([
      { name: 'Postma', abbreviation: 'NSC' },
      { name: 'Kops', abbreviation: 'PVV' },
    ]);
    expect(await sql(ds, `SELECT d.date FROM deferral d JOIN question_set q ON q.id = d."questionSetId" WHERE q.zaak = '2024Z15002'`)).toEqual([
      { date: '2024-10-22' },
    ]);
    expect(
      await sql(ds, `SELECT role FROM question_set_document d JOIN question_set q ON q.id = d."questionSetId" WHERE q.zaak = '2024Z15001' ORDER BY role`),
    ).toEqual([{ role: 'answer' }, { role: 'further_answer' }]);
    // The official title won over the parsed one, and the difference is kept.
    expect(await sql(ds, `SELECT field, "officialValue" FROM data_conflict`)).toEqual([{ field: 'title', officialValue: 'Officiële titel' }]);
  });

  it('links an official toezegging to the matching extracted commitment instead of duplicating it', async () => {
    const official = await sql(
      ds,
      `SELECT source, "officialNumber", status, "officialStatus", "dueDate" FROM commitment WHERE "officialNumber" IS NOT NULL ORDER BY "officialNumber"`,
    );
    const extractedCount = Number((await sql(ds, `SELECT COUNT(*) AS n FROM commitment WHERE source = 'extracted'`))[0].n);
    const linked = official.find((c: { officialNumber: string }) => c.officialNumber === 'TZ202202-001');
    expect(extractedCount).toBeGreaterThan(0);
    expect(linked).toMatchObject({ source: 'extracted', status: 'fulfilled', officialStatus: 'Voldaan', dueDate: '2022-06-01' });
    // Closed on the fulfilling letter's date, which names the letter; never the day of the sync.
    expect(await sql(ds, `SELECT "fulfilledBy", "closedOn" FROM commitment WHERE "officialNumber" = 'TZ202202-001'`)).toEqual([
      { fulfilledBy: '2022D20000', closedOn: '2022-05-30' },
    ]);
    expect(official.find((c: { officialNumber: string }) => c.officialNumber === 'TZ202410-116')).toMatchObject({
      source: 'official',
      status: 'open',
      officialStatus: 'Openstaand',
    });
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM commitment WHERE "officialNumber" = 'TZ202202-001'`))[0].n)).toBe(1);
  });

  it('reads incrementally from the stored cursor and applies a changed record', async () => {
    server.requests.length = 0;
    server.data.Document.push(doc('2024D40005', 'Mededeling (uitstel antwoord)', '2024-10-24', '2024Z15001', '2024-12-01T08:00:00Z'));
    const changed = server.data.Zaak.find((z) => z.Nummer === '2024Z15002')!;
    Object.assign(changed, { GestartOp: '2024-10-02T00:00:00+02:00', GewijzigdOp: '2024-12-02T08:00:00Z', ApiGewijzigdOp: '2024-12-02T08:00:00Z' });
    const reports = await sync.run({ initialSince: '2024-01-01' });
    // From the last stored record on, by ApiGewijzigdOp with the Id as tie-break: nothing read twice.
    expect(decodeURIComponent(server.requests[0])).toContain(
      "(ApiGewijzigdOp gt 2024-10-05T09:00:00Z or (ApiGewijzigdOp eq 2024-10-05T09:00:00Z and Id gt 'zaak-2022Z01519'))",
    );
    expect(reports.find((r) => r.feed === 'zaak')!.stored).toBe(1);
    expect(reports.find((r) => r.feed === 'document')!.stored).toBe(1);
    expect((await sql(ds, `SELECT "submittedOn" FROM question_set WHERE zaak = '2024Z15002'`))[0].submittedOn).toBe('2024-10-02');
    expect(
      Number((await sql(ds, `SELECT COUNT(*) AS n FROM deferral d JOIN question_set q ON q.id = d."questionSetId" WHERE q.zaak = '2024Z15001'`))[0].n),
    ).toBe(1);
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM question_set`))[0].n)).toBe(3);
  });

  it('retries a 503 and then succeeds', async () => {
    server.requests.length = 0;
    server.faults = new Map([[1, 503]]);
    const reports = await sync.run({ initialSince: '2024-01-01' });
    expect(server.requests.length).toBeGreaterThanOrEqual(5);
    expect(reports.map((r) => r.feed)).toEqual(['zaak', 'zaakactor', 'document', 'toezegging']);
    server.faults = new Map();
  });

  it('refuses a malformed page with a clear error and leaves the cursor untouched', async () => {
    server.data.Zaak.push(zaak('2024Z15009', '2024-12-05T08:00:00Z'));
    const before = await sql(ds, `SELECT feed, cursor FROM sync_cursor ORDER BY feed`);
    server.requests.length = 0;
    server.faults = new Map([[1, 'malformed']]);
    await expect(sync.run({ initialSince: '2024-01-01' })).rejects.toThrow(SyncError);
    server.faults = new Map();
    expect(await sql(ds, `SELECT feed, cursor FROM sync_cursor ORDER BY feed`)).toEqual(before);
    expect((await sql(ds, `SELECT "lastError" FROM sync_cursor WHERE feed = 'zaak'`))[0].lastError).toMatch(/not JSON/);
    await expect(sync.run({ initialSince: '2024-01-01' }).catch(() => 'failed')).resolves.not.toBe('failed');
  });
});
