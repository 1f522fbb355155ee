import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { expectApiError, startApi, type ApiFixture } from './support/api-fixture.js';

describe('GET/PATCH/POST /commitments', () => {
  let api: ApiFixture;

  beforeAll(async () => {
    api = await startApi({ seeds: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists the extracted commitments with their status as of a date, filtered', async () => {
    const all = (await request(api.server).get('/commitments?asOf=2022-08-01').expect(200)).body;
    expect(all.asOf).toBe('2022-08-01');
    expect(all.total).toBe(all.items.length);
    expect(all.items.map((c: { zaak: string }) => c.zaak)).toEqual(expect.arrayContaining(['2022Z01519', '2022Z11285', '2021Z19796']));
    const overdue = (await request(api.server).get('/commitments?asOf=2022-08-01&status=overdue&zaak=2022Z11285').expect(200)).body;
    expect(overdue.items).toEqual([
      expect.objectContaining({ actor: 'Nederland', dueDate: '2022-07-31', status: 'overdue', strength: 'firm', reviewState: 'extracted' }),
    ]);
    const byActor = (await request(api.server).get('/commitments?asOf=2022-08-01&actor=OCW').expect(200)).body;
    expect(byActor.items.length).toBe(3);
    const byDue = (await request(api.server).get('/commitments?asOf=2022-08-01&dueFrom=2022-07-01&dueTo=2022-07-31').expect(200)).body;
    expect(byDue.items.every((c: { dueDate: string }) => c.dueDate >= '2022-07-01' && c.dueDate <= '2022-07-31')).toBe(true);
  });

  it('gives every extracted commitment a confidence and a construction, and sorts the review list by confidence', async () => {
    const byDue = (await request(api.server).get('/commitments?asOf=2022-08-01').expect(200)).body.items as {
      id: number;
      confidence: number | null;
      construction: string | null;
      source: string;
    }[];
    const extracted = byDue.filter((c) => c.source === 'extracted');
    expect(extracted.length).toBeGreaterThan(3);
    for (const c of extracted) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(['active', 'passive', 'receiver', 'intention', 'conditional', 'reference', 'assent']).toContain(c.construction);
    }
    // seed 002 answer 3: "Dit vraagstuk zal daarbij worden meegenomen." is found as a passive
    expect(extracted.map((c) => c.construction)).toEqual(expect.arrayContaining(['active', 'passive']));
    // one made by hand has no confidence: it comes after every extracted one
    const manual = (
      await request(api.server)
        .post('/commitments')
        .set('X-Api-Key', api.editorKey)
        .send({ zaak: '2022Z01519', text: 'Ik zal de Kamer in het najaar informeren.', strength: 'firm' })
        .expect(201)
    ).body;
    expect(manual).toMatchObject({ confidence: null, construction: null });
    const byConfidence = (await request(api.server).get('/commitments?asOf=2022-08-01&sort=confidence').expect(200)).body.items as typeof byDue;
    expect(byConfidence.map((c) => c.id).sort((a, b) => a - b)).toEqual([...byDue.map((c) => c.id), manual.id].sort((a, b) => a - b));
    const scores = byConfidence.filter((c) => c.confidence !== null).map((c) => c.confidence as number);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores[0]).toBeLessThan(scores[scores.length - 1]);
    expect(byConfidence.at(-1)?.id).toBe(manual.id);
    const detail = (await request(api.server).get(`/commitments/${byConfidence[0].id}?asOf=2022-08-01`).expect(200)).body;
    expect(detail).toMatchObject({ confidence: byConfidence[0].confidence, construction: byConfidence[0].construction });
    expectApiError((await request(api.server).get('/commitments?sort=colour').expect(400)).body, 400, /sort must be one of: due, confidence/);
  });

  it('refuses bad filters with 400 naming the parameter', async () => {
    expectApiError((await request(api.server).get('/commitments?status=late').expect(400)).body, 400, /status must be/);
    expectApiError((await request(api.server).get('/commitments?asOf=2022-02-31').expect(400)).body, 400, /asOf/);
    expectApiError((await request(api.server).get('/commitments?dueFrom=2022-08-01&dueTo=2022-07-01').expect(400)).body, 400, /dueTo/);
    expectApiError((await request(api.server).get('/commitments?colour=red').expect(400)).body, 400, /colour/);
    expectApiError((await request(api.server).get('/commitments/999999').expect(404)).body, 404);
    expectApiError((await request(api.server).get('/commitments/abc').expect(400)).body, 400);
  });

  it('lets an editor confirm, correct and fulfil, keeping who and when; reads stay public, writes need a key', async () => {
    const [first] = (await request(api.server).get('/commitments?asOf=2022-03-01&zaak=2022Z01519').expect(200)).body.items;
    expectApiError((await request(api.server).patch(`/commitments/${first.id}`).send({ review: 'confirm' }).expect(401)).body, 401);
    const confirmed = (
      await request(api.server).patch(`/commitments/${first.id}`).set('X-Api-Key', api.editorKey).send({ review: 'confirm', note: 'klopt' }).expect(200)
    ).body;
    expect(confirmed.reviewState).toBe('confirmed');
    const corrected = (await request(api.server).patch(`/commitments/${first.id}`).set('X-Api-Key', api.editorKey).send({ dueDate: '2022-06-30' }).expect(200))
      .body;
    expect(corrected).toMatchObject({ reviewState: 'corrected', dueDate: '2022-06-30', dueImplied: false });
    expectApiError(
      (await request(api.server).patch(`/commitments/${first.id}`).set('X-Api-Key', api.editorKey).send({ status: 'fulfilled' }).expect(400)).body,
      400,
      /fulfilledBy/,
    );
    expectApiError(
      (await request(api.server).patch(`/commitments/${first.id}`).set('X-Api-Key', api.editorKey).send({ status: 'done' }).expect(400)).body,
      400,
      /status/,
    );
    await request(api.server)
      .patch(`/commitments/${first.id}`)
      .set('X-Api-Key', api.editorKey)
      .send({ status: 'fulfilled', fulfilledBy: 'https://zoek.officielebekendmakingen.nl/kst-31288-1000.html', on: '2022-05-20' })
      .expect(200);
    const detail = (await request(api.server).get(`/commitments/${first.id}?asOf=2022-06-01`).expect(200)).body;
    expect(detail.status).toBe('fulfilled');
    expect(detail.history.map((h: { action: string; actor: string }) => h.action)).toEqual(['confirm', 'correct', 'fulfil']);
    expect(detail.history.every((h: { actor: string }) => h.actor.startsWith('test editor'))).toBe(true);
    expect(JSON.stringify(detail)).not.toContain(api.editorKey);
  });

  it('re-reads a corrected dueText through the parser’s due-date grammar and resolves it against the day made (issue 12)', async () => {
    const items = (await request(api.server).get('/commitments?asOf=2022-07-01&zaak=2022Z11285').expect(200)).body.items;
    const seed003 = items.find((c: { dueText: string | null }) => c.dueText === 'juli 2022');
    expect(seed003).toMatchObject({ madeOn: '2022-06-29', dueDate: '2022-07-31', dueImplied: false });
    const patch = (body: object) => request(api.server).patch(`/commitments/${seed003.id}`).set('X-Api-Key', api.editorKey).send(body).expect(200);
    // The two wrong dates the issue reports, corrected by a clerk's phrase: each resolves as the grammar reads it.
    expect((await patch({ dueText: 'niet later dan 1 juli 2025' })).body).toMatchObject({
      dueText: 'niet later dan 1 juli 2025',
      dueDate: '2025-07-01',
      dueImplied: false,
      reviewState: 'corrected',
    });
    expect((await patch({ dueText: 'rond de zomer' })).body).toMatchObject({ dueDate: '2022-09-05', dueImplied: false }); // the zomerreces 2022 ends
    expect((await patch({ dueText: 'zo spoedig mogelijk' })).body).toMatchObject({ dueDate: '2022-09-27', dueImplied: true }); // + 90 days
    // A date given with the phrase wins over the phrase.
    expect((await patch({ dueText: 'voor de zomer', dueDate: '2023-01-15' })).body).toMatchObject({
      dueText: 'voor de zomer',
      dueDate: '2023-01-15',
      dueImplied: false,
    });
    const history = (await request(api.server).get(`/commitments/${seed003.id}`).expect(200)).body.history;
    expect(history[0].changes).toMatchObject({ dueText: ['juli 2022', 'niet later dan 1 juli 2025'], dueDate: ['2022-07-31', '2025-07-01'] });
  });

  it('adds one by hand with POST, and refuses an unknown zaak or a missing text', async () => {
    const added = (
      await request(api.server)
        .post('/commitments')
        .set('X-Api-Key', api.editorKey)
        .send({
          zaak: '2021Z16950',
          questionNumber: 3,
          text: 'Ik zal de Kamer voor het einde van het jaar informeren.',
          dueText: 'voor het einde van het jaar',
          strength: 'firm',
          actor: 'ik',
        })
        .expect(201)
    ).body;
    expect(added).toMatchObject({ zaak: '2021Z16950', source: 'manual', reviewState: 'confirmed', dueDate: '2021-12-31', madeOn: '2021-11-18' });
    expectApiError(
      (
        await request(api.server)
          .post('/commitments')
          .set('X-Api-Key', api.editorKey)
          .send({ zaak: '1999Z00001', text: 'Ik zal iets doen.', strength: 'firm' })
          .expect(404)
      ).body,
      404,
    );
    expectApiError(
      (await request(api.server).post('/commitments').set('X-Api-Key', api.editorKey).send({ zaak: '2021Z16950', strength: 'firm' }).expect(400)).body,
      400,
      /text/,
    );
  });
});
