import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { ApiKeyService, DEFAULT_POLICY, type Env } from '#domain';
import request from 'supertest';
import { createApiApp } from '../../../apps/api/src/bootstrap.js';
import { createTestEnv, readRealdoc } from '../../support/test-env.js';
import { SmtpSink } from './support/smtp-sink.js';
import { TcpSwitch } from './support/tcp-switch.js';
import { dropQueues, seededDatabase, startWorker, waitUntil } from './support/worker-fixture.js';

// The API reaches Redis through a switch the test cuts. The worker starts once Redis is back: until then it
// could not run either (it waits for Redis at boot), and its own relay would blur which side queued the work.
describe('Redis down: the API keeps serving and accepting; the work is queued when Redis is back', () => {
  let sink: SmtpSink;
  let env: Env;
  let apiEnv: Env;
  let redis: TcpSwitch;
  let api: INestApplication;
  let worker: INestApplicationContext | null = null;
  let admin: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    env = createTestEnv({ SMTP_URL: sink.url });
    await (await seededDatabase(env)).destroy();
    const target = new URL(env.redisUrl);
    redis = await TcpSwitch.reserve({ host: target.hostname, port: Number(target.port || 6379) });
    apiEnv = { ...env, redisUrl: redis.url };
    api = await createApiApp(apiEnv, DEFAULT_POLICY, { logger: false, shutdownHooks: false });
    await api.init();
    admin = (await api.get(ApiKeyService).create({ role: 'admin' })).key;
  });

  afterAll(async () => {
    await api?.close();
    await worker?.close();
    await redis?.cut();
    await dropQueues(env);
    await sink?.close();
  });

  it('reads, subscriptions and documents are accepted while Redis is down, and sent or imported once it is back', async () => {
    const server = api.getHttpServer();
    // Reads do not need Redis (the health check says Redis is down, which it is).
    const questions = await request(server).get('/questions').expect(200);
    expect(JSON.stringify(questions.body)).toContain('2022Z01519');
    await request(server).get('/subscriptions').set('X-Api-Key', admin).expect(200);
    await request(server).get('/health').expect(503);

    // A subscription: 202 at once, its confirmation mail kept in the outbox.
    const started = Date.now();
    await request(server).post('/subscriptions').send({ email: 'tijdens-storing@example.test', digest: 'weekly' }).expect(202);
    expect(Date.now() - started).toBeLessThan(2_000);

    // A document accepted asynchronously: kept in document_inbox, not lost.
    const accepted = await request(server)
      .post('/documents?filename=001_2023Z20388.txt')
      .set('X-Api-Key', admin)
      .set('Prefer', 'respond-async')
      .set('Content-Type', 'text/plain; charset=utf-8')
      .send(readRealdoc('001'))
      .expect(202);
    expect(accepted.headers['preference-applied']).toBe('respond-async');
    const inboxId: number = accepted.body.inboxId;
    expect(accepted.headers.location).toBe(`/documents/inbox/${inboxId}`);
    expect(accepted.body.status).toBe('received');
    await request(server)
      .get(`/documents/inbox/${inboxId}`)
      .set('X-Api-Key', admin)
      .expect(200)
      .expect((r) => expect(r.body.status).toBe('received'));

    const pending = await request(server).get('/admin/mail?state=pending').set('X-Api-Key', admin).expect(200);
    expect(pending.body.items.map((m: { toAddress: string }) => m.toAddress)).toEqual(['tijdens-storing@example.test']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.to('tijdens-storing@example.test')).toHaveLength(0);

    await redis.connect();
    // The API's relay notices Redis is back and queues what waited in its outboxes.
    await waitUntil(
      async () => (await request(server).get(`/documents/inbox/${inboxId}`).set('X-Api-Key', admin)).body.status === 'queued',
      15_000,
      'the document to be queued',
    );
    worker = await startWorker(env);
    await sink.waitForTo('tijdens-storing@example.test', 1, 30_000);
    await waitUntil(
      async () => (await request(server).get(`/documents/inbox/${inboxId}`).set('X-Api-Key', admin)).body.status === 'done',
      30_000,
      'the document to be imported',
    );
    const done = await request(server).get(`/documents/inbox/${inboxId}`).set('X-Api-Key', admin).expect(200);
    expect(done.body.result).toMatchObject({ outcome: 'imported', zaak: '2023Z20388' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sink.to('tijdens-storing@example.test')).toHaveLength(1);
  });

  it('with Redis up, an async document is queued at once; one that is not a written-questions document ends rejected, with the reason', async () => {
    const server = api.getHttpServer();
    const post = (text: string) =>
      request(server).post('/documents').set('X-Api-Key', admin).set('Prefer', 'respond-async').set('Content-Type', 'text/plain').send(text).expect(202);
    const good = await post(readRealdoc('002'));
    const bad = await post(readRealdoc('bad_001'));
    expect([good.body.status, bad.body.status]).toEqual(['queued', 'queued']);
    const state = async (id: number) => (await request(server).get(`/documents/inbox/${id}`).set('X-Api-Key', admin).expect(200)).body;
    await waitUntil(
      async () => (await state(good.body.inboxId)).status === 'done' && (await state(bad.body.inboxId)).status === 'rejected',
      20_000,
      'both documents',
    );
    expect((await state(good.body.inboxId)).result).toMatchObject({ outcome: 'imported', zaak: '2023Z20089' });
    expect((await state(bad.body.inboxId)).error).toEqual(expect.stringMatching(/\S/));
    await request(server).get(`/documents/inbox/${good.body.inboxId}`).expect(401);
  });
});
