import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashApiKey, type Env } from '#domain';
import { spawn, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { runCli } from '../../support/run-cli.js';
import { createTestEnv, readSeed, REPO_ROOT } from '../../support/test-env.js';
import { dropQueues } from '../worker/support/worker-fixture.js';
import { envVars } from '../worker/support/worker-process.js';

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

// The API as `termijnwacht start --only api` runs it, with its own logging on: everything it prints is searched for keys.
describe('API keys are never logged, nor their hashes', () => {
  let env: Env;
  let server: ChildProcess;
  let output = '';
  let base: string;

  beforeAll(async () => {
    env = createTestEnv();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/termijnwacht.js'), 'start', '--only', 'api', '--no-seed'], {
      cwd: REPO_ROOT,
      env: envVars(env, { PORT: String(port) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const until = Date.now() + 30_000;
    while (!output.includes('termijnwacht API on')) {
      if (server.exitCode !== null || Date.now() > until) throw new Error(`the API did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, 40_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
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

    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    expect(output).toContain('termijnwacht API on');
    for (const secret of [key, unknown, hashApiKey(key), hashApiKey(unknown), key.slice(3, 20)]) expect(output).not.toContain(secret);
  }, 90_000);
});
