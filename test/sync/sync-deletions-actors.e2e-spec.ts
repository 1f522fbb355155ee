import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, ODataClient, OpenDataSyncService, OverdueReportService, type FeedReport } from '#domain';
import type { DataSource } from 'typeorm';
import { sql } from '../support/sql.js';
import { createTestEnv, openTestDatabase } from '../support/test-env.js';
import { ODataFixtureServer } from './odata-fixture-server.js';
import { actor, document, guid, zaak, zaakNummer } from './support/sync-fixtures.js';

const T1 = '2024-11-01T10:00:00+01:00';
const T2 = '2024-11-20T10:00:00+01:00';
const setOf = (n: number) => `(SELECT id FROM question_set WHERE zaak = '${zaakNummer(n)}')`;

describe('deletions, actors, other zaken, every addressee and the toezegging statuses', () => {
  const server = new ODataFixtureServer();
  let ds: DataSource;
  let sync: OpenDataSyncService;
  let first: FeedReport[];

  beforeAll(async () => {
    const base = await server.start();
    ds = await openTestDatabase(createTestEnv());
    sync = new OpenDataSyncService(ds, new ODataClient(base, { minIntervalMs: 0, maxRetries: 2, baseDelayMs: 5, timeoutMs: 5000 }));
    const z1 = zaak(1, T1);
    // Three addressees, in an order the API does not guarantee (tkconv: minister and staatssecretaris, lower case).
    z1.ZaakActor = [
      actor({ id: guid(2, 11), naam: 'Postma', fractie: 'NSC', relatie: 'Indiener', functie: 'Tweede Kamerlid', at: T1 }),
      actor({ id: guid(2, 12), naam: null, relatie: 'Gericht aan', functie: 'staatssecretaris van Financiën', at: T1 }),
      actor({ id: guid(2, 13), naam: null, relatie: 'Gericht aan', functie: 'minister van Financiën', at: T1 }),
      actor({ id: guid(2, 14), naam: null, relatie: 'Gericht aan', functie: 'minister van Buitenlandse Zaken', at: T1 }),
    ];
    const letter = { ...zaak(3, T1), Soort: 'Brief regering', Nummer: '2024Z00003' };
    server.data.Zaak = [z1, zaak(2, T1), letter, zaak(4, T1)];
    server.data.Document = [
      document(1, 'Antwoord schriftelijke vragen', '2024-10-20', [zaakNummer(2)], T1),
      document(2, 'Mededeling (uitstel antwoord)', '2024-10-18', [zaakNummer(2)], T1),
      // Linked only to the letter: skipped and counted; linked to both: joins only the written questions.
      document(3, 'Antwoord schriftelijke vragen', '2024-10-21', ['2024Z00003'], T1),
      document(4, 'Antwoord schriftelijke vragen (nader)', '2024-10-25', [zaakNummer(2), '2024Z00003'], T1),
    ];
    const toezegging = (n: number, status: string, letters: { DocumentNummer: string; Datum: string | null }[]) => ({
      Id: guid(5, n),
      Nummer: `TZ202411-${String(n).padStart(3, '0')}`,
      Tekst: `De minister stuurt de Kamer een brief over onderwerp nummer ${n} met de uitkomsten van het overleg.`,
      Ministerie: 'Financiën',
      Status: status,
      DatumNakoming: null,
      KamerbriefNakoming: letters.map((l, i) => ({ Id: guid(6, n * 10 + i), Verwijderd: false, ...l })),
      Verwijderd: false,
      GewijzigdOp: T1,
      ApiGewijzigdOp: T1,
    });
    server.data.Toezegging = [
      toezegging(1, 'Openstaand', []),
      toezegging(2, 'Voldaan', [
        { DocumentNummer: '2024D90001', Datum: '2024-09-01T00:00:00+02:00' },
        { DocumentNummer: '2024D90002', Datum: '2024-10-02T00:00:00+02:00' },
      ]),
      toezegging(3, 'Deels Voldaan', [{ DocumentNummer: '2024D90003', Datum: '2024-10-03T00:00:00+02:00' }]),
      toezegging(4, 'Vervallen', []),
      toezegging(5, 'Afgedaan', [{ DocumentNummer: '2024D90005', Datum: '2024-10-05T00:00:00+02:00' }]),
      toezegging(6, 'Deels Afgedaan', []),
      toezegging(7, 'Voldaan', []),
      toezegging(8, 'In behandeling', []),
    ];
    first = await sync.run({ initialSince: '2024-01-01' });
  });

  afterAll(async () => {
    await ds.destroy();
    await server.stop();
  });

  it('keeps every addressee in a fixed order (ministry, then function) and groups the set under the first', async () => {
    expect(await sql(ds, `SELECT role, position FROM question_set_addressee WHERE "questionSetId" = ${setOf(1)} ORDER BY position`)).toEqual([
      { role: 'minister van Buitenlandse Zaken', position: 0 },
      { role: 'minister van Financiën', position: 1 },
      { role: 'staatssecretaris van Financiën', position: 2 },
    ]);
    expect((await sql(ds, `SELECT "ministerLabel" FROM question_set WHERE zaak = '${zaakNummer(1)}'`))[0].ministerLabel).toBe(
      'Minister van Buitenlandse Zaken',
    );
  });

  it('puts a synced set on the Monday list under each of its addressees, counted once, never under "adressaat nog onbekend"', async () => {
    // As of 2024-11-01 zaken 1 and 4 (submitted 2024-10-03, no answer) are past their term; neither has a text yet.
    const report = await new OverdueReportService(ds, DEFAULT_POLICY, { maxEntries: 0, ttlMs: 0 }).report('2024-11-01');
    expect(report.total).toBe(2);
    expect(report.unknownAddressee.count).toBe(0);
    const groupsOfZaak1 = report.groups.filter((g) => g.items.some((i) => i.zaak === zaakNummer(1)));
    expect(groupsOfZaak1).toHaveLength(3);
    expect(new Set(groupsOfZaak1.map((g) => g.ministry?.name))).toEqual(new Set(['Buitenlandse Zaken', 'Financiën']));
    expect(report.groups.flatMap((g) => g.items.map((i) => i.zaak)).filter((z) => z === zaakNummer(4))).toHaveLength(1);
    expect(report.groups.map((g) => g.minister).join(' ')).not.toMatch(/onbekend/i);
  });

  it('makes sets only of written-questions zaken, and counts the documents of other zaken', async () => {
    expect(await sql(ds, `SELECT zaak FROM question_set ORDER BY zaak`)).toEqual([1, 2, 4].map((n) => ({ zaak: zaakNummer(n) })));
    expect(first.find((r) => r.feed === 'document')).toMatchObject({ stored: 3, otherZaken: 1 });
    expect(await sql(ds, `SELECT "documentNumber" FROM question_set_document ORDER BY "documentNumber"`)).toEqual(
      ['2024D00001', '2024D00002', '2024D00004'].map((d) => ({ documentNumber: d })),
    );
  });

  it('maps every toezegging status, closes on the fulfilling letter date (or not at all), and reports an unknown status', async () => {
    const rows = await sql(ds, `SELECT "officialNumber", "officialStatus", status, "fulfilledBy", "closedOn" FROM commitment ORDER BY "officialNumber"`);
    expect(rows.map((r: Record<string, unknown>) => [r.officialStatus, r.status, r.fulfilledBy, r.closedOn])).toEqual([
      ['Openstaand', 'open', null, null],
      ['Voldaan', 'fulfilled', '2024D90001, 2024D90002', '2024-10-02'],
      ['Deels Voldaan', 'open', '2024D90003', null],
      ['Vervallen', 'withdrawn', null, null],
      ['Afgedaan', 'fulfilled', '2024D90005', '2024-10-05'],
      ['Deels Afgedaan', 'open', null, null],
      ['Voldaan', 'fulfilled', null, null],
      ['In behandeling', 'open', null, null],
    ]);
    expect(first.find((r) => r.feed === 'toezegging')!.unknownStatuses).toEqual(['In behandeling']);
  });

  it('reads KamerbriefNakoming as a plain letter number when the server will not expand it', async () => {
    server.refuseExpand.add('KamerbriefNakoming');
    try {
      server.data.Toezegging.push({
        ...server.data.Toezegging[0],
        Id: guid(5, 99),
        Nummer: 'TZ202411-099',
        Status: 'Voldaan',
        KamerbriefNakoming: '2024D90099',
        ApiGewijzigdOp: T2,
      });
      const reports = await sync.run({ initialSince: '2024-01-01' });
      expect(reports.find((r) => r.feed === 'toezegging')).toMatchObject({ records: 1, stored: 1 });
      expect(await sql(ds, `SELECT status, "fulfilledBy", "closedOn" FROM commitment WHERE "officialNumber" = 'TZ202411-099'`)).toEqual([
        { status: 'fulfilled', fulfilledBy: '2024D90099', closedOn: null },
      ]);
    } finally {
      server.refuseExpand.clear();
    }
  });

  it('picks up actors that changed while their zaak did not: a co-submitter added, an addressee changed', async () => {
    const z2 = server.data.Zaak[1] as { ZaakActor: Record<string, unknown>[] };
    z2.ZaakActor.push(actor({ id: guid(2, 29), naam: 'Kops', fractie: 'PVV', relatie: 'Medeindiener', functie: 'Tweede Kamerlid', at: T2 }));
    Object.assign(z2.ZaakActor[1], { Functie: 'minister van Justitie en Veiligheid', ApiGewijzigdOp: T2 });
    const reports = await sync.run({ initialSince: '2024-01-01' });
    expect(reports.find((r) => r.feed === 'zaak')!.records).toBe(0);
    expect(reports.find((r) => r.feed === 'zaakactor')).toMatchObject({ records: 2, stored: 2 });
    const submitters = await sql(
      ds,
      `SELECT p.name FROM question_set_submitter s JOIN person p ON p.id = s."personId" WHERE s."questionSetId" = ${setOf(2)} ORDER BY s.position`,
    );
    expect(submitters.map((s: { name: string }) => s.name)).toEqual(['Postma', 'Kops']);
    expect(await sql(ds, `SELECT role FROM question_set_addressee WHERE "questionSetId" = ${setOf(2)}`)).toEqual([
      { role: 'minister van Justitie en Veiligheid' },
    ]);
  });

  it('applies deletions: a withdrawn answer, deferral, actor and zaak leave the set, are audited, and the verdict follows', async () => {
    expect((await sql(ds, `SELECT "answeredOn" FROM question_set WHERE zaak = '${zaakNummer(2)}'`))[0].answeredOn).toBe('2024-10-20');
    const placeholder = (row: Record<string, unknown>) => Object.assign(row, { Verwijderd: true, ApiGewijzigdOp: '2024-12-01T10:00:00+01:00' });
    placeholder(server.data.Document[0]);
    placeholder(server.data.Document[1]);
    placeholder((server.data.Zaak[0] as { ZaakActor: Record<string, unknown>[] }).ZaakActor[1]);
    placeholder(server.data.Zaak[3]);
    const reports = await sync.run({ initialSince: '2024-01-01' });
    expect(reports.map((r) => [r.feed, r.deleted])).toEqual([
      ['zaak', 1],
      ['zaakactor', 1],
      ['document', 2],
      ['toezegging', 0],
    ]);
    expect(await sql(ds, `SELECT "answeredOn", "documentNumber" FROM question_set WHERE zaak = '${zaakNummer(2)}'`)).toEqual([
      { answeredOn: null, documentNumber: null },
    ]);
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM deferral WHERE "questionSetId" = ${setOf(2)}`))[0].n)).toBe(0);
    expect((await sql(ds, `SELECT "answeredDay" FROM answer_term_projection WHERE "questionSetId" = ${setOf(2)}`))[0].answeredDay).toBeNull();
    expect(await sql(ds, `SELECT role FROM question_set_addressee WHERE "questionSetId" = ${setOf(1)} ORDER BY position`)).toEqual([
      { role: 'minister van Buitenlandse Zaken' },
      { role: 'minister van Financiën' },
    ]);
    expect(await sql(ds, `SELECT zaak FROM question_set ORDER BY zaak`)).toEqual([1, 2].map((n) => ({ zaak: zaakNummer(n) })));
    const audit = await sql(ds, `SELECT entity, description, "apiChangedAt", "seenAt" FROM sync_deletion ORDER BY id`);
    expect(audit.map((a: { entity: string }) => a.entity)).toEqual(['Zaak', 'ZaakActor', 'Document', 'Document']);
    expect(audit[2]).toMatchObject({ description: `answer 2024D00001 of 2024-10-20 in ${zaakNummer(2)}`, apiChangedAt: '2024-12-01T10:00:00+01:00' });
    expect(audit[2].seenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // A second read of the same placeholders removes nothing more and audits nothing twice.
    await sync.run({ since: '2024-01-01', initialSince: '2024-01-01' });
    expect(Number((await sql(ds, `SELECT COUNT(*) AS n FROM sync_deletion`))[0].n)).toBe(4);
  });
});
