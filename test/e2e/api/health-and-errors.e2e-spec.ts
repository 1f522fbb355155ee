import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { expectApiError, startApi, type ApiFixture } from './support/api-fixture.js';

describe('GET /health, the OpenAPI document, and errors that never leak internals', () => {
  let api: ApiFixture;

  beforeAll(async () => {
    api = await startApi({ seeds: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('reports the database and Redis up', async () => {
    const res = await request(api.server).get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, redis: { status: 'up' } } });
    // Until when the open data is current: never synchronised here, so not yet known.
    expect(res.body.details.opendata).toEqual({ status: 'up', bijgewerktTot: null });
    expectApiError((await request(api.server).get('/health?deep=1').expect(400)).body, 400, /deep/);
  });

  it('serves the OpenAPI document at /docs-json and its UI at /docs', async () => {
    const doc = (await request(api.server).get('/docs-json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/questions', '/questions/{zaak}', '/documents', '/documents/{id}', '/reports/overdue', '/reports/latency', '/health', '/api-keys']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect(doc.paths['/questions'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([
        'status',
        'asOf',
        'ministry',
        'minister',
        'submitter',
        'party',
        'topic',
        'submittedFrom',
        'submittedTo',
        'q',
        'sort',
        'page',
        'pageSize',
      ]),
    );
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Api-Key' });
    const ui = await request(api.server).get('/docs').redirects(1).expect(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
  });

  it('answers an unknown route, a bad percent-encoding and a wrong method in the same JSON shape', async () => {
    expectApiError((await request(api.server).get('/nothing-here').expect(404)).body, 404);
    expectApiError((await request(api.server).get('/questions/%E0%A4%A').expect(400)).body, 400);
    expectApiError((await request(api.server).delete('/questions/2022Z01519').expect(404)).body, 404);
    expect((await request(api.server).get('/questions').expect(200)).headers['x-powered-by']).toBeUndefined();
  });

  describe('with Redis down', () => {
    let down: ApiFixture;
    beforeAll(async () => {
      // Port 1 on loopback: nothing listens, the connection is refused at once.
      down = await startApi({ seeds: true, env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    });
    afterAll(async () => {
      await down?.close();
    });

    it('/health answers 503 naming redis, while reads keep working', async () => {
      const res = await request(down.server).get('/health').expect(503);
      expectApiError(res.body, 503, /^unhealthy: redis$/);
      expect(res.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'down' } });
      expect((await request(down.server).get('/questions?status=answered_late').expect(200)).body.total).toBe(5);
      expect((await request(down.server).get('/reports/overdue?asOf=2022-02-22').expect(200)).body.total).toBe(2);
    });
  });
});
