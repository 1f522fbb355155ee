import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, DocumentImportService } from '#domain';
import type { DataSource } from 'typeorm';
import { createTestEnv, openTestDatabase, readSeed } from '../support/test-env.js';

// Issue 13, "Names": one person is one record with one display name ("Ceder" in a page and "Don Ceder" in a listing
// are one member of the ChristenUnie), but two people of one surname are never merged (Chris Jansen, PVV, and
// Daniëlle Jansen, NSC, were both bewindspersonen in 2025).

/** Seed 000 (a listing) as another zaak asked by someone else. */
function listingBy(zaak: string, indiener: string): string {
  return readSeed('000')
    .replaceAll('2022Z01519', zaak)
    .replace(/^Indieners .*$/m, `Indiener ${indiener}`)
    .replace(/^Bron (vraag|antwoord) .*$/gm, '');
}

describe('one person, one record', () => {
  let ds: DataSource;
  const people = async (like: string) =>
    ds.query<{ name: string; party: string | null }[]>(
      `SELECT p."name", pa."abbreviation" AS "party" FROM person p LEFT JOIN party pa ON pa."id" = p."partyId" WHERE LOWER(p."name") LIKE '${like}' ORDER BY p."name"`,
    );

  beforeAll(async () => {
    ds = await openTestDatabase(createTestEnv());
    const importer = new DocumentImportService(ds, DEFAULT_POLICY);
    await importer.importText(readSeed('003')); // "Vragen van de leden Ceder (ChristenUnie) en Van der Staaij (SGP)"
    await importer.importText(listingBy('2025Z00001', 'Don Ceder (CU)'));
    await importer.importText(listingBy('2025Z00002', 'Chris Jansen (PVV)'));
    await importer.importText(listingBy('2025Z00003', 'Daniëlle Jansen (NSC)'));
    await importer.importText(listingBy('2025Z00004', 'Jansen (PVV)'));
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  it('joins "Ceder" and "Don Ceder" of the same party under the full name', async () => {
    expect(await people('%ceder%')).toEqual([{ name: 'Don Ceder', party: 'CU' }]);
  });

  it('keeps two people of one surname apart, and joins a bare surname to the one of its party', async () => {
    expect(await people('%jansen%')).toEqual([
      { name: 'Chris Jansen', party: 'PVV' },
      { name: 'Daniëlle Jansen', party: 'NSC' },
    ]);
    const [{ n }] = await ds.query(
      `SELECT COUNT(*) AS "n" FROM question_set_submitter s JOIN person p ON p."id" = s."personId" WHERE p."name" = 'Chris Jansen'`,
    );
    expect(Number(n)).toBe(2);
  });
});
