import { afterAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { expectApiError, startApi, type ApiFixture } from './support/api-fixture.js';

// Issue 14, finding 5: express-rate-limit with a sliding window (its boundary is proven in sliding-window.spec.ts),
// standard RateLimit headers, TRUST_PROXY, the Redis store shared by several API processes, /docs and Bull Board.
describe('rate limits: headers, what is covered, proxies, one budget across processes', () => {
  const started: ApiFixture[] = [];
  const start = async (env: Record<string, string>) => {
    const api = await startApi({ env });
    started.push(api);
    return api;
  };
  afterAll(async () => {
    for (const api of started) await api.close();
  });

  it('sends RateLimit and RateLimit-Policy headers (IETF draft 8) and counts /docs and Bull Board too', async () => {
    const api = await start({ RATE_LIMIT_PER_MINUTE: '4' });
    const first = await request(api.server).get('/health');
    expect(first.headers['ratelimit-policy']).toBe('"all"; q=4; w=60; pk=:' + first.headers['ratelimit-policy'].split('pk=:')[1]);
    expect(first.headers.ratelimit).toMatch(/^"all"; r=3; t=\d+$/);
    await request(api.server).get('/docs-json').expect(200);
    await request(api.server).get('/docs/').expect(200);
    await request(api.server).get('/admin/queues').expect(401);
    const refused = await request(api.server).get('/admin/queues').set('X-Api-Key', api.adminKey).expect(429);
    expectApiError(refused.body, 429, /at most 4 a minute/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await request(api.server).get('/docs/').expect(429);
    // A page is refused as a page.
    expect((await request(api.server).get('/vragen').expect(429)).headers['content-type']).toMatch(/^text\/html/);
  });

  it('without TRUST_PROXY every client behind a proxy shares one budget; with it, X-Forwarded-For tells them apart', async () => {
    const direct = await start({ RATE_LIMIT_PER_MINUTE: '2' });
    await request(direct.server).get('/health').set('X-Forwarded-For', '203.0.113.1').expect(200);
    await request(direct.server).get('/health').set('X-Forwarded-For', '203.0.113.2').expect(200);
    await request(direct.server).get('/health').set('X-Forwarded-For', '203.0.113.3').expect(429);

    const proxied = await start({ RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '1' });
    for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      await request(proxied.server).get('/health').set('X-Forwarded-For', client).expect(200);
      await request(proxied.server).get('/health').set('X-Forwarded-For', client).expect(200);
      await request(proxied.server).get('/health').set('X-Forwarded-For', client).expect(429);
    }
    // A client cannot escape by adding its own X-Forwarded-For in front: one hop is trusted, the last one counts.
    await request(proxied.server).get('/health').set('X-Forwarded-For', '198.51.100.7, 203.0.113.1').expect(429);
  });

  it('with RATE_LIMIT_STORE=redis two API processes share one budget', async () => {
    const prefix = `test-${randomUUID()}`;
    const a = await start({ RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_STORE: 'redis', QUEUE_PREFIX: prefix });
    const b = await start({ RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_STORE: 'redis', QUEUE_PREFIX: prefix });
    await request(a.server).get('/health').expect(200);
    await request(b.server).get('/health').expect(200);
    await request(a.server).get('/health').expect(200);
    expectApiError((await request(b.server).get('/health').expect(429)).body, 429);
    expect((await request(a.server).get('/health')).status).toBe(429);
  });

  it('limits subscriptions per client as well as per mailbox', async () => {
    const api = await start({ RATE_LIMIT_PER_MINUTE: '0' });
    for (let i = 0; i < 10; i += 1)
      await request(api.server)
        .post('/subscriptions')
        .send({ email: `person${i}@example.test`, digest: 'weekly' })
        .expect(202);
    expectApiError(
      (await request(api.server).post('/subscriptions').send({ email: 'person10@example.test', digest: 'weekly' }).expect(429)).body,
      429,
      /at most 10 an hour/,
    );
    // Reading is not affected.
    await request(api.server).get('/health').expect(200);
  });
});
