import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, DocumentImportService, LATENCY_GROUP_BYS, LatencyReportService, OverdueReportService, QuestionQueryService } from '#domain';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createTestEnv, openTestDatabase, REALDOCS_DIR, seedFiles } from '../support/test-env.js';

// Issue 13 and issue 11 item 5: with the seeds and the real documents imported, every set whose documents name an
// addressee or an answerer sits under that bewindspersoon and ministry (2021Z19796 under each of its three), the rest
// are "adressaat nog onbekend", and no report has a ministry called "Onbekend". Expected values read off the documents
// (their "Beantwoord door", "Antwoord van …", "aan de …" lines) and the posts of the day from bewindspersonen.data.ts.

/** Who must answer each set, by the zaak or the answer document id the documents give. */
const EXPECTED: Record<string, { ministries: string[]; ministers: string[] }> = {
  '2022Z01519': { ministries: ['bz'], ministers: ['Minister van Buitenlandse Zaken (Hoekstra)'] },
  '2019Z15244': { ministries: ['bz'], ministers: ['Minister van Buitenlandse Zaken (Kaag)'] },
  // "Beantwoord door Ferdinand Grapperhaus (CDA), Raymond Knops (CDA), Stef Blok (VVD)": their posts on 9 November 2021.
  '2021Z19796': {
    ministries: ['bzk', 'ez', 'jenv'],
    ministers: [
      'Minister van Justitie en Veiligheid (Grapperhaus)',
      'Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Knops)',
      'Minister van Economische Zaken (Blok)',
    ],
  },
  '2022Z11285': { ministries: ['bz'], ministers: ['Minister van Buitenlandse Zaken (Hoekstra)'] },
  '2021Z16950': { ministries: ['bz', 'jenv'], ministers: ['Minister van Buitenlandse Zaken (Knapen)', 'Minister van Justitie en Veiligheid (Grapperhaus)'] },
  '2023Z20388': { ministries: ['lnv'], ministers: ['Minister van Landbouw, Natuur en Voedselkwaliteit (Adema)'] },
  '2023Z20089': { ministries: ['jenv'], ministers: ['Minister van Justitie en Veiligheid (Yeşilgöz-Zegerius)'] },
  'ah-tk-20242025-560': { ministries: ['ocw'], ministers: ['Minister van Onderwijs, Cultuur en Wetenschap (Bruins)'] },
  'ah-tk-20242025-581': { ministries: ['bz'], ministers: ['Minister van Buitenlandse Zaken (Veldkamp)'] },
  'ah-tk-20242025-573': { ministries: ['jenv'], ministers: ['Staatssecretaris van Justitie en Veiligheid (Coenradie)'] },
  'ah-tk-20242025-558': {
    ministries: ['jenv'],
    ministers: ['Minister van Justitie en Veiligheid (Van Weel)', 'Staatssecretaris van Justitie en Veiligheid (Coenradie)'],
  },
  'ah-tk-20232024-403': { ministries: ['ienw'], ministers: ['Staatssecretaris van Infrastructuur en Waterstaat (Heijnen)'] },
  // "aan de Ministers van Landbouw, Natuur en Voedselkwaliteit en voor Natuur en Stikstof", answered by the second.
  'ah-tk-20222023-3649': {
    ministries: ['lnv'],
    ministers: ['Minister voor Natuur en Stikstof (Van der Wal-Zeggelink)', 'Minister van Landbouw, Natuur en Voedselkwaliteit (Adema)'],
  },
  'ah-tk-20142015-698': { ministries: ['vws'], ministers: ['Minister van Volksgezondheid, Welzijn en Sport (Schippers)'] },
  // An unanswered page (a Mededeling): the addressee's post, named after its holder on 24 October 2024.
  '2024-10-24-podt': { ministries: ['aenm'], ministers: ['Minister van Asiel en Migratie (Faber-van de Klashorst)'] },
  'ah-tk-20242025-580': { ministries: ['ocw'], ministers: ['Minister van Onderwijs, Cultuur en Wetenschap (Bruins)'] },
  // "Antwoord van Staatssecretaris Jansen (…), mede namens de Minister van Klimaat en Groene Groei", to three.
  'ah-tk-20242025-586': {
    ministries: ['ienw', 'kgg', 'szw'],
    ministers: [
      'Staatssecretaris van Infrastructuur en Waterstaat (Jansen)',
      'Minister van Klimaat en Groene Groei (Hermans)',
      'Minister van Sociale Zaken en Werkgelegenheid (Van Hijum)',
    ],
  },
  'ah-tk-20232024-1433': { ministries: ['lnv'], ministers: ['Minister voor Natuur en Stikstof (Van der Wal-Zeggelink)'] },
};
/** Listing pages of unanswered sets that name no addressee (their Mededeling neither). */
const NOBODY = ['2020Z14248', '2024Z16988', '2024Z18561'];

describe('who must answer, over the seeds and the real documents', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await openTestDatabase(createTestEnv());
    const importer = new DocumentImportService(ds, DEFAULT_POLICY);
    const realdocs = fs
      .readdirSync(REALDOCS_DIR)
      .filter((f) => /^\d{3}_.*\.txt$/.test(f))
      .map((f) => path.join(REALDOCS_DIR, f));
    for (const file of [...seedFiles(), ...realdocs]) await importer.importText(fs.readFileSync(file, 'utf8'), { filename: file });
    // Readers build the derived tables on first use.
    await new LatencyReportService(ds, DEFAULT_POLICY, { maxEntries: 0, ttlMs: 0 }).report({ asOf: '2024-12-09', groupBy: 'ministry' });
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  it('puts every set under the bewindspersonen and ministries its documents name, and only the others nowhere', async () => {
    const rows = await ds
      .createQueryBuilder()
      .from('question_set', 'q')
      .leftJoin('question_set_responsible', 'r', 'r.questionSetId = q.id')
      .leftJoin('ministry', 'm', 'm.id = r.ministryId')
      .select('q.key', 'key')
      .addSelect('r.minister', 'minister')
      .addSelect('r.position', 'position')
      .addSelect('m.slug', 'ministry')
      .orderBy('q.key')
      .addOrderBy('r.position')
      .getRawMany<{ key: string; minister: string | null; ministry: string | null }>();
    const actual: Record<string, { ministries: string[]; ministers: string[] }> = {};
    for (const row of rows) {
      const entry = (actual[row.key] ??= { ministries: [], ministers: [] });
      if (row.ministry && !entry.ministries.includes(row.ministry)) entry.ministries.push(row.ministry);
      if (row.minister) entry.ministers.push(row.minister);
    }
    for (const entry of Object.values(actual)) entry.ministries.sort();
    const expected = { ...EXPECTED, ...Object.fromEntries(NOBODY.map((key) => [key, { ministries: [], ministers: [] }])) };
    expect(actual).toEqual(expected);
  });

  it('counts 2021Z19796 for each of its three ministries in the latency report, and every set once in the totals', async () => {
    const service = new LatencyReportService(ds, DEFAULT_POLICY, { maxEntries: 0, ttlMs: 0 });
    const asOf = '2024-12-09';
    const byMinistry = await service.report({ asOf, groupBy: 'ministry' });
    const counts = Object.fromEntries(byMinistry.groups.map((g) => [g.group, g.count]));
    expect(counts).toEqual({
      'Buitenlandse Zaken': 5,
      'Justitie en Veiligheid': 5,
      'Landbouw, Natuur en Voedselkwaliteit': 3,
      'Onderwijs, Cultuur en Wetenschap': 2,
      'Binnenlandse Zaken en Koninkrijksrelaties': 1,
      'Economische Zaken': 1,
      'Infrastructuur en Waterstaat': 2,
      'Klimaat en Groene Groei': 1,
      'Sociale Zaken en Werkgelegenheid': 1,
      'Volksgezondheid, Welzijn en Sport': 1,
      'Asiel en Migratie': 1,
    });
    expect(byMinistry.unknownAddressee).toMatchObject({ count: 3, reason: expect.stringContaining('termijnwacht sync') });
    // Each set once per year, whatever the number of its ministries: 5 seeds + 16 real documents.
    expect((await service.report({ asOf, groupBy: 'year' })).groups.reduce((n, g) => n + g.count, 0)).toBe(21);
    const byMinister = await service.report({ asOf, groupBy: 'minister' });
    expect(
      byMinister.groups
        .filter((g) => /Grapperhaus|Knops|Blok/.test(g.group))
        .map((g) => g.group)
        .sort(),
    ).toEqual([
      'Minister van Economische Zaken (Blok)',
      'Minister van Justitie en Veiligheid (Grapperhaus)',
      'Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Knops)',
    ]);
    for (const groupBy of LATENCY_GROUP_BYS) {
      const report = await service.report({ asOf, groupBy });
      expect(report.groups.map((g) => g.group)).not.toContain('Onbekend');
    }
  });

  it('lists 2021Z19796 under Grapperhaus, Knops and Blok in the Monday list of 2022-02-22, counted once', async () => {
    const report = await new OverdueReportService(ds, DEFAULT_POLICY, { maxEntries: 0, ttlMs: 0 }).report('2022-02-22');
    // 2022Z01519 (Hoekstra), 2021Z19796 (three), and 2020Z14248, whose listing names nobody.
    expect(report.total).toBe(3);
    expect(report.unknownAddressee.items.map((i) => i.key)).toEqual(['2020Z14248']);
    expect(report.groups.map((g) => g.count)).toEqual([1, 1, 1, 1]);
    const under = report.groups.filter((g) => g.items.some((i) => i.key === '2021Z19796')).map((g) => [g.minister, g.ministry?.slug]);
    expect(under).toEqual([
      ['Minister van Economische Zaken (Blok)', 'ez'],
      ['Minister van Justitie en Veiligheid (Grapperhaus)', 'jenv'],
      ['Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Knops)', 'bzk'],
    ]);
  });

  it('finds a set by any of its ministries, and ChristenUnie sets by the full party name', async () => {
    const questions = new QuestionQueryService(ds, DEFAULT_POLICY);
    for (const ministry of ['jenv', 'bzk', 'ez']) {
      expect((await questions.list({ ministry, asOf: '2024-12-09', sort: '-submittedOn', page: 1, pageSize: 50 })).items.map((i) => i.key)).toContain(
        '2021Z19796',
      );
    }
    // Listed with the first who must answer, post and name, not the bare "Ferdinand Grapperhaus" of the listing.
    const [item] = (await questions.list({ text: 'Xiaomi', asOf: '2024-12-09', sort: '-submittedOn', page: 1, pageSize: 5 })).items;
    expect(item).toMatchObject({
      key: '2021Z19796',
      minister: 'Minister van Justitie en Veiligheid (Grapperhaus)',
      ministry: { slug: 'jenv', name: 'Justitie en Veiligheid' },
    });
    const cu = (await questions.list({ party: 'CU', asOf: '2024-12-09', sort: '-submittedOn', page: 1, pageSize: 50 })).items.map((i) => i.key).sort();
    expect(cu.length).toBeGreaterThan(0);
    expect(
      (await questions.list({ party: 'ChristenUnie', asOf: '2024-12-09', sort: '-submittedOn', page: 1, pageSize: 50 })).items.map((i) => i.key).sort(),
    ).toEqual(cu);
  });
});
