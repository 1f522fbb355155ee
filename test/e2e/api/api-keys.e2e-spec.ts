import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashApiKey } from '#domain';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { expectApiError, startApi, type ApiFixture } from './support/api-fixture.js';

describe('API keys: roles, hashing, revocation; admin endpoints under /api-keys', () => {
  let api: ApiFixture;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists the keys to an admin, never the keys themselves', async () => {
    const res = await request(api.server).get('/api-keys').set('X-Api-Key', api.adminKey).expect(200);
    expect(res.body).toEqual([
      { id: expect.any(Number), name: 'test editor', role: 'editor', createdAt: expect.any(String), lastUsedAt: null, revokedAt: null },
      { id: expect.any(Number), name: 'test admin', role: 'admin', createdAt: expect.any(String), lastUsedAt: expect.any(String), revokedAt: null },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('tw_');
  });

  it('answers 401 without a key and 403 to an editor key, naming the role needed', async () => {
    expectApiError((await request(api.server).get('/api-keys').expect(401)).body, 401, /API key is required/);
    expectApiError((await request(api.server).get('/api-keys').set('X-Api-Key', api.editorKey).expect(403)).body, 403, /role admin; yours has role editor/);
    expectApiError((await request(api.server).post('/api-keys').set('Authorization', `Bearer ${api.editorKey}`).send({ role: 'admin' }).expect(403)).body, 403);
  });

  it('creates a key shown once, stores only its SHA-256, and revokes it', async () => {
    const created = await request(api.server).post('/api-keys').set('X-Api-Key', api.adminKey).send({ role: 'editor', name: 'griffie import' }).expect(201);
    expect(created.body).toEqual({ id: expect.any(Number), name: 'griffie import', role: 'editor', key: expect.stringMatching(/^tw_[A-Za-z0-9_-]{43}$/) });
    const rows = await api.app.get(DataSource).query('SELECT * FROM api_key WHERE id = ' + Number(created.body.id));
    expect(rows[0].hash).toBe(hashApiKey(created.body.key));
    expect(JSON.stringify(rows)).not.toContain(created.body.key);

    // The new key may write: a refused document (422) proves it got past the guard.
    await request(api.server).post('/documents').set('X-Api-Key', created.body.key).set('Content-Type', 'text/plain').send('geen vragen').expect(422);
    await request(api.server).delete(`/api-keys/${created.body.id}`).set('X-Api-Key', api.adminKey).expect(204);
    expectApiError(
      (await request(api.server).post('/documents').set('X-Api-Key', created.body.key).set('Content-Type', 'text/plain').send('geen vragen').expect(401)).body,
      401,
    );
    const listed = (await request(api.server).get('/api-keys').set('X-Api-Key', api.adminKey).expect(200)).body;
    expect(listed.find((k: { id: number }) => k.id === created.body.id).revokedAt).toEqual(expect.any(String));
  });

  it.each([
    [{ role: 'owner' }, /role must be one of: editor, admin/],
    [{}, /role must be one of/],
    [{ role: 'editor', name: 'x'.repeat(101) }, /name must be shorter than or equal to 100/],
    [{ role: 'editor', scope: 'all' }, /property scope should not exist/],
  ])('400 for the body %j', async (body, message) => {
    expectApiError((await request(api.server).post('/api-keys').set('X-Api-Key', api.adminKey).send(body).expect(400)).body, 400, message);
  });

  it('400 for malformed JSON and for an id that is not a number; 404 for an unknown id', async () => {
    const malformed = await request(api.server)
      .post('/api-keys')
      .set('X-Api-Key', api.adminKey)
      .set('Content-Type', 'application/json')
      .send('{"role": ')
      .expect(400);
    expectApiError(malformed.body, 400);
    expectApiError((await request(api.server).delete('/api-keys/abc').set('X-Api-Key', api.adminKey).expect(400)).body, 400, /^id must be a positive integer$/);
    expectApiError((await request(api.server).delete('/api-keys/9999').set('X-Api-Key', api.adminKey).expect(404)).body, 404, /no API key with id 9999/);
  });
});
