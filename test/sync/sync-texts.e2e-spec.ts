import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, DocumentTextSync, DOCX_CONTENT_TYPE, ODataClient, OpenDataSyncService, PDF_CONTENT_TYPE } from '#domain';
import type { DataSource } from 'typeorm';
import { sql } from '../support/sql.js';
import { createTestEnv, openTestDatabase, readRealdoc } from '../support/test-env.js';
import { ODataFixtureServer } from './odata-fixture-server.js';
import { docxOfText } from './support/realdoc-docx.js';
import { pdfOfText } from './support/realdoc-pdf.js';
import { document, guid, zaak, zaakNummer } from './support/sync-fixtures.js';

const T = '2024-11-20T10:00:00+01:00';
/** The published document as its PDF starts: from the Kamer's heading (the realdocs carry a web page's menu before it). */
const published = (prefix: string) => {
  const text = readRealdoc(prefix);
  return text.slice(Math.max(0, text.indexOf('Tweede Kamer der Staten-Generaal')));
};
const setOf = (n: number) => `(SELECT id FROM question_set WHERE zaak = '${zaakNummer(n)}')`;
const count = async (ds: DataSource, query: string) => Number((await sql(ds, query))[0].n);

describe('the texts of synced documents: files fetched, text extracted, parsed into the same set', () => {
  const server = new ODataFixtureServer();
  let ds: DataSource;
  let sync: OpenDataSyncService;

  beforeAll(async () => {
    const base = await server.start();
    ds = await openTestDatabase(createTestEnv());
    const client = new ODataClient(base, { minIntervalMs: 0, maxRetries: 1, baseDelayMs: 5, timeoutMs: 10000 });
    sync = new OpenDataSyncService(ds, client, () => new Date(), new DocumentTextSync(ds, client, DEFAULT_POLICY));
    // The structured records give other dates than the texts: the set keeps the structured ones.
    server.data.Zaak = [1, 2, 3, 4, 5].map((n) => zaak(n, T, { GestartOp: '2024-10-17T00:00:00+02:00' }));
    const answer = (n: number, contentType: string | null) =>
      document(n, 'Antwoord schriftelijke vragen', '2024-11-15', [zaakNummer(n)], T, { ContentType: contentType });
    server.data.Document = [
      answer(1, PDF_CONTENT_TYPE),
      answer(2, PDF_CONTENT_TYPE),
      answer(3, DOCX_CONTENT_TYPE),
      answer(4, PDF_CONTENT_TYPE),
      answer(5, PDF_CONTENT_TYPE),
    ];
    // 009: answered jointly by the minister and the staatssecretaris, with commitments; one line per text item.
    server.files.set(guid(3, 1), { contentType: PDF_CONTENT_TYPE, bytes: await pdfOfText(published('009'), 'line-per-item') });
    // 014: six commitments; its text layer in pieces cut mid-word.
    server.files.set(guid(3, 2), { contentType: PDF_CONTENT_TYPE, bytes: await pdfOfText(published('014'), 'split-words') });
    server.files.set(guid(3, 3), { contentType: DOCX_CONTENT_TYPE, bytes: await docxOfText(published('006')) });
    // A damaged file, and one the server does not have (yet).
    server.files.set(guid(3, 4), { contentType: PDF_CONTENT_TYPE, bytes: new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF') });
    await sync.run({ initialSince: '2024-01-01' });
  }, 60000);

  afterAll(async () => {
    await ds.destroy();
    await server.stop();
  });

  it('reads PDFs (both text-layer shapes) and .docx into questions, answerers and commitments; a bad file is recorded, not half-written', async () => {
    const report = await sync.runTexts();
    expect(report).toMatchObject({ attempted: 5, stored: 3, failed: 2 });
    expect(await count(ds, `SELECT COUNT(*) AS n FROM question WHERE "questionSetId" = ${setOf(1)}`)).toBe(7);
    expect(await count(ds, `SELECT COUNT(*) AS n FROM question WHERE "questionSetId" = ${setOf(2)}`)).toBe(6);
    expect(await count(ds, `SELECT COUNT(*) AS n FROM question WHERE "questionSetId" = ${setOf(3)}`)).toBe(9);
    // Both answerers of 009, so the set counts for the minister and for the staatssecretaris.
    expect(await sql(ds, `SELECT role FROM question_set_answerer WHERE "questionSetId" = ${setOf(1)} ORDER BY position`)).toEqual([
      { role: 'minister van Justitie en Veiligheid' },
      { role: 'staatssecretaris van Justitie en Veiligheid' },
    ]);
    expect(await count(ds, `SELECT COUNT(*) AS n FROM commitment WHERE source = 'extracted' AND "questionSetId" = ${setOf(1)}`)).toBe(2);
    expect(await count(ds, `SELECT COUNT(*) AS n FROM commitment WHERE source = 'extracted' AND "questionSetId" = ${setOf(2)}`)).toBe(6);
    expect(await count(ds, `SELECT COUNT(*) AS n FROM source_document WHERE "questionSetId" IN (${setOf(1)}, ${setOf(2)}, ${setOf(3)})`)).toBe(3);
    // The dates stay those of the structured records (the texts say 18 October / 14 November).
    expect(await sql(ds, `SELECT "submittedOn", "answeredOn" FROM question_set WHERE zaak = '${zaakNummer(1)}'`)).toEqual([
      { submittedOn: '2024-10-17', answeredOn: '2024-11-15' },
    ]);
    // Who answered now groups the set, no longer the addressee.
    expect((await sql(ds, `SELECT "ministerLabel" FROM question_set WHERE zaak = '${zaakNummer(1)}'`))[0].ministerLabel).toMatch(
      /^Minister van Justitie en Veiligheid/,
    );

    const failed = await sql(
      ds,
      `SELECT "documentNumber", "textState", "textError", "textAttempts" FROM question_set_document WHERE "textState" <> 'done' ORDER BY "documentNumber"`,
    );
    expect(failed).toEqual([
      { documentNumber: '2024D00004', textState: 'failed', textError: expect.stringMatching(/^not a readable PDF/), textAttempts: 1 },
      { documentNumber: '2024D00005', textState: 'failed', textError: expect.stringMatching(/answered 404$/), textAttempts: 1 },
    ]);
    for (const n of [4, 5]) {
      expect(await count(ds, `SELECT COUNT(*) AS n FROM question WHERE "questionSetId" = ${setOf(n)}`)).toBe(0);
      expect(await count(ds, `SELECT COUNT(*) AS n FROM source_document WHERE "questionSetId" = ${setOf(n)}`)).toBe(0);
    }
  }, 60000);

  it('tries a failed file again on a later run, and a file read once is not read again', async () => {
    server.files.set(guid(3, 5), { contentType: PDF_CONTENT_TYPE, bytes: await pdfOfText(published('015'), 'split-words') });
    server.requests.length = 0;
    const report = await sync.runTexts();
    expect(report).toMatchObject({ attempted: 2, stored: 1, failed: 1 });
    expect(server.requests.filter((u) => u.includes('/resource'))).toHaveLength(2);
    expect(await sql(ds, `SELECT "textState", "textAttempts" FROM question_set_document WHERE "documentNumber" = '2024D00005'`)).toEqual([
      { textState: 'done', textAttempts: 2 },
    ]);
    expect(await count(ds, `SELECT COUNT(*) AS n FROM question WHERE "questionSetId" = ${setOf(5)}`)).toBe(5);
    expect(await sql(ds, `SELECT "textAttempts" FROM question_set_document WHERE "documentNumber" = '2024D00004'`)).toEqual([{ textAttempts: 2 }]);
  }, 60000);
});
