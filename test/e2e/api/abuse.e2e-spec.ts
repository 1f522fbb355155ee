import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { expectApiError, startApi, type ApiFixture } from './support/api-fixture.js';

describe('abuse: rate limit per client and security headers', () => {
  let api: ApiFixture;

  beforeAll(async () => {
    api = await startApi({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers 429 once a client passes the limit per minute', async () => {
    for (let i = 0; i < 5; i += 1) await request(api.server).get('/questions?pageSize=1').expect(200);
    const refused = await request(api.server).get('/questions?pageSize=1').expect(429);
    expectApiError(refused.body, 429);
    expect(refused.headers['retry-after']).toEqual(expect.any(String));
  });

  it('sends security headers, with a policy that allows only this origin on the pages', async () => {
    const res = await request(api.server).get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
