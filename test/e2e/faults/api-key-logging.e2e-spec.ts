import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashApiKey, type Env } from '#domain';
import request from 'supertest';
import { runCli } from '../../support/run-cli.js';
import { startApiProcess, type ApiProcess } from '../../support/api-process.js';
import { createTestEnv, readSeed } from '../../support/test-env.js';
import { dropQueues } from '../worker/support/worker-fixture.js';
import { envVars } from '../worker/support/worker-process.js';

// The API as `termijnwacht start --only api` runs it, with its own logging on: everything it prints is searched for keys.
describe('API keys are never logged, nor their hashes', () => {
  let env: Env;
  let server: ApiProcess | undefined;
  let base: string;

  beforeAll(async () => {
    env = createTestEnv();
    server = await startApiProcess(envVars(env), ['--no-seed']);
    base = server.base;
  }, 40_000);

  afterAll(async () => {
    await server?.stop();
    await dropQueues(env);
  });

  it('valid, unknown, revoked and misplaced keys, on success and on refusal: none appears in the output', async () => {
    const created = runCli(['apikey', 'create', '--role', 'editor', '--name', 'logging', '--json'], envVars(env));
    expect(created.status).toBe(0);
    const { id, key } = JSON.parse(created.stdout) as { id: number; key: string };
    const unknown = `tw_${'x'.repeat(43)}`;

    await request(base).post('/documents').set('X-Api-Key', key).set('Content-Type', 'text/plain').send(readSeed('000')).expect(201);
    await request(base).post('/documents').set('Authorization', `Bearer ${key}`).set('Content-Type', 'text/plain').send('geen vragen').expect(422);
    await request(base).post('/documents').set('X-Api-Key', unknown).set('Content-Type', 'text/plain').send(readSeed('001')).expect(401);
    await request(base).get('/api-keys').set('X-Api-Key', key).expect(403);
    await request(base).get(`/questions?apiKey=${key}`).expect(400);
    expect(runCli(['apikey', 'revoke', String(id)], envVars(env)).status).toBe(0);
    await request(base).post('/documents').set('X-Api-Key', key).set('Content-Type', 'text/plain').send(readSeed('002')).expect(401);

    await server!.stop();
    const output = server!.output();
    expect(output).toContain('termijnwacht API on');
    for (const secret of [key, unknown, hashApiKey(key), hashApiKey(unknown), key.slice(3, 20)]) expect(output).not.toContain(secret);
  }, 90_000);
});
