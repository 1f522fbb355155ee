import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiKeyService, MAX_DOCUMENT_BYTES } from '#domain';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { readSeed, REALDOCS_DIR } from '../../support/test-env.js';
import { expectApiError, startApi, type ApiFixture } from './support/api-fixture.js';

/** Seed 000 as it looked before the answer came: the question document alone, no answer lines. */
function beforeTheAnswer(text: string): string {
  const out: string[] = [];
  let inQuestion = false;
  let blankSeen = false;
  for (const line of text.split('\n')) {
    if (/^Beantwoord /.test(line) || /^Bron antwoord/.test(line) || /^Kamerantwoord document/.test(line)) continue;
    if (/^\s*•\s*Vraag \d+/.test(line)) {
      [inQuestion, blankSeen] = [true, false];
      out.push(line);
    } else if (inQuestion && line.trim() === '') blankSeen = true;
    else if (!(inQuestion && blankSeen)) out.push(line);
  }
  return out.join('\n');
}

describe('POST /documents and GET /documents/:id', () => {
  let api: ApiFixture;
  const post = () => request(api.server).post('/documents');

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('imports a text/plain document (201), merges its answer later (200 updated), and ignores a repeat (200 unchanged)', async () => {
    const first = await post()
      .set('X-Api-Key', api.editorKey)
      .set('Content-Type', 'text/plain')
      .send(beforeTheAnswer(readSeed('000')))
      .expect(201);
    expect(first.body).toMatchObject({ outcome: 'imported', key: '2022Z01519', zaak: '2022Z01519', sourceDocumentId: expect.any(Number) });
    expect(first.headers.location).toBe('/questions/2022Z01519');
    const open = await request(api.server).get('/questions/2022Z01519?asOf=2022-02-22').expect(200);
    expect(open.body).toMatchObject({ status: 'overdue', answeredOn: null });

    const answered = await post().set('X-Api-Key', api.editorKey).set('Content-Type', 'text/plain; charset=utf-8').send(readSeed('000')).expect(200);
    expect(answered.body).toMatchObject({ outcome: 'updated', key: '2022Z01519' });
    expect(answered.body.changes.answers).toBeGreaterThan(0);
    const again = await post().set('X-Api-Key', api.editorKey).set('Content-Type', 'text/plain').send(readSeed('000')).expect(200);
    expect(again.body).toMatchObject({ outcome: 'unchanged', key: '2022Z01519' });

    expect((await request(api.server).get('/questions/2022Z01519?asOf=2022-03-01').expect(200)).body).toMatchObject({
      status: 'answered_late',
      daysToAnswer: 28,
      daysOverTerm: 7,
    });
  });

  it('imports a multipart upload (field `file`) with Authorization: Bearer, and serves the original back verbatim', async () => {
    const text = readSeed('002');
    const res = await post().set('Authorization', `Bearer ${api.adminKey}`).attach('file', Buffer.from(text, 'utf8'), '002.txt').expect(201);
    expect(res.body).toMatchObject({ outcome: 'imported', key: '2021Z19796' });
    const original = await request(api.server).get(`/documents/${res.body.sourceDocumentId}`).expect(200);
    expect(original.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(original.headers['x-question-set']).toBe('2021Z19796');
    expect(original.text).toBe(text);
    const detail = await request(api.server).get('/questions/2021Z19796').expect(200);
    expect(detail.body.sourceDocuments).toEqual([expect.objectContaining({ id: res.body.sourceDocumentId, filename: '002.txt' })]);
  });

  it('answers 422 with the message and the line for a document that is not written questions', async () => {
    const garbage = await post()
      .set('X-Api-Key', api.editorKey)
      .set('Content-Type', 'text/plain')
      .send('Dit is een boodschappenlijst.\nMelk\nBrood\n')
      .expect(422);
    expectApiError(garbage.body, 422);
    expect(garbage.body).toHaveProperty('line');
    const damaged = await post()
      .set('X-Api-Key', api.editorKey)
      .set('Content-Type', 'text/plain')
      .send(fs.readFileSync(path.join(REALDOCS_DIR, 'bad_001.txt'), 'utf8'))
      .expect(422);
    expectApiError(damaged.body, 422);
    expect(damaged.body.line).toEqual(expect.any(Number));
  });

  it('answers 413 for a body or a file over 5 MB, before importing anything', async () => {
    const big = 'a'.repeat(MAX_DOCUMENT_BYTES + 1);
    expectApiError((await post().set('X-Api-Key', api.editorKey).set('Content-Type', 'text/plain').send(big).expect(413)).body, 413);
    expectApiError((await post().set('X-Api-Key', api.editorKey).attach('file', Buffer.from(big), 'big.txt').expect(413)).body, 413);
  });

  it('needs an API key: 401 without one, with an unknown one, or with a revoked one', async () => {
    const doc = readSeed('003');
    expectApiError((await post().set('Content-Type', 'text/plain').send(doc).expect(401)).body, 401, /API key is required/);
    expectApiError(
      (await post().set('X-Api-Key', 'tw_not-a-real-key').set('Content-Type', 'text/plain').send(doc).expect(401)).body,
      401,
      /unknown or revoked/,
    );
    expectApiError((await post().set('Authorization', 'Basic dXNlcjpwYXNz').set('Content-Type', 'text/plain').send(doc).expect(401)).body, 401);
    const keys = api.app.get(ApiKeyService);
    const revoked = await keys.create({ role: 'editor', name: 'to revoke' });
    await keys.revoke(revoked.id);
    expectApiError((await post().set('X-Api-Key', revoked.key).set('Content-Type', 'text/plain').send(doc).expect(401)).body, 401, /unknown or revoked/);
    expect((await request(api.server).get('/questions/2022Z11285')).status).toBe(404);
  });

  it('refuses other media types (415), an empty body, a multipart form without `file`, and unknown parameters (400)', async () => {
    expectApiError((await post().set('X-Api-Key', api.editorKey).send({ text: 'x' }).expect(415)).body, 415, /text\/plain/);
    expectApiError((await post().set('X-Api-Key', api.editorKey).set('Content-Type', 'text/plain').send('  \n ').expect(400)).body, 400, /^body: /);
    expectApiError((await post().set('X-Api-Key', api.editorKey).field('note', 'x').expect(400)).body, 400, /^file: /);
    expectApiError((await post().set('X-Api-Key', api.editorKey).attach('document', Buffer.from('x'), 'x.txt').expect(400)).body, 400);
    expectApiError(
      (await post().query({ dryRun: 1 }).set('X-Api-Key', api.editorKey).set('Content-Type', 'text/plain').send(readSeed('003')).expect(400)).body,
      400,
      /dryRun/,
    );
  });

  it('GET /documents/:id: 404 for an unknown id, 400 for one that is not a number', async () => {
    expectApiError((await request(api.server).get('/documents/999999').expect(404)).body, 404, /no document with id 999999/);
    expectApiError((await request(api.server).get('/documents/abc').expect(400)).body, 400, /^id must be a positive integer$/);
    expectApiError((await request(api.server).get('/documents/1?raw=1').expect(400)).body, 400, /raw/);
  });
});
