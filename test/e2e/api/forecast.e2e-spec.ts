import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { CommitmentsKeptService, DEFAULT_POLICY, OnTimeChangeService, QuestionQueryService, UNANSWERED_STATUSES } from '#domain';
import { DataSource } from 'typeorm';
import { insertCommitments, insertForecastHistory, storeCalibration, VERWACHT_MINISTRY, VERWACHT_ZAAK } from '../../support/forecast-history.js';
import { startApi, type ApiFixture } from './support/api-fixture.js';
import { sql } from '../../support/sql.js';

// The expected answers of the hand-computed history in test/support/forecast-history.ts:
// - on 16 March 2024 the set is 15 days open; all 40 earlier sets (16–55 days) are comparable. Kaplan–Meier without
//   censoring is the empirical distribution: 10 % answered by day 19 (4 of 40), half by day 35 (20), 90 % by day 51
//   (36); 6 of 40 by day 21, the term.
// - on 25 March 2024 it is 24 days open, past its term; 31 sets (25–55 days) were still unanswered at 24 days:
//   4 of 31 ≥ 10 % by day 28, 16 of 31 ≥ half by day 40, 28 of 31 ≥ 90 % by day 52.
describe('forecast in GET /questions/:zaak and GET /reports/overdue', () => {
  let api: ApiFixture;
  const get = (path: string) => request(api.server).get(path);

  beforeAll(async () => {
    api = await startApi({ seeds: true });
    await insertForecastHistory(api.app.get(DataSource));
  });
  afterAll(async () => {
    await api?.close();
  });

  it('an open set: median, 80 % interval and the chance of an answer within the term, from its ministry', async () => {
    const body = (await get(`/questions/${VERWACHT_ZAAK}?asOf=2024-03-16`).expect(200)).body;
    expect(body.status).toBe('open');
    expect(body.forecast).toEqual({
      asOf: '2024-03-16',
      daysOpen: 15,
      deferred: false,
      basis: 'ministry',
      comparableSets: 40,
      expectedOn: '2024-04-05',
      interval: { level: 0.8, from: '2024-03-20', to: '2024-04-21' },
      term: '2024-03-22',
      probabilityWithinTerm: expect.closeTo(0.15, 12),
      verdict: 'untested',
      calibration: null,
    });
  });

  it('conditions on the days already open: past the term, the chance is 0 and the dates move', async () => {
    const body = (await get(`/questions/${VERWACHT_ZAAK}?asOf=2024-03-25`).expect(200)).body;
    expect(body.forecast).toMatchObject({
      daysOpen: 24,
      comparableSets: 31,
      expectedOn: '2024-04-10',
      interval: { from: '2024-03-29', to: '2024-04-22' },
      probabilityWithinTerm: 0,
    });
  });

  it('gives none for an answered set or before the set existed', async () => {
    expect((await get('/questions/2022Z01519?asOf=2022-12-31').expect(200)).body.forecast).toBeNull();
    expect((await get(`/questions/${VERWACHT_ZAAK}?asOf=2024-02-01`).expect(200)).body.forecast).toBeNull();
  });

  it('puts the forecast on every item of the Monday list', async () => {
    const report = (await get('/reports/overdue?asOf=2024-03-25').expect(200)).body;
    const items = report.groups.flatMap((g: { items: { zaak: string; forecast: unknown }[] }) => g.items);
    const ours = items.find((i: { zaak: string }) => i.zaak === VERWACHT_ZAAK);
    expect(ours.forecast).toMatchObject({ expectedOn: '2024-04-10', basis: 'ministry', verdict: 'untested' });
    // Every item has the field; sets of ministries with too few comparable sets fall back to all ministries or say so.
    for (const item of items) expect(['ministry', 'all', 'insufficient']).toContain((item.forecast as { basis: string }).basis);
  });

  it("puts the same forecast on a question list that asks for it (a bewindspersoon page's open sets), and none otherwise", async () => {
    const questions = new QuestionQueryService(api.app.get(DataSource), DEFAULT_POLICY);
    const query = {
      ministry: VERWACHT_MINISTRY.slug,
      asOf: '2024-03-25',
      statuses: UNANSWERED_STATUSES,
      sort: '-daysOutstanding' as const,
      page: 1,
      pageSize: 100,
    };
    const withForecasts = (await questions.list({ ...query, withForecasts: true })).items.find((i) => i.zaak === VERWACHT_ZAAK)!;
    expect(withForecasts.forecast).toMatchObject({ expectedOn: '2024-04-10', interval: { from: '2024-03-29', to: '2024-04-22' } });
    const without = (await questions.list(query)).items.find((i) => i.zaak === VERWACHT_ZAAK)!;
    expect(without.forecast).toBeUndefined();
  });

  it('carries the stored backtest and its verdict: off outside 75–85 % coverage, calibrated inside', async () => {
    const ds = api.app.get(DataSource);
    await storeCalibration(ds, VERWACHT_MINISTRY.slug, 100, 50);
    const off = (await get(`/questions/${VERWACHT_ZAAK}?asOf=2024-03-25`).expect(200)).body.forecast;
    expect(off).toMatchObject({ verdict: 'off', calibration: { ministry: 'vz', scored: 100, coverage: 0.5, medianAbsoluteErrorDays: 12.5 } });
    await storeCalibration(ds, VERWACHT_MINISTRY.slug, 100, 80);
    const good = (await get(`/questions/${VERWACHT_ZAAK}?asOf=2024-03-25`).expect(200)).body.forecast;
    expect(good).toMatchObject({ verdict: 'calibrated', calibration: { coverage: 0.8 } });
    // Too few scored forecasts to judge: untested, whatever the share.
    await storeCalibration(ds, VERWACHT_MINISTRY.slug, 10, 2);
    expect((await get(`/questions/${VERWACHT_ZAAK}?asOf=2024-03-25`).expect(200)).body.forecast.verdict).toBe('untested');
  });

  it('documents the forecast in the OpenAPI document', async () => {
    const doc = (await get('/docs-json').expect(200)).body;
    expect(doc.components.schemas.AnswerForecastSchema.properties).toHaveProperty('probabilityWithinTerm');
  });

  it('attributes each set to the bewindspersoon in office when its term ran out, from the table it is given', async () => {
    // Our own table: A held the post until the end of 2021, B from 2022. The four seeds of BZ, as of 2022-12-31:
    // 001 (term 8 Aug 2019) and 004 (extended term 12 Nov 2021) fall to A, 000 (21 Feb 2022) and 003 (28 Jun 2022)
    // to B; all four were answered after their term.
    const table = [
      { name: 'A', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2019-01-01', to: '2021-12-31' },
      { name: 'B', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2022-01-01', to: null },
    ];
    const change = await new OnTimeChangeService(api.app.get(DataSource), DEFAULT_POLICY, table).change({ ministry: 'bz' }, '2022-12-31');
    expect(change.byTenure.map((t) => [t.group, t.onTime, t.decided, t.from, t.to])).toEqual([
      ['A (minister van Buitenlandse Zaken, 2019-01-01)', 0, 2, '2019-01-01', '2021-12-31'],
      ['B (minister van Buitenlandse Zaken, 2022-01-01)', 0, 2, '2022-01-01', null],
    ]);
    // Without a table nobody can be named: every set is unattributed, none is lost.
    const none = await new OnTimeChangeService(api.app.get(DataSource), DEFAULT_POLICY, []).change({ ministry: 'bz' }, '2022-12-31');
    expect(none.byTenure.map((t) => [t.group, t.decided])).toEqual([['niet toe te wijzen (geen bewindspersoon in de tabel)', 4]]);
  });

  it('counts the commitments of a ministry by outcome, extracted and official once each, with the median delay', async () => {
    await insertCommitments(api.app.get(DataSource));
    const kept = await new CommitmentsKeptService(api.app.get(DataSource)).forMinistry(VERWACHT_MINISTRY.slug, '2024-06-30');
    // Delays of the fulfilled ones: 0 and 10 days; the median is 5.
    expect(kept.total).toEqual({ made: 5, fulfilledInTime: 1, fulfilledLate: 1, lapsed: 1, withdrawn: 1, open: 1, medianDelayDays: 5 });
    expect(kept.byMinister.map((g) => [g.group, g.made, g.withdrawn])).toEqual([
      ['Minister van Verwachtingszaken (Test)', 4, 0],
      ['Onbekend', 1, 1],
    ]);
    // As of 1 March 2024 nothing had lapsed yet, and the late one was still open.
    const earlier = await new CommitmentsKeptService(api.app.get(DataSource)).forMinistry(VERWACHT_MINISTRY.slug, '2024-03-01');
    expect(earlier.total).toMatchObject({ made: 5, fulfilledInTime: 1, fulfilledLate: 0, lapsed: 0, open: 4 });
  });

  it("counts the commitments made in given sets (a bewindspersoon's own) within their tenure, and none outside it", async () => {
    const ds = api.app.get(DataSource);
    // The commitments of the test before: four extracted ones made on 17 January 2024 in 2024Z80000, one rejected.
    const [{ id }] = await sql<{ id: number | string }>(ds, 'SELECT id FROM question_set WHERE zaak = ?', ['2024Z80000']);
    const service = new CommitmentsKeptService(ds);
    const own = await service.forSets([Number(id)], '2024-06-30', { from: '2024-01-01', to: '2024-01-31' });
    // The official toezegging tied to no set is not among a set's commitments.
    expect(own.total).toEqual({ made: 4, fulfilledInTime: 1, fulfilledLate: 1, lapsed: 1, withdrawn: 0, open: 1, medianDelayDays: 5 });
    expect((await service.forSets([Number(id)], '2024-06-30', { from: '2024-02-01', to: null })).total.made).toBe(0);
    expect((await service.forSets([], '2024-06-30')).total.made).toBe(0);
  });
});
