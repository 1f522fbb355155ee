import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, DocumentImportService, kamerDateOf, QuestionSetEntity, refreshAnswerTermProjection, writeTransaction } from '#domain';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { readSeed } from '../../support/test-env.js';
import { expectApiError, startApi, type ApiFixture } from './support/api-fixture.js';

describe('GET /reports/overdue and GET /reports/latency over the seeds', () => {
  let api: ApiFixture;
  const get = (path: string) => request(api.server).get(path);
  /**
   * Changes a set the way every writer does: in a write transaction, which also tells the report cache, ending with
   * the refresh of the set's answer-term projection.
   */
  const update = (key: string, fields: Partial<QuestionSetEntity>) =>
    writeTransaction(api.app.get(DataSource), async (m) => {
      await m.getRepository(QuestionSetEntity).update({ key }, fields);
      await refreshAnswerTermProjection(m, [(await m.getRepository(QuestionSetEntity).findOneByOrFail({ key })).id]);
    });

  /** Takes every answerer and addressee off a set, as for a set whose documents name nobody, and refreshes it. */
  const unattribute = (key: string) =>
    writeTransaction(api.app.get(DataSource), async (m) => {
      const { id } = await m.getRepository(QuestionSetEntity).findOneByOrFail({ key });
      await m.query(`DELETE FROM question_set_answerer WHERE "questionSetId" = ${Number(id)}`);
      await m.query(`DELETE FROM question_set_addressee WHERE "questionSetId" = ${Number(id)}`);
      await m.getRepository(QuestionSetEntity).update({ key }, { ministerLabel: null, ministryId: null });
      await refreshAnswerTermProjection(m, [id]);
    });
  /** Imports a seed again as a new text (a changed hash), so its answerers and addressees are merged back. */
  const reimport = (seed: string) => api.app.get(DocumentImportService).importText(`${readSeed(seed)}\n\n`);
  const NOBODY_OVERDUE = { reason: expect.stringContaining('termijnwacht sync'), count: 0, items: [] };

  beforeAll(async () => {
    api = await startApi({ seeds: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('the Monday list', () => {
    it('as of 2022-02-22: seed 000 overdue without a deferral, seed 002 overdue after its deferral, by minister', async () => {
      const res = await get('/reports/overdue?asOf=2022-02-22').expect(200);
      expect(res.body.asOf).toBe('2022-02-22');
      expect(res.body.total).toBe(2);
      const byKey = Object.fromEntries(
        res.body.groups.flatMap((g: { minister: string; items: { key: string }[] }) => g.items.map((i) => [i.key, { ...i, minister: g.minister }])),
      );
      expect(byKey['2022Z01519']).toEqual({
        zaak: '2022Z01519',
        key: '2022Z01519',
        title: expect.stringContaining('MY2022'),
        submittedOn: '2022-01-31',
        term: '2022-02-21',
        extendedTerm: null,
        deferred: false,
        daysOutstanding: 22,
        daysOverTerm: 1,
        status: 'overdue',
        submitters: [
          { name: 'Sjoerd Sjoerdsma', party: 'D66' },
          { name: 'Jeanet van der Laan', party: 'D66' },
        ],
        ministers: ['Minister van Buitenlandse Zaken (Hoekstra)'],
        ministries: [{ slug: 'bz', name: 'Buitenlandse Zaken' }],
        minister: 'Minister van Buitenlandse Zaken (Hoekstra)',
        // Of the seeds submitted by then, only 001 (answered after 54 days, no deferral) was still unanswered after
        // 22 days without a deferral: one comparable set, too few to forecast from (the policy wants 30).
        forecast: {
          asOf: '2022-02-22',
          daysOpen: 22,
          deferred: false,
          basis: 'insufficient',
          comparableSets: 1,
          expectedOn: null,
          interval: null,
          term: '2022-02-21',
          probabilityWithinTerm: null,
          verdict: 'insufficient',
          calibration: null,
        },
      });
      expect(byKey['2021Z19796']).toMatchObject({
        status: 'overdue_deferred',
        deferred: true,
        extendedTerm: '2021-12-21',
        daysOverTerm: 63,
        daysOutstanding: 105,
      });
      // "Beantwoord door Ferdinand Grapperhaus (CDA), Raymond Knops (CDA), Stef Blok (VVD)", posts of 9 November 2021: under each.
      expect(
        res.body.groups
          .filter((g: { items: { key: string }[] }) => g.items.some((i) => i.key === '2021Z19796'))
          .map((g: { minister: string; ministry: { slug: string } }) => [g.minister, g.ministry.slug]),
      ).toEqual([
        ['Minister van Economische Zaken (Blok)', 'ez'],
        ['Minister van Justitie en Veiligheid (Grapperhaus)', 'jenv'],
        ['Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Knops)', 'bzk'],
      ]);
      expect(res.body.unknownAddressee).toEqual(NOBODY_OVERDUE);
      const hoekstra = res.body.groups.find((g: { minister: string }) => g.minister === 'Minister van Buitenlandse Zaken (Hoekstra)');
      expect(hoekstra).toMatchObject({ count: 1, ministry: { slug: 'bz', name: 'Buitenlandse Zaken' } });
    });

    it('a deferral in time keeps a set off the list until its extended term: seed 004 (deferral 2021-10-22)', async () => {
      expect((await get('/reports/overdue?asOf=2021-11-10').expect(200)).body).toEqual({
        asOf: '2021-11-10',
        total: 0,
        groups: [],
        unknownAddressee: NOBODY_OVERDUE,
      });
      const after = (await get('/reports/overdue?asOf=2021-11-15').expect(200)).body;
      // Answered by Knapen (BZ) and Grapperhaus (JenV): listed under both, counted once.
      expect(after.total).toBe(1);
      expect(after.groups.map((g: { minister: string; count: number }) => [g.minister, g.count])).toEqual([
        ['Minister van Buitenlandse Zaken (Knapen)', 1],
        ['Minister van Justitie en Veiligheid (Grapperhaus)', 1],
      ]);
      expect(after.groups[0].items[0]).toMatchObject({ key: '2021Z16950', status: 'overdue_deferred', extendedTerm: '2021-11-12', daysOverTerm: 3 });
    });

    it('defaults to today in Europe/Amsterdam, when every seed is long answered', async () => {
      const res = await get('/reports/overdue').expect(200);
      expect(res.body).toEqual({ asOf: kamerDateOf(new Date(), DEFAULT_POLICY.timeZone), total: 0, groups: [], unknownAddressee: NOBODY_OVERDUE });
    });

    it('lists a set whose documents name nobody apart, with the reason, never as "Onbekend"; groups by size, items by days over term; withdrawn sets never appear', async () => {
      // 2022-03-20: 000 answered, 002 overdue after its deferral; make 001 (answered 2019) look open and name nobody.
      await update('2019Z15244', { answeredOn: null });
      await unattribute('2019Z15244');
      const res = await get('/reports/overdue?asOf=2022-03-20').expect(200);
      expect(res.body.total).toBe(2);
      expect(res.body.groups.map((g: { minister: string; count: number }) => [g.minister, g.count])).toEqual([
        ['Minister van Economische Zaken (Blok)', 1],
        ['Minister van Justitie en Veiligheid (Grapperhaus)', 1],
        ['Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Knops)', 1],
      ]);
      expect(JSON.stringify(res.body.groups)).not.toContain('Onbekend');
      expect(res.body.unknownAddressee).toMatchObject({
        reason: expect.stringContaining('noemen geen adressaat'),
        count: 1,
        items: [{ key: '2019Z15244', daysOverTerm: 955, ministers: [], ministries: [] }],
      });
      // A writer that names the minister on the set itself (no document does) puts it under that name.
      await update('2019Z15244', { ministerLabel: 'Minister van Justitie en Veiligheid (Grapperhaus)' });
      const merged = (await get('/reports/overdue?asOf=2022-03-20').expect(200)).body;
      expect(merged.unknownAddressee.count).toBe(0);
      const grapperhaus = merged.groups.find((g: { minister: string }) => g.minister === 'Minister van Justitie en Veiligheid (Grapperhaus)');
      expect(grapperhaus.items.map((i: { key: string; daysOverTerm: number }) => [i.key, i.daysOverTerm])).toEqual([
        ['2019Z15244', 955],
        ['2021Z19796', 89],
      ]);
      expect(merged.groups[0]).toBe(merged.groups.find((g: { count: number }) => g.count === 2));
      await update('2019Z15244', { withdrawnOn: '2020-01-01' });
      expect((await get('/reports/overdue?asOf=2022-03-20').expect(200)).body.total).toBe(1);
      // Withdrawn only from 2020 on: on 2019-12-31 it was still overdue.
      expect((await get('/reports/overdue?asOf=2019-12-31').expect(200)).body.groups[0].items[0]).toMatchObject({ key: '2019Z15244', status: 'overdue' });
      // Put the seed back for the latency tests below (its answerer comes back with a re-import).
      await update('2019Z15244', { answeredOn: '2019-09-10', withdrawnOn: null, ministerLabel: null });
      await reimport('001');
    });

    it('a change shows at once (the cached list is dropped when the data changes)', async () => {
      const before = (await get('/reports/overdue?asOf=2022-06-30').expect(200)).body;
      await update('2022Z11285', { answeredOn: null });
      const after = (await get('/reports/overdue?asOf=2022-06-30').expect(200)).body;
      expect(after.total).toBe(before.total + 1);
      await update('2022Z11285', { answeredOn: '2022-06-29' });
      expect((await get('/reports/overdue?asOf=2022-06-30').expect(200)).body.total).toBe(before.total);
    });

    it.each([
      ['asOf=2022-02-29', /asOf must be a real calendar date/],
      ['asOf=today', /asOf must be a real calendar date/],
      ['minister=x', /property minister should not exist/],
    ])('400 for %s', async (query, message) => {
      expectApiError((await get(`/reports/overdue?${query}`).expect(400)).body, 400, message);
    });
  });

  describe('latency', () => {
    type Group = { group: string; count: number };
    const groupsOf = async (query: string) => (await get(`/reports/latency?${query}`).expect(200)).body.groups as Group[];

    it('per year: counts, answer times and shares from the rules', async () => {
      const res = await get('/reports/latency?groupBy=year&asOf=2022-12-31').expect(200);
      expect(res.body).toMatchObject({ asOf: '2022-12-31', groupBy: 'year', from: null, to: null });
      expect(res.body.groups).toEqual([
        {
          group: '2019',
          count: 1,
          answered: 1,
          medianDays: 54,
          meanDays: 54,
          p90Days: 54,
          shareOnTime: 0,
          shareWithDeferral: 0,
          shareDeferralsInTime: null,
          longestOpenDays: null,
        },
        {
          group: '2021',
          count: 2,
          answered: 2,
          medianDays: 98.5,
          meanDays: 98.5,
          p90Days: 138.9,
          shareOnTime: 0,
          shareWithDeferral: 1,
          shareDeferralsInTime: 1,
          longestOpenDays: null,
        },
        {
          group: '2022',
          count: 2,
          answered: 2,
          medianDays: 25,
          meanDays: 25,
          p90Days: 27.4,
          shareOnTime: 0,
          shareWithDeferral: 0,
          shareDeferralsInTime: null,
          longestOpenDays: null,
        },
      ]);
    });

    it('as of an earlier date counts only what had happened: on 2021-11-15 both 2021 sets are still open', async () => {
      const [g2021] = (await groupsOf('groupBy=year&asOf=2021-11-15')).filter((g) => g.group === '2021');
      expect(g2021).toEqual({
        group: '2021',
        count: 2,
        answered: 0,
        medianDays: null,
        meanDays: null,
        p90Days: null,
        shareOnTime: 0,
        shareWithDeferral: 0.5,
        shareDeferralsInTime: 1,
        longestOpenDays: 45,
      });
    });

    it('per vergaderjaar (from Prinsjesdag), month, ministry, minister and party; from/to filter on submission', async () => {
      expect((await groupsOf('groupBy=vergaderjaar&asOf=2022-12-31')).map((g) => [g.group, g.count])).toEqual([
        ['2018-2019', 1],
        ['2021-2022', 4],
      ]);
      expect((await groupsOf('groupBy=month&asOf=2022-12-31')).map((g) => g.group)).toEqual(['2019-07', '2021-10', '2021-11', '2022-01', '2022-06']);
      // 002 is answered by three ministries and 004 by two: each counts for every one of them, none for "Onbekend".
      const ministries = (await get('/reports/latency?groupBy=ministry&asOf=2022-12-31').expect(200)).body;
      expect(ministries.groups.map((g: Group) => [g.group, g.count])).toEqual([
        ['Buitenlandse Zaken', 4],
        ['Justitie en Veiligheid', 2],
        ['Binnenlandse Zaken en Koninkrijksrelaties', 1],
        ['Economische Zaken', 1],
      ]);
      expect(ministries.unknownAddressee).toMatchObject({ reason: expect.stringContaining('termijnwacht sync'), count: 0 });
      expect((await groupsOf('groupBy=year&asOf=2022-12-31')).reduce((n, g) => n + g.count, 0)).toBe(5);
      expect((await groupsOf('groupBy=minister&asOf=2022-12-31'))[0]).toMatchObject({ group: 'Minister van Buitenlandse Zaken (Hoekstra)', count: 2 });
      // 000 has two D66 submitters: it counts once for D66. 003 is asked by ChristenUnie (stored as CU) and SGP: it counts for both.
      const parties = Object.fromEntries((await groupsOf('groupBy=party&asOf=2022-12-31')).map((g) => [g.group, g.count]));
      expect(parties).toMatchObject({ VVD: 2, CU: 1, SGP: 1 });
      expect(parties.D66).toBe(2);
      expect((await groupsOf('groupBy=year&from=2022-01-01&to=2022-06-30&asOf=2022-12-31')).map((g) => [g.group, g.count])).toEqual([['2022', 2]]);
      expect(await groupsOf('groupBy=year&from=2030-01-01')).toEqual([]);
    });

    it('writes CSV for Accept: text/csv and for ?format=csv, with the same columns and a download name', async () => {
      const byAccept = await get('/reports/latency?groupBy=year&asOf=2022-12-31').set('Accept', 'text/csv').expect(200);
      expect(byAccept.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(byAccept.headers['content-disposition']).toBe('attachment; filename="latency-year.csv"');
      // With the byte order mark the pages' CSVs have: Excel reads accents right (issue 14).
      expect(byAccept.text.trimEnd().split('\r\n')).toEqual([
        '\ufeffgroup,count,answered,medianDays,meanDays,p90Days,shareOnTime,shareWithDeferral,shareDeferralsInTime,longestOpenDays',
        '2019,1,1,54,54,54,0,0,,',
        '2021,2,2,98.5,98.5,138.9,0,1,1,',
        '2022,2,2,25,25,27.4,0,0,,',
      ]);
      const byParam = await get('/reports/latency?groupBy=year&asOf=2022-12-31&format=csv').expect(200);
      expect(byParam.text).toBe(byAccept.text);
      // ?format=json wins over the Accept header.
      expect((await get('/reports/latency?groupBy=year&asOf=2022-12-31&format=json').set('Accept', 'text/csv').expect(200)).body.groups).toHaveLength(3);
    });

    it('neutralises a group name a spreadsheet would run as a formula', async () => {
      await unattribute('2022Z11285');
      await update('2022Z11285', { ministerLabel: '=HYPERLINK("http://x")' });
      const csv = (await get('/reports/latency?groupBy=minister&asOf=2022-12-31&format=csv').expect(200)).text;
      expect(csv).toContain(`"'=HYPERLINK(""http://x"")",1,1,`);
      await update('2022Z11285', { ministerLabel: '＝HYPERLINK("http://x")' });
      expect((await get('/reports/latency?groupBy=minister&asOf=2022-12-31&format=csv').expect(200)).text).toContain(`"'＝HYPERLINK(""http://x"")",1,1,`);
      await update('2022Z11285', { ministerLabel: null });
      await reimport('003');
    });

    it.each([
      ['groupBy=week', /groupBy must be one of: ministry, minister, party, month, year, vergaderjaar/],
      ['from=2022-13-01', /from must be a real calendar date/],
      ['from=2022-06-01&to=2022-01-01', /to must not be before from/],
      ['asOf=2021-02-29', /asOf must be a real calendar date/],
      ['format=xml', /format must be one of: json, csv/],
      ['limit=10', /property limit should not exist/],
    ])('400 for %s', async (query, message) => {
      expectApiError((await get(`/reports/latency?${query}`).expect(400)).body, 400, message);
    });
  });

  it('keeps seeds importable after the changes above (sanity: the import path still works on this database)', async () => {
    const res = await request(api.server)
      .post('/documents')
      .set('X-Api-Key', api.editorKey)
      .set('Content-Type', 'text/plain')
      .send(readSeed('003'))
      .expect(200);
    expect(res.body.outcome).toBe('unchanged');
  });
});
