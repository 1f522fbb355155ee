import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  addDays,
  DEFAULT_POLICY,
  DocumentImportService,
  evaluateAnswerTerm,
  LATENCY_GROUP_BYS,
  LatencyReportService,
  ODataClient,
  OpenDataSyncService,
  QuestionSetEntity,
  refreshAnswerTermProjection,
  summariseVerdicts,
  UNKNOWN_GROUP,
  vergaderjaarOf,
  writeTransaction,
  type AnswerTermFacts,
  type KamerDate,
  type LatencyGroup,
  type LatencyGroupBy,
  type Policy,
} from '#domain';
import type { DataSource } from 'typeorm';
// Not part of the lib's public surface; the test writes and reads these tables directly.
import { DeferralEntity } from '../../libs/domain/src/question-set/deferral.entity.js';
import { QuestionSetSubmitterEntity } from '../../libs/domain/src/question-set/question-set-link.entities.js';
import { AnswerTermProjectionEntity } from '../../libs/domain/src/answer-term-projection/answer-term-projection.entity.js';
import { AnswerTermProjection1763801000000 } from '../../libs/domain/src/database/migrations/1763801000000-answer-term-projection.js';
import { createTestEnv, openTestDatabase, readSeed } from '../support/test-env.js';
import { ODataFixtureServer } from '../sync/odata-fixture-server.js';

// The latency report reads answer_term_projection, which every writer keeps current. These tests hold the report to
// the rules applied set by set (the way the report was computed before the projection), after each kind of write.

interface SetRow {
  id: number;
  facts: AnswerTermFacts;
  /** Who must answer (question_set_responsible): a set counts for each of its ministries and ministers. */
  ministries: string[];
  ministers: string[];
  parties: string[];
}

/** Every dated set as the rules see it, read straight from the tables the writers write. */
async function readSets(ds: DataSource): Promise<SetRow[]> {
  const sets = await ds
    .createQueryBuilder()
    .from(QuestionSetEntity, 'q')
    .select('q.id', 'id')
    .addSelect('q.submittedOn', 'submittedOn')
    .addSelect('q.answeredOn', 'answeredOn')
    .addSelect('q.withdrawnOn', 'withdrawnOn')
    .where('q.submittedOn IS NOT NULL')
    .getRawMany<{ id: number | string; submittedOn: string; answeredOn: string | null; withdrawnOn: string | null }>();
  const responsibles = await ds
    .createQueryBuilder()
    .from('question_set_responsible', 'r')
    .leftJoin('ministry', 'm', 'm.id = r.ministryId')
    .select('r.questionSetId', 'id')
    .addSelect('r.minister', 'minister')
    .addSelect('m.name', 'ministry')
    .getRawMany<{ id: number | string; minister: string | null; ministry: string | null }>();
  const deferrals = await ds
    .createQueryBuilder()
    .from(DeferralEntity, 'd')
    .select('d.questionSetId', 'id')
    .addSelect('d.date', 'date')
    .where('d.date IS NOT NULL')
    .getRawMany<{ id: number | string; date: string }>();
  const parties = await ds
    .createQueryBuilder()
    .from(QuestionSetSubmitterEntity, 's')
    .innerJoin('party', 'pa', 'pa.id = s.partyId')
    .select('s.questionSetId', 'id')
    .addSelect('pa.abbreviation', 'party')
    .distinct(true)
    .getRawMany<{ id: number | string; party: string }>();
  return sets.map((s) => ({
    id: Number(s.id),
    facts: {
      submittedOn: s.submittedOn,
      answeredOn: s.answeredOn,
      withdrawnOn: s.withdrawnOn,
      deferralDates: deferrals.filter((d) => Number(d.id) === Number(s.id)).map((d) => d.date),
    },
    ministries: [...new Set(responsibles.filter((r) => Number(r.id) === Number(s.id) && r.ministry !== null).map((r) => r.ministry!))],
    ministers: [...new Set(responsibles.filter((r) => Number(r.id) === Number(s.id) && r.minister !== null).map((r) => r.minister!))],
    parties: parties.filter((p) => Number(p.id) === Number(s.id)).map((p) => p.party),
  }));
}

function groupsOf(set: SetRow, groupBy: LatencyGroupBy): string[] {
  switch (groupBy) {
    // Nobody named: in no ministry or minister group (the report's unknownAddressee holds it), never "Onbekend".
    case 'ministry':
      return set.ministries;
    case 'minister':
      return set.ministers;
    case 'party':
      return set.parties.length > 0 ? set.parties : [UNKNOWN_GROUP];
    case 'month':
      return [set.facts.submittedOn.slice(0, 7)];
    case 'year':
      return [set.facts.submittedOn.slice(0, 4)];
    case 'vergaderjaar':
      return [vergaderjaarOf(set.facts.submittedOn)];
  }
}

/** The report as the rules give it set by set: each set evaluated as of asOf, each group summarised by summariseVerdicts. */
function expectedGroups(sets: SetRow[], groupBy: LatencyGroupBy, asOf: KamerDate, policy: Policy, from?: KamerDate, to?: KamerDate): LatencyGroup[] {
  const buckets = new Map<string, ReturnType<typeof evaluateAnswerTerm>[]>();
  for (const set of sets) {
    const s = set.facts.submittedOn;
    if (s > asOf || (from && s < from) || (to && s > to)) continue;
    const verdict = evaluateAnswerTerm(set.facts, asOf, policy);
    for (const group of groupsOf(set, groupBy)) buckets.set(group, [...(buckets.get(group) ?? []), verdict]);
  }
  return [...buckets].map(([group, verdicts]) => ({ group, ...summariseVerdicts(verdicts) }));
}

const byGroup = (groups: LatencyGroup[]) => [...groups].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));

/** The service's report equals the rules' for every groupBy as of each date. */
async function expectReportsMatchRules(ds: DataSource, asOfs: KamerDate[], policy: Policy = DEFAULT_POLICY): Promise<void> {
  const service = new LatencyReportService(ds, policy, { maxEntries: 0, ttlMs: 0 });
  const sets = await readSets(ds);
  for (const asOf of asOfs) {
    for (const groupBy of LATENCY_GROUP_BYS) {
      const report = await service.report({ asOf, groupBy });
      expect({ asOf, groupBy, groups: byGroup(report.groups) }).toEqual({ asOf, groupBy, groups: byGroup(expectedGroups(sets, groupBy, asOf, policy)) });
      if (groupBy === 'ministry' || groupBy === 'minister') {
        const unnamed = sets.filter((set) => groupsOf(set, groupBy).length === 0 && set.facts.submittedOn <= asOf);
        expect(report.unknownAddressee).toEqual({
          reason: expect.any(String),
          ...summariseVerdicts(unnamed.map((set) => evaluateAnswerTerm(set.facts, asOf, policy))),
        });
      }
    }
  }
}

/** A small PRNG, so the random sets are the same in every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the latency report over answer_term_projection', () => {
  let ds: DataSource;
  let importer: DocumentImportService;
  const server = new ODataFixtureServer();
  let base: string;

  beforeAll(async () => {
    base = await server.start();
    ds = await openTestDatabase(createTestEnv());
    importer = new DocumentImportService(ds, DEFAULT_POLICY);
  });
  afterAll(async () => {
    await ds?.destroy();
    await server.stop();
  });

  it('follows imports: a question, its later answer, a later Mededeling, and a re-import', async () => {
    const answered = readSeed('000');
    const unanswered = answered
      .split('\n')
      .filter((line) => !/^(Beantwoord |Bron antwoord|Kamerantwoord document)/.test(line))
      .join('\n');
    await importer.importText(unanswered);
    await expectReportsMatchRules(ds, ['2022-02-10', '2022-02-22', '2022-12-31']);

    expect((await importer.importText(answered)).outcome).toBe('updated');
    await expectReportsMatchRules(ds, ['2022-02-22', '2022-02-28', '2022-12-31']);

    const deferred = readSeed('004');
    const withoutNotice = deferred.replace(/ • Mededeling[\s\S]*?(?=\n\nKamervraag document nummer)/, '');
    expect((await importer.importText(withoutNotice)).outcome).toBe('imported');
    // Before the notice is known, seed 004 is overdue from 2021-10-23 on.
    await expectReportsMatchRules(ds, ['2021-10-25', '2021-11-15', '2022-12-31']);
    expect((await importer.importText(deferred)).outcome).toBe('updated');
    await expectReportsMatchRules(ds, ['2021-10-21', '2021-10-22', '2021-10-25', '2021-11-12', '2021-11-15', '2022-12-31']);

    expect((await importer.importText(deferred)).outcome).toBe('unchanged');
    for (const seed of ['001', '002', '003']) await importer.importText(readSeed(seed));
    await expectReportsMatchRules(ds, ['2019-08-20', '2021-11-30', '2022-06-30', '2022-12-31']);
  });

  it('follows the open-data sync: new zaken, a deferral then an answer, a withdrawal, a deferral alone', async () => {
    const gewijzigd = (day: number) => `2024-10-${String(day).padStart(2, '0')}T10:00:00Z`;
    const actor = (nummer: string, naam: string, fractie: string | null, relatie: string, functie: string) => ({
      Id: `${nummer}-${naam}`,
      ActorNaam: naam,
      ActorFractie: fractie,
      Relatie: relatie,
      Functie: functie,
      GewijzigdOp: gewijzigd(4),
      ApiGewijzigdOp: gewijzigd(4),
    });
    const zaak = (nummer: string, gestart: string, day: number) => ({
      Id: `zaak-${nummer}`,
      Nummer: nummer,
      Soort: 'Schriftelijke vragen',
      Onderwerp: `Onderwerp van ${nummer}`,
      GestartOp: `${gestart}T00:00:00+02:00`,
      Termijn: null,
      Afgedaan: false,
      Verwijderd: false,
      GewijzigdOp: gewijzigd(day),
      ApiGewijzigdOp: gewijzigd(day),
      ZaakActor: [actor(nummer, 'Postma', 'NSC', 'Indiener', 'Tweede Kamerlid'), actor(nummer, 'Jansen', null, 'Gericht aan', 'minister van Financiën')],
    });
    const doc = (nummer: string, soort: string, datum: string, zaakNummer: string, day: number, onderwerp = 'x') => ({
      Id: `doc-${nummer}`,
      Soort: soort,
      DocumentNummer: nummer,
      Onderwerp: onderwerp,
      Datum: `${datum}T00:00:00+02:00`,
      Verwijderd: false,
      GewijzigdOp: gewijzigd(day),
      ApiGewijzigdOp: gewijzigd(day),
      Zaak: [zaakNummer],
    });
    server.data.Zaak = [zaak('2024Z16001', '2024-09-02', 5), zaak('2024Z16002', '2024-09-03', 6), zaak('2024Z16003', '2024-09-04', 7)];
    server.data.Document = [
      doc('2024D50001', 'Mededeling (uitstel antwoord)', '2024-09-30', '2024Z16001', 8),
      doc('2024D50002', 'Antwoord schriftelijke vragen', '2024-10-10', '2024Z16001', 9),
      doc('2024D50003', 'Mededeling', '2024-09-20', '2024Z16002', 10, 'Intrekken schriftelijke vragen van het lid Postma'),
      doc('2024D50004', 'Mededeling (uitstel antwoord)', '2024-09-20', '2024Z16003', 11),
    ];
    const client = new ODataClient(base, { minIntervalMs: 0, maxRetries: 3, baseDelayMs: 5, timeoutMs: 5000 });
    await new OpenDataSyncService(ds, client).run({ initialSince: '2024-01-01' });
    await expectReportsMatchRules(ds, ['2024-09-24', '2024-09-30', '2024-10-05', '2024-10-20', '2024-12-31']);
  });

  it('follows any writer that refreshes the sets it changed (here: dates, ministry and minister changed by hand)', async () => {
    await writeTransaction(ds, async (m) => {
      const sets = m.getRepository(QuestionSetEntity);
      const set = await sets.findOneByOrFail({ zaak: '2019Z15244' });
      await sets.update({ id: set.id }, { answeredOn: null, withdrawnOn: '2020-01-01', ministerLabel: null, ministryId: null });
      await refreshAnswerTermProjection(m, [set.id]);
    });
    await expectReportsMatchRules(ds, ['2019-12-31', '2020-01-01', '2022-12-31']);
  });

  it('rebuilds under a changed policy (shorter term, recess pause) and back', async () => {
    const shorter: Policy = { ...DEFAULT_POLICY, answerTermDays: 14, deferralExtensionDays: 28 };
    const pausing: Policy = { ...DEFAULT_POLICY, pauseDuringRecess: true };
    const asOfs = ['2021-10-20', '2021-11-15', '2022-02-22', '2024-09-24', '2024-10-20'];
    await expectReportsMatchRules(ds, asOfs, shorter);
    // A writer after the change computes under the policy the projection was rebuilt with.
    await importer.importText(`${readSeed('002')}\n\n`);
    await expectReportsMatchRules(ds, asOfs, shorter);
    await expectReportsMatchRules(ds, asOfs, pausing);
    await expectReportsMatchRules(ds, asOfs, DEFAULT_POLICY);
  });

  it('is rebuilt by the first report after its migration ran over sets already stored (down, then up again)', async () => {
    const before = await ds.createQueryBuilder().from(AnswerTermProjectionEntity, 'p').select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
    const runner = ds.createQueryRunner();
    try {
      await new AnswerTermProjection1763801000000().down(runner);
      await new AnswerTermProjection1763801000000().up(runner);
    } finally {
      await runner.release();
    }
    // The migration is frozen (no live rule code): it leaves the projection empty and no policy stored.
    const empty = await ds.createQueryBuilder().from(AnswerTermProjectionEntity, 'p').select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
    expect(Number(empty?.n)).toBe(0);
    await expectReportsMatchRules(ds, ['2021-11-15', '2022-02-22', '2024-10-05']);
    const after = await ds.createQueryBuilder().from(AnswerTermProjectionEntity, 'p').select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
    expect(Number(after?.n)).toBe(Number(before?.n));
    expect(Number(after?.n)).toBeGreaterThan(5);
  });

  it('matches the rules on random sets: late and early deferrals, withdrawals before and after answers, odd dates', async () => {
    const random = prng(20_251_203);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const maybe = (p: number, date: () => KamerDate) => (random() < p ? date() : null);
    const ids: number[] = [];
    await writeTransaction(ds, async (m) => {
      const ministries = await m.createQueryBuilder().from('ministry', 'm').select('m.id', 'id').getRawMany<{ id: number | string }>();
      for (let i = 0; i < 250; i += 1) {
        const submittedOn = addDays('2023-01-01', Math.floor(random() * 400));
        const after = (lo: number, hi: number) => addDays(submittedOn, lo + Math.floor(random() * (hi - lo + 1)));
        const inserted = await m.getRepository(QuestionSetEntity).insert({
          key: `R${i}`,
          zaak: null,
          title: null,
          titleSource: null,
          questionDocumentId: null,
          answerDocumentId: null,
          documentNumber: null,
          submittedOn,
          answeredOn: maybe(0.7, () => after(-2, 90)),
          withdrawnOn: maybe(0.15, () => after(0, 60)),
          ministryId: random() < 0.8 ? Number(pick(ministries).id) : null,
          ministerLabel: random() < 0.9 ? pick(['Minister A', 'Minister B', 'Staatssecretaris C']) : null,
          officialTerm: null,
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        });
        const id = Number(inserted.identifiers[0].id);
        ids.push(id);
        const notices = random() < 0.4 ? 1 + Math.floor(random() * 3) : 0;
        for (let n = 0; n < notices; n += 1) {
          const date = after(-3, 70);
          await m.getRepository(DeferralEntity).insert({ questionSetId: id, date, text: 'Uitstel.', reason: 'other', dedupeKey: `${date}-${n}` });
        }
      }
      await refreshAnswerTermProjection(m, ids);
    });
    const asOfs = Array.from({ length: 12 }, (_, i) => addDays('2023-01-15', i * 41));
    await expectReportsMatchRules(ds, asOfs);
    await expectReportsMatchRules(ds, asOfs.slice(0, 4), { ...DEFAULT_POLICY, pauseDuringRecess: true });
    // from/to filter on the submission date, as the rules' report does.
    const service = new LatencyReportService(ds, { ...DEFAULT_POLICY, pauseDuringRecess: true }, { maxEntries: 0, ttlMs: 0 });
    const sets = await readSets(ds);
    const report = await service.report({ asOf: '2024-01-31', groupBy: 'ministry', from: '2023-03-01', to: '2023-09-30' });
    expect(byGroup(report.groups)).toEqual(
      byGroup(expectedGroups(sets, 'ministry', '2024-01-31', { ...DEFAULT_POLICY, pauseDuringRecess: true }, '2023-03-01', '2023-09-30')),
    );
  });
});
